// In-work progression: a rise in pay or hours of 10 % or more counts.
export const progressionThreshold = 0.1;

export type Terms = { hourlyPay?: number | null; weeklyHours?: number | null };

export type Progression = { payRise: number | null; hoursRise: number | null; counts: boolean };

const rise = (before: number | null | undefined, after: number | null | undefined) =>
  before && after !== null && after !== undefined ? (after - before) / before : null;

export function progression(before: Terms, after: Terms): Progression {
  const payRise = rise(before.hourlyPay, after.hourlyPay);
  const hoursRise = rise(before.weeklyHours, after.weeklyHours);
  // Rounded to the penny of a percent, so 10 % typed as £11.00 from £10.00 is not lost to float error.
  const counts = [payRise, hoursRise].some(
    (value) => value !== null && Math.round(value * 10_000) >= progressionThreshold * 10_000,
  );
  return { payRise, hoursRise, counts };
}
