// What a merge asks about, for each kind of record: the fields a person chooses between, with
// the label they know and the list a code is read from.
import type { VocabularyListName } from '../../../shared/vocabulary';
import type { DuplicateKind } from '../../../shared/duplicates/schema';
import type { MergeableEmployerField } from '../../../shared/employers/schema';
import type { mergeablePersonFields } from '../../../shared/people/schema';

export type MergeField = { field: string; label: string; list?: VocabularyListName };

const employerFields: { field: MergeableEmployerField; label: string; list?: VocabularyListName }[] = [
  { field: 'name', label: 'Name' },
  { field: 'sector', label: 'Sector', list: 'sector' },
  { field: 'sizeBand', label: 'Size', list: 'size_band' },
  { field: 'ownership', label: 'Ownership', list: 'ownership' },
  { field: 'locality', label: 'Area' },
  { field: 'phase', label: 'Phase', list: 'phase' },
  { field: 'approach', label: 'How the relationship started', list: 'approach' },
  { field: 'accountOwner', label: 'Account owner' },
  { field: 'website', label: 'Website' },
  { field: 'phone', label: 'Phone' },
  { field: 'email', label: 'Email' },
  { field: 'address', label: 'Address' },
  { field: 'postcode', label: 'Postcode' },
];

const personFields: { field: (typeof mergeablePersonFields)[number]; label: string; list?: VocabularyListName }[] = [
  { field: 'name', label: 'Name' },
  { field: 'email', label: 'Email' },
  { field: 'phone', label: 'Phone' },
  { field: 'preferredChannel', label: 'Best way to get in touch', list: 'preferred_channel' },
];

export const mergeFields: Record<DuplicateKind, MergeField[]> = { employer: employerFields, person: personFields };

export const kindWords: Record<DuplicateKind, { one: string; many: string; area: string }> = {
  employer: { one: 'employer', many: 'employers', area: '/employers' },
  person: { one: 'person', many: 'people', area: '/people' },
};
