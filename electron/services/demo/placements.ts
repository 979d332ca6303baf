// Demo programmes, opportunities and referrals: about 3 opportunities per employer and 4 referrals
// per opportunity, each referral walked along the placement stages with plausible odds, so the
// funnels, job checks and progression have something honest to show. Seeded and streamed.
import type { Insertable } from 'kysely';
import type {
  EmployerTable,
  EvidenceTable,
  OpportunityTable,
  ProgrammeTable,
  ProgressionTable,
  ReferralStepTable,
  ReferralTable,
  SustainmentCheckTable,
} from '../../db/schema';
import { isExit, rank, sustainmentChecks, type ReferralStage } from '../../../shared/referrals/stages';
import { weightedTable, type Random } from './random';

const day = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const programmes = [
  {
    name: 'Working Futures',
    funder: 'Lambeth Council',
    startsOn: '2024-04-01',
    endsOn: '2027-03-31',
    weeks: [13, 26],
    targets: {
      referred: 600,
      started: 200,
      sustained13: 100,
      sustained26: 60,
      employersEngaged: 120,
      employersRelational: 30,
    },
  },
  {
    name: 'Into Work Together',
    funder: 'National Lottery Community Fund',
    startsOn: '2023-09-01',
    endsOn: '2026-08-31',
    weeks: [13, 26],
    targets: { referred: 900, interviewed: 550, started: 300, sustained26: 120, progressed: 40 },
  },
  {
    name: 'Youth Pathways',
    funder: 'UK Shared Prosperity Fund',
    startsOn: '2025-01-01',
    endsOn: null,
    weeks: [26],
    targets: {},
  },
];

const offerRows = [
  [['vacancy', 'Kitchen porter', 'permanent', 30], 6],
  [['vacancy', 'Warehouse operative', 'temporary', 37.5], 6],
  [['vacancy', 'Retail assistant', 'zero_hours', 16], 5],
  [['vacancy', 'Care assistant', 'permanent', 30], 4],
  [['guaranteed_interviews', 'Guaranteed interviews: customer service', 'permanent', 25], 4],
  [['work_trial', 'Two-day work trial', 'unpaid', 14], 3],
  [['work_placement', 'Four-week placement', 'unpaid', 20], 2],
  [['pet_course', 'Forklift licence course', 'unpaid', 30], 1],
  [['apprenticeship', 'Apprentice electrician', 'apprenticeship', 37.5], 1],
  [['taster', 'Taster day in the bakery', 'unpaid', 6], 1],
] as const;
const offers = weightedTable<(typeof offerRows)[number][0]>(offerRows);

/** The words of the offers' titles: no sample person is named with one ("Porter"), so no case study reads as naming them. */
export const offerTitleWords = new Set(
  offerRows.flatMap(([[, title]]) => title.toLowerCase().split(/[^a-z]+/)).filter(Boolean),
);

const feedback = [
  'Good interview; would like more confidence on the till.',
  'Punctual and keen. Happy to take them on.',
  'Did not have the right certificate yet.',
  'Great attitude with customers.',
  'Quiet at first, but did well on the practical task.',
];

export type PlacementRows = {
  opportunity: OpportunityTable[];
  referral: Insertable<ReferralTable>[];
  referralStep: Insertable<ReferralStepTable>[];
  sustainmentCheck: Insertable<SustainmentCheckTable>[];
  progression: Insertable<ProgressionTable>[];
  evidence: Insertable<EvidenceTable>[];
};

export function demoProgrammes(random: Random, now: string): Insertable<ProgrammeTable>[] {
  return programmes.map(({ weeks, targets, ...programme }) => ({
    ...programme,
    id: random.uuid7(Date.parse(programme.startsOn)),
    checkWeeks: JSON.stringify(weeks),
    outcomeDefinitions: `A job counts as sustained after ${weeks.at(-1)} weeks in work.`,
    targets: JSON.stringify(targets),
    createdAt: now,
    updatedAt: now,
  }));
}

type Programme = { id: string; checkWeeks: string };

/** Each employer's opportunities and referrals, in batches of a few hundred employers. */
export function* demoPlacements(
  employers: readonly Insertable<EmployerTable>[],
  programmeRows: readonly Programme[],
  random: Random,
  end: number,
  batchSize = 500,
): Generator<PlacementRows> {
  let participant = 0;
  for (let start = 0; start < employers.length; start += batchSize) {
    const rows: PlacementRows = {
      opportunity: [],
      referral: [],
      referralStep: [],
      sustainmentCheck: [],
      progression: [],
      evidence: [],
    };
    for (const employer of employers.slice(start, start + batchSize)) {
      if (employer.phase === 'preparing') continue;
      const from = Date.parse(employer.createdAt);
      for (let count = random.int(0, 7); count > 0; count--) {
        const openedMs = Math.floor(from + random.next() * Math.max(day, end - from));
        const programme = random.chance(0.7) ? random.pick(programmeRows) : null;
        const opportunity = demoOpportunity(random, employer.id!, programme?.id ?? null, openedMs, end);
        rows.opportunity.push(opportunity);
        for (let referred = random.int(0, 8); referred > 0; referred--) {
          participant = (participant + random.int(1, 3)) % 90_000;
          const referredMs = Math.min(end, openedMs + random.int(0, 30) * day);
          walkReferral(
            rows,
            random,
            opportunity,
            programme,
            `P-${String(participant + 1).padStart(5, '0')}`,
            referredMs,
            end,
          );
        }
      }
    }
    yield rows;
  }
}

function demoOpportunity(
  random: Random,
  employerId: string,
  programmeId: string | null,
  openedMs: number,
  end: number,
) {
  const [kind, title, contractType, hours] = random.weighted(offers);
  const at = new Date(openedMs).toISOString();
  const old = end - openedMs > 60 * day;
  return {
    id: random.uuid7(openedMs),
    employerId,
    programmeId,
    kind,
    title,
    places: random.int(1, 6),
    openedOn: isoDate(openedMs),
    closesOn: isoDate(openedMs + random.int(14, 45) * day),
    startsOn: null,
    status: old ? (random.chance(0.7) ? 'filled' : 'closed') : 'open',
    weeklyHours: hours,
    contractType,
    payBand: contractType === 'unpaid' ? null : '£12.21 to £13.50 an hour',
    requirements: null,
    commitmentId: null,
    interactionId: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  } satisfies OpportunityTable;
}

/** One referral's journey: each stage reached with a chance, on a later date, up to the end date. */
function walkReferral(
  rows: PlacementRows,
  random: Random,
  opportunity: OpportunityTable,
  programme: Programme | null,
  reference: string,
  referredMs: number,
  end: number,
) {
  const id = random.uuid7(referredMs);
  const at = new Date(referredMs).toISOString();
  const steps: { stage: string; ms: number }[] = [{ stage: 'referred', ms: referredMs }];
  const step = (stage: string, ms: number) => {
    if (ms > end) return false;
    steps.push({ stage, ms });
    return true;
  };
  let ms = referredMs;
  let started: number | null = null;
  const moved =
    random.chance(0.65) &&
    step('interviewed', (ms += random.int(2, 14) * day)) &&
    random.chance(0.7) &&
    step('offered', (ms += random.int(1, 7) * day)) &&
    random.chance(0.85) &&
    step('started', (ms += random.int(3, 21) * day));
  if (moved) {
    started = ms;
    if (random.chance(0.75) && step('sustained_13', started + (91 + random.int(0, 10)) * day)) {
      if (random.chance(0.8)) step('sustained_26', started + (182 + random.int(0, 10)) * day);
      else step('left', started + random.int(100, 180) * day);
    } else {
      step('left', started + random.int(10, 90) * day);
    }
  } else if (end - ms > 21 * day) {
    step(random.chance(0.8) ? 'not_selected' : 'withdrew', ms + random.int(3, 20) * day);
  }
  const stageOn = (stage: string) => {
    const found = steps.find((s) => s.stage === stage);
    return found ? isoDate(found.ms) : null;
  };
  const last = steps.at(-1)!;
  const exited = isExit(last.stage as ReferralStage);
  const progressed = stageOn('sustained_13') !== null && random.chance(0.2);
  rows.referral.push({
    id,
    opportunityId: opportunity.id,
    employerId: opportunity.employerId,
    programmeId: programme?.id ?? null,
    reference,
    stage: last.stage,
    reached: Math.max(...steps.map((s) => rank(s.stage as ReferralStage))),
    progressed: progressed ? 1 : 0,
    referredOn: isoDate(referredMs),
    interviewedOn: stageOn('interviewed'),
    offeredOn: stageOn('offered'),
    startedOn: stageOn('started'),
    sustained13On: stageOn('sustained_13'),
    sustained26On: stageOn('sustained_26'),
    exitedOn: exited ? isoDate(last.ms) : null,
    startHourlyPay: started ? 12.21 : null,
    startWeeklyHours: started ? opportunity.weeklyHours : null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  for (const { stage, ms: stepMs } of steps) {
    const stepAt = new Date(stepMs).toISOString();
    rows.referralStep.push({
      id: random.uuid7(stepMs),
      referralId: id,
      employerId: opportunity.employerId,
      stage,
      steppedOn: isoDate(stepMs),
      feedback: stage === 'interviewed' || stage === 'not_selected' ? random.pick(feedback) : null,
      createdAt: stepAt,
      updatedAt: stepAt,
      deletedAt: null,
    });
  }
  if (started === null) return;
  const weeks = programme ? (JSON.parse(programme.checkWeeks) as number[]) : [13, 26];
  for (const check of sustainmentChecks(isoDate(started), weeks)) {
    const reachedOn = stageOn(check.weeks === 13 ? 'sustained_13' : 'sustained_26');
    // Checks not reached are cancelled by leaving, or still to do (recent starts only).
    const status = reachedOn ? 'in_work' : exited ? 'cancelled' : 'due';
    rows.sustainmentCheck.push({
      id: random.uuid7(started + check.weeks),
      referralId: id,
      employerId: opportunity.employerId,
      weeks: check.weeks,
      dueOn: check.dueOn,
      status,
      checkedOn: reachedOn,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
    if (reachedOn && random.chance(0.4)) {
      rows.evidence.push({
        id: random.uuid7(Date.parse(reachedOn) + 1),
        referralId: id,
        employerId: opportunity.employerId,
        stage: check.weeks === 13 ? 'sustained_13' : 'sustained_26',
        fileName: null,
        storedName: null,
        mediaType: null,
        sizeBytes: null,
        sha256: null,
        confirmedBy: 'Their line manager, by phone',
        note: `Still in work at ${check.weeks} weeks.`,
        recordedOn: reachedOn,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      });
    }
  }
  if (progressed) {
    const changedMs = started + random.int(120, 200) * day;
    rows.progression.push({
      id: random.uuid7(changedMs),
      referralId: id,
      employerId: opportunity.employerId,
      changedOn: isoDate(Math.min(changedMs, end)),
      hourlyPayBefore: 12.21,
      hourlyPayAfter: 13.5,
      weeklyHoursBefore: opportunity.weeklyHours,
      weeklyHoursAfter: opportunity.weeklyHours,
      sameEmployer: 1,
      contractChange: random.chance(0.3) ? 'Temporary to permanent' : null,
      counts: 1,
      note: null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }
  if (random.chance(0.3)) {
    rows.evidence.push({
      id: random.uuid7(started + 1),
      referralId: id,
      employerId: opportunity.employerId,
      stage: 'started',
      fileName: null,
      storedName: null,
      mediaType: null,
      sizeBytes: null,
      sha256: null,
      confirmedBy: 'The employer’s HR team',
      note: 'Start date confirmed by email.',
      recordedOn: isoDate(started),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }
}
