// A table that only ever draws the rows in view and fetches them a page at a time, so a list
// of 20,000 scrolls as smoothly as a list of 20.
import { Box, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

export type Page<Row> = { rows: Row[]; total: number };
export type Sort<Key extends string> = { column: Key; direction: 'asc' | 'desc' };
type ColumnParts<Row> = { label: string; width: string; cell: (row: Row) => ReactNode };
/** A column sorts by its key, unless it says `sortable: false`. */
export type Column<Row, Key extends string> =
  (ColumnParts<Row> & { key: Key; sortable?: true }) | (ColumnParts<Row> & { key: string; sortable: false });

const pageSize = 100;
// Room for two lines: a long name or sector wraps rather than being cut.
const rowHeight = 52;

export function PagedTable<Row extends { id: string }, Key extends string>({
  queryKey,
  fetchPage,
  columns,
  sort,
  onSortChange,
  actions,
  caption,
}: {
  queryKey: readonly unknown[];
  fetchPage: (offset: number, limit: number) => Promise<Page<Row>>;
  columns: Column<Row, Key>[];
  sort?: Sort<Key>;
  onSortChange?: (sort: Sort<Key>) => void;
  actions?: (row: Row) => ReactNode;
  caption: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageQuery = (page: number) => ({
    queryKey: [...queryKey, page],
    queryFn: () => fetchPage(page * pageSize, pageSize),
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
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const width = columns.length + (actions ? 1 : 0);

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
            {columns.map((column) =>
              sort && onSortChange && column.sortable !== false ? (
                <SortableHeader key={column.key} column={column} sort={sort} onSortChange={onSortChange} />
              ) : (
                <Table.Th key={column.key} w={column.width}>
                  {column.label}
                </Table.Th>
              ),
            )}
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
                        <Text size="sm" lineClamp={2} component="div">
                          {column.cell(row)}
                        </Text>
                      </Table.Td>
                    ))}
                    {actions && <Table.Td>{actions(row)}</Table.Td>}
                  </>
                ) : (
                  <Table.Td colSpan={width}>
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

function SortableHeader<Row, Key extends string>({
  column,
  sort,
  onSortChange,
}: {
  column: Extract<Column<Row, Key>, { key: Key }>;
  sort: Sort<Key>;
  onSortChange: (sort: Sort<Key>) => void;
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
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
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
