import { z } from 'zod';

export const searchInput = z.object({
  text: z.string().max(200, { error: 'Search for 200 characters or fewer' }),
  limit: z.number().int().min(1).max(50).optional(),
});

/** A snippet of the matching text, split so the matched words can be highlighted. */
export type Snippet = { text: string; match: boolean }[];

export type SearchHit = { id: string; title: Snippet; context: string | null; snippet: Snippet | null };
/** A hit on something that belongs to an employer and has a date. */
export type DatedHit = SearchHit & { occurredAt: string; employerId: string };

export type SearchResults = {
  employers: SearchHit[];
  people: SearchHit[];
  interactions: DatedHit[];
  trustNotes: DatedHit[];
  promises: DatedHit[];
  opportunities: DatedHit[];
};
