// One search over employers, people and interactions. Matches are listed newest first with no
// ranking: ranking scores every match, and a common word matches most of a million rows.
import { sql, type Kysely } from 'kysely';
import type { SearchHit, SearchResults, Snippet } from '../../../shared/search/schema';
import type { Database } from '../../db/schema';
import { query, type Handlers } from '../context';
import { ftsQuery } from './fts-query';

export type SearchHandlers = Handlers<'search.query'>;

export const searchHandlers: SearchHandlers = {
  'search.query': query(({ text, limit }, ctx) => search(ctx.db, text, limit ?? 8)),
};

const open = '\u0002';
const close = '\u0003';

type Row = { id: string; title: string; context: string | null; snippet: string | null };

export async function search(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults> {
  const match = ftsQuery(text);
  if (!match) return { employers: [], people: [], interactions: [] };
  const employers = await sql<Row>`
    select e.id, highlight(employer_fts, 0, ${open}, ${close}) as title, e.locality as context,
      snippet(employer_fts, 2, ${open}, ${close}, '…', 12) as snippet
    from employer_fts join employer e on e.rowid = employer_fts.rowid
    where employer_fts match ${match} and e.deleted_at is null
    order by employer_fts.rowid desc limit ${limit}`.execute(db);
  const people = await sql<Row>`
    select p.id, highlight(person_fts, 0, ${open}, ${close}) as title,
      (select group_concat(e.name, ', ') from affiliation a join employer e on e.id = a.employer_id
        where a.person_id = p.id and a.ended_on is null and a.deleted_at is null) as context,
      snippet(person_fts, 2, ${open}, ${close}, '…', 12) as snippet
    from person_fts join person p on p.rowid = person_fts.rowid
    where person_fts match ${match} and p.deleted_at is null
    order by person_fts.rowid desc limit ${limit}`.execute(db);
  const interactions = await sql<Row & { occurredAt: string; employerId: string }>`
    select i.id, highlight(interaction_fts, 0, ${open}, ${close}) as title, e.name as context, i.employer_id,
      i.occurred_at as occurred_at, snippet(interaction_fts, 1, ${open}, ${close}, '…', 16) as snippet
    from interaction_fts join interaction i on i.rowid = interaction_fts.rowid join employer e on e.id = i.employer_id
    where interaction_fts match ${match} and i.deleted_at is null
    order by interaction_fts.rowid desc limit ${limit}`.execute(db);
  return {
    employers: employers.rows.map(toHit),
    people: people.rows.map(toHit),
    interactions: interactions.rows.map((row) => ({
      ...toHit(row),
      occurredAt: row.occurredAt,
      employerId: row.employerId,
    })),
  };
}

function toHit(row: Row): SearchHit {
  return {
    id: row.id,
    title: segments(row.title) ?? [{ text: row.title, match: false }],
    context: row.context,
    snippet: segments(row.snippet, true),
  };
}

/** Splits highlighted text into plain and matched parts; a snippet with no match is dropped. */
function segments(text: string | null, needsMatch = false): Snippet | null {
  if (!text) return null;
  const parts: Snippet = [];
  for (const [index, piece] of text.split(new RegExp(`[${open}${close}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 });
  }
  return needsMatch && !parts.some((part) => part.match) ? null : parts;
}
