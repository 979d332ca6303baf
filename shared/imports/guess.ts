// Bridgework's first guess at what each column holds: by its header, then by what is in it.
// The person checks and changes it on the mapping step.
import { parseImportDate } from './dates';
import { fieldsFor, importFields, type ImportField, type ImportTarget } from './fields';

const headerWords = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const looksLike = {
  email: (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  phone: (value: string) => /^\+?[0-9 ()-]{6,30}$/.test(value) && /\d{6}/.test(value.replace(/\D/g, '')),
  date: (value: string) => 'date' in parseImportDate(value),
  postcode: (value: string) => /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(value),
  website: (value: string) => /^(https?:\/\/|www\.)\S+$/i.test(value),
};

const valuesLookLike: Record<keyof typeof looksLike, string> = {
  email: 'email addresses',
  phone: 'phone numbers',
  date: 'dates',
  postcode: 'postcodes',
  website: 'website addresses',
};

/** What Bridgework guessed a column holds, and why, in words for the column step. */
export type ColumnGuess = { field: ImportField | null; why: string | null };

export function guessColumns(headers: string[], examples: string[][], target: ImportTarget): ColumnGuess[] {
  const offered = fieldsFor[target];
  const guesses: ColumnGuess[] = headers.map(() => ({ field: null, why: null }));
  const taken = new Set<ImportField>();
  const assign = (column: number, field: ImportField | undefined, why: string) => {
    if (!field || taken.has(field) || guesses[column]!.field) return;
    guesses[column] = { field, why };
    taken.add(field);
  };
  const reassign = (column: number, field: ImportField, why: string) => {
    taken.delete(guesses[column]!.field!);
    guesses[column] = { field, why };
    taken.add(field);
  };
  const words = headers.map(headerWords);
  words.forEach((header, column) =>
    assign(
      column,
      offered.find((f) => importFields[f].headers.includes(header)),
      `Guessed from its header, “${headers[column]!.trim()}”.`,
    ),
  );
  // Then by whole words in the header, the longest match winning: "Last contacted on" is a date
  // of contact, not a last name; "Staffordshire" is not a number of staff.
  words.forEach((header, column) => {
    let best: { field: ImportField; name: string } | null = null;
    for (const field of offered) {
      if (taken.has(field)) continue;
      for (const name of importFields[field].headers) {
        if (name.length > 3 && ` ${header} `.includes(` ${name} `) && name.length > (best?.name.length ?? 0)) {
          best = { field, name };
        }
      }
    }
    if (best) assign(column, best.field, `Guessed from “${best.name}” in its header.`);
  });
  headers.forEach((_header, column) => {
    const values = (examples[column] ?? []).filter((value) => value.trim() !== '');
    if (values.length === 0) return;
    for (const field of offered) {
      const test = (importFields[field] as { looksLike?: keyof typeof looksLike }).looksLike;
      if (!test || taken.has(field)) continue;
      if (values.filter((v) => looksLike[test](v.trim())).length * 2 > values.length) {
        assign(column, field, `Most of its values look like ${valuesLookLike[test]}.`);
        return;
      }
    }
  });
  // In a list of employers a bare "Name" column is the employer's name.
  const bareName = words.indexOf('name');
  if (target === 'employers' && !taken.has('employerName') && guesses[bareName]?.field === 'personName') {
    reassign(bareName, 'employerName', 'In a list of employers, a column called “Name” is the employer’s name.');
  }
  // With nobody named in a list of employers, a bare "Phone" or "Email" is the employer's own.
  if (target === 'employers' && !taken.has('personName') && !taken.has('firstName')) {
    const own = 'Nobody is named in this list, so it is the employer’s own.';
    guesses.forEach(({ field }, column) => {
      if (field === 'personPhone' && !taken.has('employerPhone')) reassign(column, 'employerPhone', own);
      if (field === 'personEmail' && !taken.has('employerEmail')) reassign(column, 'employerEmail', own);
    });
  }
  return guesses;
}
