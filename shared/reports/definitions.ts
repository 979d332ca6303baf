// One definition for each figure of the funder report, in one sentence: shown beside the figure
// on screen, and at the end of the PDF and Word report under "How these figures are counted".
// Outcomes are counted as they stood on one day, named in the report: the period's last day,
// unless the person chose to include outcomes recorded since.

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
  Interviewed: 'Of the people referred in the period, those interviewed by the day outcomes are counted to.',
  'Started a job':
    'Of the people referred in the period, those who had started work by the day outcomes are counted to.',
  'Still in work at 13 weeks':
    'Of the people referred in the period who had started work at least 13 weeks before the day outcomes are counted to, those recorded as still in work at 13 weeks; those who started later are not yet due, and are not in the share.',
  'Still in work at 26 weeks':
    'Of the people referred in the period who had started work at least 26 weeks before the day outcomes are counted to, those recorded as still in work at 26 weeks; those who started later are not yet due, and are not in the share.',
  'Progressed in work':
    'Of the people referred in the period who had started work, those whose pay or hours rose by 10% or more, or whose contract improved, by the day outcomes are counted to.',
  Evidenced:
    'A start or job check with a file attached or a confirmation recorded (who confirmed it and how), whenever it was added.',
  'Job starts in the period':
    'In the tables by sector, size and area: everyone who started work in the period, whenever they were referred, so it can differ from “Started a job”, which counts only people referred in the period.',
  Promises: 'Promises made in the period, and of those settled in the period, how many were kept.',
};
