import { z } from 'zod';

/** Everything that can be moved to Trash. */
export const trashKinds = [
  'employer',
  'person',
  'interaction',
  'trustNote',
  'opportunity',
  'referral',
  'evidence',
  'caseStudy',
] as const;
export type TrashKind = (typeof trashKinds)[number];

export const trashKindLabels: Record<TrashKind, string> = {
  employer: 'Employer',
  person: 'Person',
  interaction: 'Contact',
  trustNote: 'Trust note',
  opportunity: 'Opportunity',
  referral: 'Referral',
  evidence: 'Evidence',
  caseStudy: 'Case study',
};

export type TrashItem = {
  kind: TrashKind;
  id: string;
  /** What it is, in words: an employer's name, a contact's summary. */
  title: string;
  /** The employer it belongs to, when it is not an employer itself. */
  employerName: string | null;
  deletedAt: string;
};

export type TrashPage = { items: TrashItem[]; total: number; counts: Partial<Record<TrashKind, number>> };

export const listTrashInput = z
  .object({
    kind: z.enum(trashKinds).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .optional();

const trashRef = z.object({
  kind: z.enum(trashKinds, { error: 'Choose what to restore' }),
  id: z.string().min(1).max(64),
});

export const restoreTrashInput = trashRef;

/** Either some items, or `everything` to empty Trash. */
export const purgeTrashInput = z
  .object({ items: z.array(trashRef).max(500).optional(), everything: z.boolean().optional() })
  .refine((input) => input.everything || (input.items?.length ?? 0) > 0, {
    error: 'Choose what to delete',
    path: ['items'],
  });

export type PurgeResult = { deleted: number };
