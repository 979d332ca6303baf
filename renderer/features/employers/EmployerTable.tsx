// The employer list as a table that only ever draws the rows in view, fetching them a page
// at a time, so 20,000 employers scroll as smoothly as 20.
import { Anchor, Box, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { EmployerListRow, EmployerSortColumn, ListEmployersInput } from '../../../shared/employers/schema';
import { invoke } from '../../app/client';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { PhaseBadge } from './PhaseBadge';
import { employerKeys } from './queries';

export type EmployerSort = NonNullable<ListEmployersInput['sort']>;
type Filters = Omit<ListEmployersInput, 'sort' | 'offset' | 'limit'>;

const pageSize = 100;
const rowHeight = 45;

type Column = { key: EmployerSortColumn; label: string; width: string; cell: (row: EmployerListRow) => ReactNode };

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
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageQuery = (page: number) => ({
    queryKey: employerKeys.list({ ...filters, sort, page }),
    queryFn: () => invoke('employers.list', { ...filters, sort, offset: page * pageSize, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery(pageQuery(0));
  const total = firstPage.data?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pageNumbers = [...new Set(items.map((item) => Math.floor(item.index / pageSize)))];
  const pages = useQueries({ queries: pageNumbers.map(pageQuery) });
  const rowAt = (index: number) => {
    const page = Math.floor(index / pageSize);
    const data = page === 0 ? firstPage.data : pages[pageNumbers.indexOf(page)]?.data;
    return data?.rows[index - page * pageSize];
  };

  const columns: Column[] = [
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
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <Box
      ref={scrollRef}
      style={{
        overflow: 'auto',
        flex: 1,
        minHeight: 0,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
      tabIndex={0}
      aria-label={caption}
      role="region"
    >
      <Table stickyHeader highlightOnHover layout="fixed" aria-rowcount={total + 1} verticalSpacing={0}>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <SortableHeader key={column.key} column={column} sort={sort} onSortChange={onSortChange} />
            ))}
            {actions && (
              <Table.Th w="14%">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <Table.Tr key={row?.id ?? `loading-${item.index}`} h={rowHeight} aria-rowindex={item.index + 2}>
                {row ? (
                  <>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>
                        <Text size="sm" truncate="end" component="div">
                          {column.cell(row)}
                        </Text>
                      </Table.Td>
                    ))}
                    {actions && <Table.Td>{actions(row)}</Table.Td>}
                  </>
                ) : (
                  <Table.Td colSpan={columns.length + (actions ? 1 : 0)}>
                    <Skeleton h={14} w="60%" />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function SortableHeader({
  column,
  sort,
  onSortChange,
}: {
  column: Column;
  sort: EmployerSort;
  onSortChange: (sort: EmployerSort) => void;
}) {
  const active = sort.column === column.key;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th w={column.width} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() =>
          onSortChange({ column: column.key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })
        }
        fw={600}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        {column.label}
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.45} />
        <span className="visually-hidden">
          {active ? `, sorted ${sort.direction === 'asc' ? 'A to Z' : 'Z to A'}` : ', sort'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** "Small (10 to 49 staff)" reads as "Small" in a narrow column. */
function shortSize(label: string): string {
  return label.replace(/\s*\(.*\)$/, '');
}
