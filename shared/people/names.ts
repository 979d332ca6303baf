/** "Dr. Sam O'Neill" and "sam  oneill" are the same name when matching an import against the record. */
export function personNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(mr|mrs|ms|miss|mx|dr|prof) /, '');
}
