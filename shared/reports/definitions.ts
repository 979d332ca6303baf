// One definition for each figure of the funder report, in one sentence: shown beside the figure
// on screen, and at the end of the PDF and Word report under "How these figures are counted".

export const figureDefinitions: Record<string, string> = {
  'Employers engaged':
    'Employers with a done contact, an opportunity opened or a person referred in the period, within the programme or funder chosen.',
  'New this period': 'Employers engaged in the period with no done contact before it began.',
  Continuing: 'Employers engaged in the period that also had done contact before it began.',
  'Contacts in the period':
    'Done calls, emails, meetings, visits and other contact dated in the period; planned and cancelled ones are not counted.',
  'Relational at the start':
    'Employers engaged in the period whose latest depth assessment on its first day was 4 or 5, out of those assessed by then.',
  'Relational at the end':
    'Employers engaged in the period whose latest depth assessment on its last day was 4 or 5, out of those assessed by then.',
  Referred: 'People referred to an employer in the period.',
  'Started a job': 'Of the people referred in the period, those who have started work.',
  'Still in work at 13 weeks':
    'Of the people referred in the period who started work 13 or more weeks ago, those still in work at 13 weeks; those who started more recently are not yet due, and are not in the share.',
  'Still in work at 26 weeks':
    'Of the people referred in the period who started work 26 or more weeks ago, those still in work at 26 weeks; those who started more recently are not yet due, and are not in the share.',
  'Progressed in work':
    'Of the people referred in the period who started work, those recorded as progressing: pay or hours up by 10% or more, or a better contract.',
  'Job starts in the period':
    'In the tables by sector, size and area: everyone who started work in the period, whenever they were referred, so it can differ from “Started a job”, which counts only people referred in the period.',
  Promises: 'Promises made in the period, and of those settled in the period, how many were kept.',
};
