// The moments a case study can highlight: what happened with the employer in its period.
import type { Highlight } from '../../../shared/caseStudies/schema';
import { describeEvent } from '../../../shared/timeline/describe';
import type { ServiceContext } from '../../kernel/context';
import { timelinePage } from '../timeline/page';
import { vocabularyLabels } from '../vocabulary/codes';
import { getCaseStudy } from './get';

/** What happened with the employer in the study's period, newest first, to pick highlights from. */
export async function highlightChoices(ctx: ServiceContext, id: string): Promise<Highlight[]> {
  const study = await getCaseStudy(ctx.db, id);
  const label = await vocabularyLabels(ctx.db);
  const page = await timelinePage(
    ctx.db,
    { employerId: study.employerId },
    { from: study.periodFrom, to: study.periodTo, limit: 200 },
  );
  // Several people referred to one opportunity on one day are one moment, not one each.
  const choices = new Map<string, Highlight & { people: number }>();
  for (const item of page.items) {
    const text = describeEvent(item, label);
    const on = item.at.slice(0, 10);
    const same = item.type === 'referral_step' ? `${on} ${text}` : `${item.type} ${item.key}`;
    const earlier = choices.get(same);
    if (earlier) earlier.people++;
    else choices.set(same, { type: item.type, key: item.key, on, text, people: 1 });
  }
  return [...choices.values()].map(({ people, ...choice }) =>
    people > 1 ? { ...choice, text: choice.text.replace(/^([^:]+):/, `$1 (${people} people):`) } : choice,
  );
}
