// One search over employers, people and interactions. Matches are listed newest first with no
// ranking: ranking scores every match, and a common word matches most of a million rows.
// Whole-word matches come first; words that only start with what was typed fill any space left,
// because a prefix of a common word means merging huge lists of matches.
import { sql, type Kysely } from 'kysely';
import type { SearchHit, SearchResults, Snippet } from '../../../shared/search/schema';
import type { Database } from '../../db/schema';
import { query, type Handlers } from '../context';
import { ftsQueries } from './fts-query';

export type SearchHandlers = Handlers<'search.query'>;

export const searchHandlers: SearchHandlers = {
  'search.query': query(({ text, limit }, ctx) => search(ctx.db, text, limit ?? 8)),
};

const open = '\u0002';
const close = '\u0003';

type Row = { id: string; title: string; context: string | null; snippet: string | null };

export async function search(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults> {
  const queries = ftsQueries(text);
  if (!queries) return { employers: [], people: [], interactions: [] };
  const [employers, people, interactions] = await Promise.all(
    [employerMatches, personMatches, interactionMatches].map(async (matches) => {
      const exact = await matches(db, queries.exact, limit, []);
      if (exact.length >= limit) return exact;
      return [
        ...exact,
        ...(await matches(
          db,
          queries.prefix,
          limit - exact.length,
          exact.map((row) => row.id),
        )),
      ];
    }),
  );
  return {
    employers: employers!.map(toHit),
    people: people!.map(toHit),
    interactions: (interactions as InteractionRow[]).map((row) => ({
      ...toHit(row),
      occurredAt: row.occurredAt,
      employerId: row.employerId,
    })),
  };
}

type Matches = (db: Kysely<Database>, match: string, limit: number, skip: string[]) => Promise<Row[]>;
type InteractionRow = Row & { occurredAt: string; employerId: string };

const except = (column: string, ids: string[]) =>
  ids.length ? sql`and ${sql.ref(column)} not in (${sql.join(ids)})` : sql``;

const employerMatches: Matches = async (db, match, limit, skip) =>
  (
    await sql<Row>`
    select e.id, highlight(employer_fts, 0, ${open}, ${close}) as title, e.locality as context,
      snippet(employer_fts, 2, ${open}, ${close}, '…', 12) as snippet
    from employer_fts join employer e on e.rowid = employer_fts.rowid
    where employer_fts match ${match} and e.deleted_at is null ${except('e.id', skip)}
    order by employer_fts.rowid desc limit ${limit}`.execute(db)
  ).rows;

const personMatches: Matches = async (db, match, limit, skip) =>
  (
    await sql<Row>`
    select p.id, highlight(person_fts, 0, ${open}, ${close}) as title,
      (select group_concat(e.name, ', ') from affiliation a join employer e on e.id = a.employer_id
        where a.person_id = p.id and a.ended_on is null and a.deleted_at is null) as context,
      snippet(person_fts, 2, ${open}, ${close}, '…', 12) as snippet
    from person_fts join person p on p.rowid = person_fts.rowid
    where person_fts match ${match} and p.deleted_at is null ${except('p.id', skip)}
    order by person_fts.rowid desc limit ${limit}`.execute(db)
  ).rows;

const interactionMatches: Matches = async (db, match, limit, skip) =>
  (
    await sql<InteractionRow>`
    select i.id, highlight(interaction_fts, 0, ${open}, ${close}) as title, e.name as context, i.employer_id,
      i.occurred_at as occurred_at, snippet(interaction_fts, 1, ${open}, ${close}, '…', 16) as snippet
    from interaction_fts join interaction i on i.rowid = interaction_fts.rowid join employer e on e.id = i.employer_id
    where interaction_fts match ${match} and i.deleted_at is null ${except('i.id', skip)}
    order by interaction_fts.rowid desc limit ${limit}`.execute(db)
  ).rows;

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
