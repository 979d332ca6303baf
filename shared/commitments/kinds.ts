// Which kinds of promise each side makes: an employer offers vacancies, trials and feedback; we
// send screened candidates, give feedback and run training. A kind the charity adds itself fits both.
const employerKinds = [
  'vacancy',
  'guaranteed_interviews',
  'work_trial',
  'work_placement',
  'apprenticeship',
  'work_academy',
  'taster',
  'workshop_mentoring',
  'in_work_training',
];
const ourKinds = ['candidates', 'pet_course', 'recruitment_review', 'workshop_mentoring', 'in_work_training'];
const builtIn = new Set([...employerKinds, ...ourKinds, 'feedback', 'other']);

export function promiseKindFits(party: 'employer' | 'us', code: string): boolean {
  if (!builtIn.has(code) || code === 'feedback' || code === 'other') return true;
  return (party === 'employer' ? employerKinds : ourKinds).includes(code);
}
