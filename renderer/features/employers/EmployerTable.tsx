import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { EmployerListRow, EmployerSortColumn, ListEmployersInput } from '../../../shared/employers/schema';
import { PagedTable, type Column, type Sort } from '../../app/components/PagedTable';
import { DepthBadge } from '../assessments/DepthBadge';
import { HealthBadges } from '../health/HealthBadges';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { PhaseBadge } from './PhaseBadge';
import { employerPages } from './queries';

export type EmployerSort = Sort<EmployerSortColumn>;
type Filters = Omit<ListEmployersInput, 'sort' | 'offset' | 'limit'>;

const inTrashColumns = new Set(['health', 'lastContactAt']);

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
  const inTrash = dateColumn === 'deletedAt';
  const allColumns: Column<EmployerListRow, EmployerSortColumn>[] = [
    {
      key: 'name',
      label: 'Name',
      width: '24%',
      cell: (row) => (
        <Anchor component={Link} href={`/employers/${row.id}`} fw={600} lineClamp={2} display="block">
          {row.name}
        </Anchor>
      ),
    },
    // Badges keep their width however narrow the window: a cut badge ("Establi…") says nothing.
    { key: 'phase', label: 'Phase', width: '122px', cell: (row) => <PhaseBadge phase={row.phase} /> },
    { key: 'depth', label: 'Depth', width: '84px', cell: (row) => <DepthBadge depth={row.depth} short /> },
    {
      key: 'health',
      sortable: false,
      label: 'Needs attention',
      width: '160px',
      cell: (row) => <HealthBadges signals={row.health} />,
    },
    {
      key: 'lastContactAt',
      label: 'Last contact',
      width: '132px',
      cell: (row) => formatDate(row.lastContactAt) || 'None yet',
    },
    { key: 'sector', label: 'Sector', width: '17%', cell: (row) => vocabulary.label('sector', row.sector) },
    { key: 'locality', label: 'Area', width: '14%', cell: (row) => row.locality },
  ];
  const columns = inTrash
    ? [
        ...allColumns.filter((column) => !inTrashColumns.has(column.key)),
        {
          key: 'updatedAt' as const,
          label: 'Moved to Trash',
          width: '14%',
          cell: (row: EmployerListRow) => formatDate(row.deletedAt),
        },
      ]
    : allColumns;
  return (
    <PagedTable
      {...employerPages({ ...filters, sort })}
      columns={columns}
      sort={sort}
      onSortChange={onSortChange}
      actions={actions}
      caption={caption}
    />
  );
}
