import { describe, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { AffiliationTable, InteractionTable } from '../../../electron/db/schema';
import { demoEmployers } from '../../../electron/services/demo/employers';
import { demoPlacements, demoProgrammes } from '../../../electron/services/demo/placements';
import { seededRandom } from '../../../electron/services/demo/random';
import { demoRelationships } from '../../../electron/services/demo/relationships';
import { recordId } from '../../../shared/fields';
import { referenceProblem } from '../../../shared/referrals/reference';
import { stageMoveProblem, type ReferralStage, type StageStep } from '../../../shared/referrals/stages';
import { toEmployer } from '../../../electron/services/employers/rows';
import { employerFields } from '../../../shared/employers/schema';
import { vocabularyLists } from '../../../shared/vocabulary';

const referenceDate = new Date('2026-11-01T09:00:00Z');

describe('demo employers', () => {
  const rows = demoEmployers({ count: 500, referenceDate });

  it('are the same every time for the same seed, and different for another', () => {
    expect(demoEmployers({ count: 500, referenceDate })).toEqual(rows);
    expect(demoEmployers({ count: 5, seed: 7, referenceDate })[0]!.name).not.toBe(rows[0]!.name);
  });

  it('use only codes from the controlled lists, and cover every phase and size', () => {
    const known = (list: keyof typeof vocabularyLists) => new Set(vocabularyLists[list].map((t) => t.code as string));
    for (const row of rows) {
      expect(known('phase').has(row.phase)).toBe(true);
      expect(known('sector').has(row.sector!)).toBe(true);
      expect(known('size_band').has(row.sizeBand!)).toBe(true);
      expect(known('approach').has(row.approach!)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.phase)).size).toBe(vocabularyLists.phase.length);
    expect(new Set(rows.map((r) => r.sizeBand)).size).toBe(vocabularyLists.size_band.length);
  });

  it('would pass the same checks as an employer typed into the form', () => {
    for (const row of rows.slice(0, 100)) {
      const parsed = employerFields.safeParse(toEmployer(row as Parameters<typeof toEmployer>[0]));
      expect(parsed.success ? 'valid' : parsed.error.issues[0]?.message).toBe('valid');
    }
  });

  it('have unique, time-ordered UUIDv7 ids', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(parseInt(row.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(row.createdAt));
    }
  });
});

describe('demo relationships', () => {
  const employers = demoEmployers({ count: 40, referenceDate });
  const plan = { people: 200, interactions: 3000, busyEmployers: 1, busyInteractions: 1000 };
  const collect = () => {
    const rows = {
      person: [] as unknown[],
      affiliation: [] as AffiliationTable[],
      interaction: [] as Insertable<InteractionTable>[],
      links: 0,
    };
    for (const batch of demoRelationships(employers, plan, { referenceDate })) {
      rows.person.push(...(batch.person ?? []));
      rows.affiliation.push(...(batch.affiliation ?? []));
      rows.interaction.push(...(batch.interaction ?? []));
      rows.links += batch.interactionPerson?.length ?? 0;
    }
    return rows;
  };
  const rows = collect();

  it('make the planned numbers, the same every time', () => {
    expect(rows.person).toHaveLength(200);
    expect(rows.interaction).toHaveLength(3000);
    expect(rows.interaction.filter((i) => i.employerId === employers[0]!.id)).toHaveLength(1000);
    expect(collect().interaction.map((i) => i.id)).toEqual(rows.interaction.map((i) => i.id));
  });

  it('give each employer at most one current main contact', () => {
    const primaries = rows.affiliation.filter((a) => a.isPrimary === 1 && a.endedOn === null).map((a) => a.employerId);
    expect(new Set(primaries).size).toBe(primaries.length);
  });

  it('keep planned contact in the future and done contact in the past, in time order', () => {
    const reference = '2026-11-01T09:00:00.000Z';
    for (const interaction of rows.interaction) {
      if (interaction.status === 'planned') expect(interaction.occurredAt > reference).toBe(true);
      else expect(interaction.occurredAt <= reference).toBe(true);
    }
    const ids = rows.interaction.map((i) => i.id);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('demo placements', () => {
  const employers = demoEmployers({ count: 60, referenceDate });
  const random = seededRandom(5);
  const programmes = demoProgrammes(random, '2026-11-01T09:00:00.000Z');
  const batches = [...demoPlacements(employers, programmes, random, Date.parse('2026-11-01T09:00:00Z'))];
  const referrals = batches.flatMap((batch) => batch.referral);
  const steps = batches.flatMap((batch) => batch.referralStep);

  it('have ids the app accepts back from a page', () => {
    const ids = batches.flatMap((batch) => [...batch.opportunity, ...batch.referral].map((row) => row.id!));
    for (const id of ids) expect(recordId('bad id').safeParse(id).success ? id : `bad: ${id}`).toBe(id);
  });

  it('refer people only by a reference in the default format', () => {
    expect(referrals.length).toBeGreaterThan(100);
    for (const referral of referrals) expect(referenceProblem(referral.reference)).toBeNull();
  });

  it('walk every referral along the stages by the same rules a person must follow', () => {
    const byReferral = new Map<string, typeof steps>();
    for (const step of steps) byReferral.set(step.referralId, [...(byReferral.get(step.referralId) ?? []), step]);
    for (const referral of referrals) {
      const taken: StageStep[] = [];
      for (const step of byReferral.get(referral.id!) ?? []) {
        const next = { stage: step.stage as ReferralStage, on: step.steppedOn };
        expect(stageMoveProblem(taken, next)?.message ?? null).toBeNull();
        taken.push(next);
      }
      expect(taken.at(-1)?.stage).toBe(referral.stage);
    }
  });
});
