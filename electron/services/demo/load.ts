import type { Kysely } from 'kysely';
import type { Database, EmployerTable } from '../../db/schema';
import { demoEmployers } from './employers';

export const demoSizes = {
  small: { employers: 300 },
  large: { employers: 20_000 },
} as const;
export type DemoSize = keyof typeof demoSizes;

const rowsPerInsert = 500;

/** Writes the demo data set; the caller supplies the transaction. */
export async function insertDemoData(db: Kysely<Database>, size: DemoSize): Promise<{ employers: number }> {
  const employers = demoEmployers({ count: demoSizes[size].employers });
  for (const batch of chunks(employers, rowsPerInsert)) {
    await db.insertInto('employer').values(batch).execute();
  }
  return { employers: employers.length };
}

function* chunks(rows: EmployerTable[], size: number) {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
