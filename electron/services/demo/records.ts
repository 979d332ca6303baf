// What came out of the demo contact: trust notes and promises (about 16 for every 100 done
// contacts), and each employer's depth assessment and phase history.
import type { Insertable } from 'kysely';
import type {
  AssessmentTable,
  CommitmentTable,
  EmployerTable,
  InteractionTable,
  PhaseChangeTable,
  TrustNoteTable,
} from '../../db/schema';
import { weightedTable, type Random } from './random';

const day = 86_400_000;

const trustObservations = {
  strengthened: [
    'They rang us first when the new roles came up.',
    'Happy with the last candidates and said so to their manager.',
    'Offered to host a taster day without being asked.',
    'Shared our leaflet with two other local firms.',
    'Trusted our screening and skipped their usual first interview.',
  ],
  steady: [
    'Polite but busy; nothing has changed since the last visit.',
    'Still keen in principle, waiting on head office.',
    'Friendly call; no news on vacancies.',
  ],
  weakened: [
    'Unhappy that a candidate did not turn up for the trial.',
    'Said we had gone quiet and they had used an agency instead.',
    'New manager does not know who we are.',
    'Felt the paperwork for the work trial was too much.',
  ],
};
const directions = weightedTable([
  ['strengthened', 55],
  ['steady', 30],
  ['weakened', 15],
] as const);
const levels = weightedTable([
  ['inter_organisational', 45],
  ['inter_personal', 40],
  ['institutional', 15],
] as const);

const theirPromises: [string, string][] = [
  ['guaranteed_interviews', 'Guaranteed interviews for four candidates'],
  ['work_trial', 'A two-week work trial place'],
  ['vacancy', 'First look at the new warehouse vacancies'],
  ['taster', 'Host a taster day for six people'],
  ['workshop_mentoring', 'Run a mock interview workshop'],
  ['work_placement', 'A work placement for a young person'],
];
const ourPromises: [string, string][] = [
  ['candidates', 'Send three screened candidates'],
  ['feedback', 'Feedback on the interviews'],
  ['other', 'Help with travel costs for the first month'],
  ['recruitment_review', 'Review their job adverts for plain English'],
  ['in_work_training', 'In-work support for the new starters'],
];
const outcomes = weightedTable([
  ['kept', 70],
  ['broken', 10],
  ['released', 5],
  ['open', 15],
] as const);

const settled = weightedTable([
  ['kept', 82],
  ['broken', 12],
  ['released', 6],
] as const);

type Made = Insertable<InteractionTable> & { id: string; occurredAt: string; employerId: string };

/** Trust notes and promises from a batch of contact, linked to the contact they came from. */
export function outcomesOf(
  interactions: readonly Made[],
  present: ReadonlyMap<string, string[]>,
  random: Random,
  end: number,
) {
  const trustNote: Insertable<TrustNoteTable>[] = [];
  const commitment: Insertable<CommitmentTable>[] = [];
  for (const interaction of interactions) {
    if (interaction.status !== 'done') continue;
    const atMs = Date.parse(interaction.occurredAt);
    const on = interaction.occurredAt.slice(0, 10);
    const person = present.get(interaction.id)?.[0] ?? null;
    if (random.chance(0.065)) {
      const direction = random.weighted(directions);
      const level = random.weighted(levels);
      trustNote.push({
        id: random.uuid7(atMs + 1),
        employerId: interaction.employerId,
        personId: level === 'inter_personal' ? person : null,
        interactionId: interaction.id,
        level: level === 'inter_personal' && !person ? 'inter_organisational' : level,
        direction,
        observation: random.pick(trustObservations[direction]),
        observedOn: on,
        createdAt: interaction.occurredAt,
        updatedAt: interaction.occurredAt,
        deletedAt: null,
      });
    }
    if (random.chance(0.1)) {
      const party = random.chance(0.55) ? 'employer' : 'us';
      const [kind, description] = random.pick(party === 'employer' ? theirPromises : ourPromises);
      const dueMs = atMs + random.int(3, 30) * day;
      // Promises still open are recent ones; older ones were settled one way or another.
      const status =
        dueMs > end ? 'open' : dueMs > end - 21 * day ? random.weighted(outcomes) : random.weighted(settled);
      const resolvedMs = Math.min(end, dueMs + random.int(-2, 5) * day);
      commitment.push({
        id: random.uuid7(atMs + 2),
        employerId: interaction.employerId,
        party,
        description,
        kind,
        dueOn: new Date(dueMs).toISOString().slice(0, 10),
        status,
        madeOn: interaction.occurredAt.slice(0, 10),
        resolvedOn: status === 'open' ? null : new Date(Math.max(resolvedMs, atMs)).toISOString().slice(0, 10),
        resolutionNote: status === 'broken' ? 'Did not happen in the end.' : null,
        interactionId: interaction.id,
        createdAt: interaction.occurredAt,
        updatedAt: interaction.occurredAt,
        deletedAt: null,
      });
    }
  }
  return { trustNote, commitment };
}

const rationales = [
  'Regular contact and they keep their word on interviews.',
  'Occasional vacancies only; we hear from them when they need staff.',
  'Growing: they now help shape our job-readiness course.',
  'One-off recruitment drive so far.',
];

/** A phase history that ends in each employer's current phase, and an assessment for its depth. */
export function employerHistory(employers: readonly Insertable<EmployerTable>[], random: Random, end: number) {
  const phaseChange: Insertable<PhaseChangeTable>[] = [];
  const assessment: Insertable<AssessmentTable>[] = [];
  for (const employer of employers) {
    const since = employer.phaseSince ?? employer.createdAt.slice(0, 10);
    const sinceMs = Math.min(end, Date.parse(since));
    if (employer.phase !== 'preparing') {
      const at = new Date(sinceMs).toISOString();
      phaseChange.push({
        id: random.uuid7(sinceMs),
        employerId: employer.id,
        fromPhase: employer.phase === 'establishing' ? 'preparing' : 'establishing',
        toPhase: employer.phase!,
        changedOn: since,
        route: employer.phase === 'developing' ? random.pick(['improving', 'deepening', 'broadening']) : null,
        reason:
          employer.phase === 'dormant' || employer.phase === 'ended'
            ? random.pick(['no_time', 'no_vacancies', 'decided_elsewhere', 'wrong_time'])
            : null,
        declined: 0,
        note: null,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      });
    }
    if (employer.depth) {
      const at = new Date(sinceMs).toISOString();
      assessment.push({
        id: random.uuid7(sinceMs + 1),
        employerId: employer.id,
        assessedOn: since,
        depth: employer.depth,
        suggestedDepth: employer.depth,
        rolesOurs: JSON.stringify(employer.depth >= 4 ? ['consumer', 'provider'] : ['consumer']),
        rolesTheirs: null,
        indirect: 0,
        benefits: JSON.stringify(['direct']),
        rationale: random.pick(rationales),
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      });
    }
  }
  return { phaseChange, assessment };
}
