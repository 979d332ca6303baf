// Evidence of an outcome, recorded when it happens: a file (a payslip photo, an email from the
// employer, a letter) or a note of who confirmed it and how.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { attachEvidenceInput, Evidence } from '../../../shared/evidence/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { getReferral } from '../referrals/read';
import { readEvidenceFile, removeEvidenceFiles, storeEvidenceFile, verifiedEvidencePath } from './files';

export async function attachEvidence(
  ctx: ServiceContext,
  input: z.output<typeof attachEvidenceInput>,
): Promise<Evidence> {
  const referral = await getReferral(ctx.db, input.referralId);
  if (referral.deletedAt)
    throw new DomainError('invalid_input', `${referral.reference}’s referral is in Trash. Restore it first.`);
  const id = ctx.newId();
  const stored = input.file
    ? await storeEvidenceFile(ctx.system.dataDir, id, await readEvidenceFile(input.file))
    : null;
  const now = ctx.now();
  try {
    await ctx.db
      .insertInto('evidence')
      .values({
        id,
        referralId: referral.id,
        employerId: referral.employerId,
        stage: input.stage ?? referral.stage,
        fileName: stored?.fileName ?? null,
        storedName: stored?.storedName ?? null,
        mediaType: stored?.mediaType ?? null,
        sizeBytes: stored?.sizeBytes ?? null,
        sha256: stored?.sha256 ?? null,
        confirmedBy: input.confirmedBy ?? null,
        note: input.note ?? null,
        recordedOn: now.slice(0, 10),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const created = await getEvidence(ctx.db, id);
    return created;
  } catch (error) {
    if (stored) await removeEvidenceFiles(ctx.system.dataDir, [stored.storedName]);
    throw error;
  }
}

export async function openEvidence(ctx: ServiceContext, id: string) {
  const row = await ctx.db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deletedAt) throw new DomainError('not_found', 'That evidence could not be found.', 'id');
  if (!row.storedName || !row.sha256)
    throw new DomainError('invalid_input', 'This evidence is a note, with no file to open.');
  const file = await verifiedEvidencePath(ctx.system.dataDir, row.storedName, row.sha256);
  await ctx.system.openFile(file);
  return { path: file };
}

export async function getEvidence(db: Kysely<Database>, id: string): Promise<Evidence> {
  const row = await db.selectFrom('evidence').select(evidenceColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That evidence could not be found.', 'id');
  return row;
}

export function listEvidence(db: Kysely<Database>, referralId: string): Promise<Evidence[]> {
  return db
    .selectFrom('evidence')
    .select(evidenceColumns)
    .where('referralId', '=', referralId)
    .where('deletedAt', 'is', null)
    .orderBy('recordedOn', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}

const evidenceColumns = [
  'id',
  'referralId',
  'interactionId',
  'employerId',
  'stage',
  'fileName',
  'mediaType',
  'sizeBytes',
  'sha256',
  'confirmedBy',
  'note',
  'recordedOn',
  'createdAt',
  'deletedAt',
] as const;
