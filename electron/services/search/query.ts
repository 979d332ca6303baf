// One search over employers, people, interactions, trust notes, promises and opportunities. Matches are listed newest first with no
// ranking: ranking scores every match, and a common word matches most of a million rows.
// Whole-word matches come first; words that only start with what was typed fill any space left,
// because a prefix of a common word means merging huge lists of matches.
import { sql, type Kysely } from 'kysely';
import type { SearchResults, Snippet } from '../../../shared/search/schema';
import type { Database } from '../../db/schema';
import { searchColumn, type SearchTable } from '../../db/search-index';
import { ftsQueries } from './fts-query';

const open = '\u0002';
const close = '\u0003';

type Row = { id: string; title: string; context: string | null; snippet: string | null };
type DatedRow = Row & { occurredAt: string; employerId: string };

// What each kind of record searches: its FTS table, the row it joins, which indexed column is
// the title and which gives the snippet, and what else a hit shows.
type Source = {
  fts: `${SearchTable}_fts`;
  from: string;
  title: number;
  snippet: [column: number, words: number] | null;
  also: string;
};

const onEmployer = (table: string) => `${table} t join employer e on e.id = t.employer_id`;

const sources = {
  employers: {
    fts: 'employer_fts',
    from: 'employer t',
    title: searchColumn('employer', 'name'),
    snippet: [searchColumn('employer', 'notes'), 12],
    also: 't.locality as context',
  },
  people: {
    fts: 'person_fts',
    from: 'person t',
    title: searchColumn('person', 'name'),
    snippet: [searchColumn('person', 'notes'), 12],
    also: `(select group_concat(e.name, ', ') from affiliation a join employer e on e.id = a.employer_id
      where a.person_id = t.id and a.ended_on is null and a.deleted_at is null) as context`,
  },
  interactions: {
    fts: 'interaction_fts',
    from: onEmployer('interaction'),
    title: searchColumn('interaction', 'summary'),
    snippet: [searchColumn('interaction', 'notes'), 16],
    also: 'e.name as context, t.employer_id, t.occurred_at',
  },
  trustNotes: {
    fts: 'trust_note_fts',
    from: onEmployer('trust_note'),
    title: searchColumn('trust_note', 'observation'),
    snippet: null,
    also: 'e.name as context, t.employer_id, t.observed_on as occurred_at',
  },
  promises: {
    fts: 'commitment_fts',
    from: onEmployer('commitment'),
    title: searchColumn('commitment', 'description'),
    snippet: [searchColumn('commitment', 'resolution_note'), 12],
    also: 'e.name as context, t.employer_id, t.created_at as occurred_at',
  },
  opportunities: {
    fts: 'opportunity_fts',
    from: onEmployer('opportunity'),
    title: searchColumn('opportunity', 'title'),
    snippet: [searchColumn('opportunity', 'requirements'), 12],
    also: 'e.name as context, t.employer_id, t.opened_on as occurred_at',
  },
} satisfies Record<keyof SearchResults, Source>;

export async function search(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults> {
  const queries = ftsQueries(text);
  const names = Object.keys(sources) as (keyof SearchResults)[];
  if (!queries) return Object.fromEntries(names.map((name) => [name, []])) as unknown as SearchResults;
  const found = await Promise.all(
    names.map(async (name) => {
      const source: Source = sources[name];
      const exact = await matches(db, source, queries.exact, limit, []);
      if (exact.length >= limit) return exact;
      const skip = exact.map((row) => row.id);
      return [...exact, ...(await matches(db, source, queries.prefix, limit - exact.length, skip))];
    }),
  );
  return Object.fromEntries(names.map((name, index) => [name, found[index]!.map(toHit)])) as SearchResults;
}

async function matches(db: Kysely<Database>, source: Source, match: string, limit: number, skip: string[]) {
  const fts = sql.raw(source.fts);
  const snippet = source.snippet
    ? sql`snippet(${fts}, ${sql.raw(String(source.snippet[0]))}, ${open}, ${close}, '…', ${sql.raw(String(source.snippet[1]))})`
    : sql`null`;
  const except = skip.length ? sql`and t.id not in (${sql.join(skip)})` : sql``;
  const { rows } = await sql<DatedRow>`
    select t.id, highlight(${fts}, ${sql.raw(String(source.title))}, ${open}, ${close}) as title,
      ${snippet} as snippet, ${sql.raw(source.also)}
    from ${fts}, ${sql.raw(source.from)}
    where ${fts} match ${match} and t.rowid = ${fts}.rowid and t.deleted_at is null ${except}
    order by ${fts}.rowid desc limit ${limit}`.execute(db);
  return rows;
}

function toHit({ id, title, context, snippet, ...dated }: Row & Partial<DatedRow>) {
  return {
    id,
    title: segments(title) ?? [{ text: title, match: false }],
    context,
    snippet: segments(snippet, true),
    ...dated,
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
