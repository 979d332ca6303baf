// "Export everything": every row of every table, as JSON Lines (a header line, then one line a
// row, then the evidence files), read in one snapshot and streamed to disk, so even a record of
// gigabytes fits.
import { once } from 'node:events';
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { archiveTables, type ArchiveHeader } from '../../../shared/exports/schema';
import type { ServiceContext } from '../../kernel/context';
import type { Job } from '../jobs/registry';
import { evidencePath } from '../evidence/files';
import { writeExportWith } from './files';

export async function exportArchive(ctx: ServiceContext, job: Job) {
  const today = ctx.now().slice(0, 10);
  // One read transaction: the archive is the record as it was at one moment.
  return ctx.db.transaction().execute(async (tx) => {
    const rows: ArchiveHeader['rows'] = {};
    for (const table of archiveTables) {
      const { count } = await tx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      rows[table] = Number(count);
    }
    const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
    const files = await evidenceFiles(ctx, tx);
    const header: ArchiveHeader = {
      bridgework: 'archive',
      version: 1,
      schemaVersion: ctx.record.schemaVersion,
      exportedAt: ctx.now(),
      rows,
      evidenceFiles: files.length,
    };
    return writeExportWith(ctx, `Bridgework archive ${today}`, 'jsonl', async (partial) => {
      const out = fs.createWriteStream(partial);
      const write = async (line: string) => {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      };
      try {
        await write(JSON.stringify(header));
        let done = 0;
        for (const table of archiveTables) {
          for await (const row of tx.selectFrom(table).selectAll().stream(1000)) {
            await write(JSON.stringify({ table, row }));
            if (++done % 5000 === 0) await job.checkpoint('Writing the archive', done, total);
          }
        }
        for (const name of files) {
          const contentBase64 = (await fs.promises.readFile(await evidencePath(ctx.system.dataDir, name))).toString(
            'base64',
          );
          await write(JSON.stringify({ evidenceFile: name, contentBase64 }));
        }
        out.end();
        await once(out, 'finish');
      } finally {
        out.destroy();
      }
    });
  });
}

/** The evidence files the record refers to that are in its evidence folder. */
async function evidenceFiles(ctx: ServiceContext, tx: Kysely<Database>): Promise<string[]> {
  const rows = await tx.selectFrom('evidence').select('storedName').where('storedName', 'is not', null).execute();
  const kept = await Promise.all(
    rows.map(async ({ storedName }) => {
      const file = await evidencePath(ctx.system.dataDir, storedName!).catch(() => null);
      return file && fs.existsSync(file) ? [storedName!] : [];
    }),
  );
  return kept.flat();
}
