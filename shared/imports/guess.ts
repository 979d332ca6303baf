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

export function guessMapping(headers: string[], examples: string[][], target: ImportTarget): (ImportField | null)[] {
  const offered = fieldsFor[target];
  const mapping: (ImportField | null)[] = headers.map(() => null);
  const taken = new Set<ImportField>();
  const assign = (column: number, field: ImportField | undefined) => {
    if (!field || taken.has(field) || mapping[column]) return;
    mapping[column] = field;
    taken.add(field);
  };
  const words = headers.map(headerWords);
  words.forEach((header, column) =>
    assign(
      column,
      offered.find((f) => importFields[f].headers.includes(header)),
    ),
  );
  // Then by whole words in the header, the longest match winning: "Last contacted on" is a date
  // of contact, not a last name; "Staffordshire" is not a number of staff.
  words.forEach((header, column) => {
    let best: { field: ImportField; length: number } | null = null;
    for (const field of offered) {
      if (taken.has(field)) continue;
      for (const name of importFields[field].headers) {
        if (name.length > 3 && ` ${header} `.includes(` ${name} `) && name.length > (best?.length ?? 0)) {
          best = { field, length: name.length };
        }
      }
    }
    assign(column, best?.field);
  });
  headers.forEach((_header, column) => {
    const values = (examples[column] ?? []).filter((value) => value.trim() !== '');
    if (values.length === 0) return;
    assign(
      column,
      offered.find((f) => {
        const test = (importFields[f] as { looksLike?: keyof typeof looksLike }).looksLike;
        return test && !taken.has(f) && values.filter((v) => looksLike[test](v.trim())).length * 2 > values.length;
      }),
    );
  });
  // In a list of employers a bare "Name" column is the employer's name.
  const bareName = words.indexOf('name');
  if (target === 'employers' && !taken.has('employerName') && mapping[bareName] === 'personName') {
    mapping[bareName] = 'employerName';
  }
  // With nobody named in a list of employers, a bare "Phone" or "Email" is the employer's own.
  if (target === 'employers' && !taken.has('personName') && !taken.has('firstName')) {
    mapping.forEach((field, column) => {
      if (field === 'personPhone' && !taken.has('employerPhone')) mapping[column] = 'employerPhone';
      if (field === 'personEmail' && !taken.has('employerEmail')) mapping[column] = 'employerEmail';
    });
  }
  return mapping;
}
