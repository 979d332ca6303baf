// Evidence files travel beside the change sets: each sealed in the folder under its checksum, so a
// file attached twice is kept once and a colleague's laptop can tell it has the right one. A
// record's row can arrive before its file; the file is brought in at a later sync.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { checksum, evidenceFolder, evidencePath } from '../evidence/files';
import { readSealed, writeSealed, writeWhole } from './folder';

const sharedFile = (folder: string, sha256: string) => path.join(folder, 'files', `${sha256}.bwfile`);

type Kept = { storedName: string; sha256: string };

async function keptFiles(ctx: ServiceContext, ids?: string[]) {
  const { rows } = await sql<Kept>`select stored_name, sha256 from evidence
    where stored_name is not null and sha256 is not null and deleted_at is null
      ${ids ? sql`and id in (select value from json_each(${JSON.stringify(ids)}))` : sql``}`.execute(ctx.db);
  return rows;
}

/** Puts in the folder each of these evidence files (all, without ids) that is not there yet. */
export async function shareFiles(ctx: ServiceContext, team: TeamTable, ids?: string[]) {
  if (ids?.length === 0) return;
  for (const { storedName, sha256 } of await keptFiles(ctx, ids)) {
    if (!/^[0-9a-f]{64}$/.test(sha256) || fs.existsSync(sharedFile(team.folder, sha256))) continue;
    const file = await evidencePath(ctx.system.dataDir, storedName).catch(() => null);
    const bytes = file ? await fs.promises.readFile(file).catch(() => null) : null;
    if (bytes && checksum(bytes) === sha256) await writeSealed(sharedFile(team.folder, sha256), team.key, bytes);
  }
}

/** Brings into the data folder each evidence file a colleague attached that is not here yet. */
export async function fetchFiles(ctx: ServiceContext, team: TeamTable) {
  for (const { storedName, sha256 } of await keptFiles(ctx)) {
    const file = await evidencePath(ctx.system.dataDir, storedName).catch(() => null);
    if (!file || fs.existsSync(file) || !/^[0-9a-f]{64}$/.test(sha256)) continue;
    const bytes = await readSealed(sharedFile(team.folder, sha256), team.key);
    if (!bytes || checksum(bytes) !== sha256) continue;
    fs.mkdirSync(evidenceFolder(ctx.system.dataDir), { recursive: true });
    await writeWhole(file, bytes);
  }
}
