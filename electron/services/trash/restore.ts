// Trash: everything moved there, across every kind of record; restoring one; deleting for good.
import type { TrashKind } from '../../../shared/trash/schema';
import { type ServiceContext } from '../../kernel/context';
import { getCaseStudy } from '../caseStudies/get';
import { getEmployer } from '../employers/get';
import { getEvidence } from '../evidence/evidence';
import { getInteraction } from '../interactions/interaction';
import { archiveOpportunity } from '../opportunities/opportunity';
import { getPerson } from '../people/person';
import { setReferralsArchived } from '../referrals/referral';
import { getTrustNote } from '../trust/trustNote';
import { setArchived } from './archive';
import { everythingInTrash } from './list';

export const restorers: Record<TrashKind, (ctx: ServiceContext, id: string) => Promise<unknown>> = {
  employer: (ctx, id) => setArchived(ctx, 'employer', getEmployer, id, false),
  person: (ctx, id) => setArchived(ctx, 'person', getPerson, id, false),
  interaction: (ctx, id) => setArchived(ctx, 'interaction', getInteraction, id, false),
  trustNote: (ctx, id) => setArchived(ctx, 'trustNote', getTrustNote, id, false),
  evidence: (ctx, id) => setArchived(ctx, 'evidence', getEvidence, id, false),
  caseStudy: (ctx, id) =>
    setArchived(ctx, 'caseStudy', (db, key) => getCaseStudy(db, key, { inTrash: true }), id, false),
  opportunity: (ctx, id) => archiveOpportunity(ctx, id, false),
  referral: (ctx, id) => setReferralsArchived(ctx, [id], false),
};

/** Only what is in Trash can be deleted for good; anything else named is left alone. */
export async function inTrashOnly(ctx: ServiceContext, items: { kind: TrashKind; id: string }[]) {
  const inTrash = new Set((await everythingInTrash(ctx.db)).map((item) => `${item.kind}:${item.id}`));
  return items.filter((item) => inTrash.has(`${item.kind}:${item.id}`));
}
