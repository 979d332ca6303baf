// The employers list's filters as the page holds them, apart from the form that sets them (Today
// links to a filtered list without loading the form).
import type { ListEmployersInput } from '../../../shared/employers/schema';
import type { HealthSignalCode } from '../../../shared/health/signals';

export type EmployerFilterValues = Required<
  Pick<ListEmployersInput, 'phase' | 'sector' | 'sizeBand' | 'locality' | 'accountOwner'>
> & {
  query: string;
  health: HealthSignalCode[];
  /** Depth scores as text, as the select holds them; '0' is "not assessed". */
  depth: string[];
  /** Days without contact, as text; '' for any. */
  noContact: string;
};

export const noFilters: EmployerFilterValues = {
  query: '',
  phase: [],
  sector: [],
  sizeBand: [],
  locality: [],
  accountOwner: [],
  health: [],
  depth: [],
  noContact: '',
};

export function hasFilters(filters: EmployerFilterValues): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.noContact !== '' ||
    [
      filters.phase,
      filters.sector,
      filters.sizeBand,
      filters.locality,
      filters.accountOwner,
      filters.health,
      filters.depth,
    ].some((list) => list.length > 0)
  );
}

/** What the form holds, as the list procedure takes it. */
export function toListFilters({ depth, noContact, ...filters }: EmployerFilterValues) {
  return {
    ...filters,
    depth: depth.map(Number),
    noContactForDays: noContact ? Number(noContact) : undefined,
  };
}
