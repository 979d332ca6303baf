import { formatDate } from '../dates';

// The placement stages of a referral, and the rules for moving along them: forward only,
// dates never going back, sustainment only after a start, nothing after an exit.
export const progressStages = [
  'referred',
  'interviewed',
  'offered',
  'started',
  'sustained_13',
  'sustained_26',
] as const;
export const exitStages = ['not_selected', 'withdrew', 'left'] as const;
export type ReferralStage = (typeof progressStages)[number] | (typeof exitStages)[number];

export const stageLabels: Record<ReferralStage, string> = {
  referred: 'Referred',
  interviewed: 'Interviewed',
  offered: 'Offered a job',
  started: 'Started',
  sustained_13: 'Sustained 13 weeks',
  sustained_26: 'Sustained 26 weeks',
  not_selected: 'Not selected',
  withdrew: 'Withdrew',
  left: 'Left the job',
};

export type StageStep = { stage: ReferralStage; on: string };

/** How far along the progress stages a stage is: 0 for referred; -1 for an exit. */
export const rank = (stage: ReferralStage) => progressStages.indexOf(stage as (typeof progressStages)[number]);
export const isExit = (stage: ReferralStage) => (exitStages as readonly string[]).includes(stage);
const weeksAfter = (date: string, weeks: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + weeks * 7);
  return day.toISOString().slice(0, 10);
};

export type StageMoveProblem = { field: 'stage' | 'on'; message: string };

/** Why a referral cannot move to `next` after the steps it has taken, and which field is wrong; null when it can. */
export function stageMoveProblem(steps: readonly StageStep[], next: StageStep): StageMoveProblem | null {
  const stage = (message: string) => ({ field: 'stage' as const, message });
  const last = steps.at(-1);
  if (!last) return next.stage === 'referred' ? null : stage('A referral starts at “Referred”.');
  if (isExit(last.stage)) return stage(`This referral ended at “${stageLabels[last.stage]}”. Nothing can follow it.`);
  if (next.on < last.on) {
    return { field: 'on', message: `The date cannot be before the last step, “${stageLabels[last.stage]}”.` };
  }
  const started = steps.find((step) => step.stage === 'started');
  if (isExit(next.stage)) {
    if (next.stage === 'not_selected' && started) {
      return stage('They have started the job, so they cannot be “Not selected”.');
    }
    if (next.stage === 'left' && !started) return stage('They can only leave a job they have started.');
    return null;
  }
  if (rank(next.stage) <= rank(last.stage)) {
    return stage(`They are already at “${stageLabels[last.stage]}”. Choose a later stage.`);
  }
  if (next.stage === 'sustained_13' || next.stage === 'sustained_26') {
    if (!started) return stage('A job can only be sustained once they have started it. Record the start first.');
    const weeks = next.stage === 'sustained_13' ? 13 : 26;
    const due = weeksAfter(started.on, weeks);
    if (next.on < due) {
      return {
        field: 'on',
        message: `${weeks} weeks after the start is ${formatDate(due)}. Record this on or after that day.`,
      };
    }
  }
  return null;
}

/** The sustainment checks a start schedules: 13 and 26 weeks on, or the programme's own points. */
export function sustainmentChecks(startedOn: string, weeks: readonly number[] = [13, 26]) {
  return weeks.map((after) => ({ weeks: after, dueOn: weeksAfter(startedOn, after) }));
}
