import { describe, expect, it } from 'vitest';
import { draftSections } from '../../../shared/caseStudies/draft';
import type { CaseStudyFacts } from '../../../shared/caseStudies/schema';
import { emptyFunnel } from '../../../shared/funnel/schema';
import { vocabularyLists, type VocabularyListName } from '../../../shared/vocabulary';

const label = (list: VocabularyListName, code: string | null | undefined) =>
  vocabularyLists[list].find((term) => term.code === code)?.label ?? code ?? '';

const facts: CaseStudyFacts = {
  employer: { name: 'Bolt Cafe', sector: 'hospitality', sizeBand: 'micro', locality: null, approach: null },
  period: { from: '2026-01-01', to: '2026-06-30' },
  firstContactOn: null,
  phaseMoves: [{ toPhase: 'maintaining', changedOn: '2026-03-02' }],
  contacts: [
    { kind: 'call', count: 2 },
    { kind: 'site_visit', count: 1 },
    { kind: 'event', count: 3 },
  ],
  roles: ['Owner', null],
  promises: {
    employer: { made: 0, kept: 0, broken: 0, released: 0 },
    us: { made: 2, kept: 1, broken: 1, released: 0 },
  },
  trust: { strengthened: 0, steady: 0, weakened: 0 },
  depth: { start: null, end: 3 },
  opportunities: [],
  referrals: emptyFunnel(),
  gained: {
    benefits: [],
    rolesOurs: [],
    rolesTheirs: [],
    filled: 0,
    starts: 0,
    feedback: 0,
    latestFeedback: null,
  },
};

describe('a drafted case study', () => {
  it('counts contact in plain words, and says what it does not know', () => {
    const draft = draftSections(facts, label);
    expect(draft.background).toBe('Bolt Cafe is a micro hospitality and catering employer.');
    expect(draft.together).toBe(
      'Between January 2026 and June 2026 we were in touch 6 times: 2 calls, 1 site visit and 3 events or job fairs. ' +
        'We worked with 2 people there, including the owner. In March 2026 the relationship moved to maintaining.',
    );
    expect(draft.forEmployer).toMatch(
      /^We made 2 promises to the employer, and kept 1 of 2 \(50%\) of those settled\./,
    );
    expect(draft.outcomes).toBe('No one was referred in this period.');
    expect(draft.learned).toMatch(
      /^Engagement depth went from not assessed at the start of the period to 3 of 5 \(building: regular, not yet in depth\)/,
    );
  });
});

it('writes job titles and offers in good English: capitals kept only where they belong, no kind named twice', () => {
  const draft = draftSections(
    {
      ...facts,
      roles: ['HR Manager', 'Production Manager', 'Shift Supervisor'],
      opportunities: [
        { kind: 'guaranteed_interviews', title: 'Guaranteed interviews: customer service' },
        { kind: 'work_trial', title: 'Kitchen porter' },
      ],
    },
    label,
  );
  expect(draft.together).toContain(
    'We worked with 3 people there, including the HR manager, production manager and shift supervisor.',
  );
  expect(draft.together).toContain(
    'They offered 2 opportunities: Guaranteed interviews: customer service and work trial (Kitchen porter).',
  );
});

it('drafts how it worked for the employer from what they got, and leaves it empty when the record holds nothing', () => {
  const draft = draftSections(
    {
      ...facts,
      promises: { ...facts.promises, us: { made: 0, kept: 0, broken: 0, released: 0 } },
      opportunities: [
        { kind: 'vacancy', title: 'Kitchen porter' },
        { kind: 'work_trial', title: 'Two-day trial' },
      ],
      gained: {
        benefits: ['direct', 'indirect'],
        rolesOurs: ['consumer', 'provider'],
        rolesTheirs: ['consumer'],
        filled: 1,
        starts: 2,
        feedback: 3,
        latestFeedback: 'Great attitude with customers.',
      },
    },
    label,
  );
  expect(draft.forEmployer).toBe(
    '2 people we referred started work with them in the period. 1 of the 2 opportunities they offered in the period was filled. ' +
      'At our latest assessment, they gained a direct business benefit and an indirect business benefit. ' +
      'We saw them as a consumer and a provider; they saw themselves as a consumer. ' +
      'They gave us feedback on the people we referred 3 times, most recently: “Great attitude with customers.”',
  );
  const empty = draftSections(
    { ...facts, promises: { ...facts.promises, us: { made: 0, kept: 0, broken: 0, released: 0 } } },
    label,
  );
  expect(empty.forEmployer).toBe('');
});
