// "Acme Ltd", "ACME Limited" and "The Acme Company" all mean the same employer.
export const legalWords = new Set([
  'the',
  'ltd',
  'limited',
  'plc',
  'llp',
  'lp',
  'inc',
  'incorporated',
  'co',
  'company',
  'corp',
  'corporation',
  'group',
  'uk',
  'cic',
  'and',
]);

export function employerNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const significant = words.filter((word) => !legalWords.has(word));
  return (significant.length > 0 ? significant : words).join(' ');
}
