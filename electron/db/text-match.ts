import { sql } from 'kysely';

/** `column LIKE '%text%'`, with the user's % and _ taken literally. */
export function containsText(column: string, text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
