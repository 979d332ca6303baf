import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { EmployerListRow, EmployerSortColumn, ListEmployersInput } from '../../../shared/employers/schema';
import { invoke } from '../../app/client';
import { PagedTable, type Column, type Sort } from '../../app/components/PagedTable';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { PhaseBadge } from './PhaseBadge';
import { employerKeys } from './queries';

export type EmployerSort = Sort<EmployerSortColumn>;
type Filters = Omit<ListEmployersInput, 'sort' | 'offset' | 'limit'>;

export function EmployerTable({
  filters,
  sort,
  onSortChange,
  dateColumn = 'updatedAt',
  actions,
  caption,
}: {
  filters: Filters;
  sort: EmployerSort;
  onSortChange: (sort: EmployerSort) => void;
  dateColumn?: 'updatedAt' | 'deletedAt';
  actions?: (row: EmployerListRow) => ReactNode;
  caption: string;
}) {
  const vocabulary = useVocabulary();
  const columns: Column<EmployerListRow, EmployerSortColumn>[] = [
    {
      key: 'name',
      label: 'Name',
      width: '29%',
      cell: (row) => (
        <Anchor component={Link} href={`/employers/${row.id}`} fw={600} truncate="end" display="block">
          {row.name}
        </Anchor>
      ),
    },
    { key: 'phase', label: 'Phase', width: '12%', cell: (row) => <PhaseBadge phase={row.phase} /> },
    { key: 'sector', label: 'Sector', width: '21%', cell: (row) => vocabulary.label('sector', row.sector) },
    {
      key: 'sizeBand',
      label: 'Size',
      width: '10%',
      cell: (row) => shortSize(vocabulary.label('size_band', row.sizeBand)),
    },
    { key: 'locality', label: 'Area', width: '12%', cell: (row) => row.locality },
    {
      key: 'updatedAt',
      label: dateColumn === 'deletedAt' ? 'Moved to Trash' : 'Updated',
      width: '12%',
      cell: (row) => formatDate(dateColumn === 'deletedAt' ? row.deletedAt : row.updatedAt),
    },
  ];
  return (
    <PagedTable
      queryKey={employerKeys.list({ ...filters, sort })}
      fetchPage={(offset, limit) => invoke('employers.list', { ...filters, sort, offset, limit })}
      columns={columns}
      sort={sort}
      onSortChange={onSortChange}
      actions={actions}
      caption={caption}
    />
  );
}

/** "Small (10 to 49 staff)" reads as "Small" in a narrow column. */
function shortSize(label: string): string {
  return label.replace(/\s*\(.*\)$/, '');
}
