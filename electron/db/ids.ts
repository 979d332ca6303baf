import { v7 as uuidv7 } from 'uuid';

export type IdSource = () => string;

/** UUIDv7: sortable by creation time, and safe to merge across copies of the database. */
export const newId: IdSource = () => uuidv7();

export function nowIso(): string {
  return new Date().toISOString();
}
