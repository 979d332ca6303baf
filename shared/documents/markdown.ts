// A document as Markdown: headings, the user's own Markdown as written, tables as pipe tables.
import { cellText, readsAsWords } from './cells';
import { producedLine, type Block, type DocumentModel, type Table } from './model';

export function documentToMarkdown(doc: DocumentModel): string {
  const head = [
    `# ${doc.title}`,
    '',
    `${doc.subtitle}  `,
    `${doc.brand.name ? `${doc.brand.name} · ` : ''}${producedLine(doc)}`,
  ];
  return (
    [...head, ...doc.blocks.flatMap(blockToMarkdown)]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

function blockToMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return ['', `${block.minor ? '###' : '##'} ${block.text}`, ''];
    case 'paragraph':
    case 'markdown':
      return ['', block.text.trim(), ''];
    case 'quote':
      return [
        '',
        ...block.text
          .trim()
          .split('\n')
          .map((line) => `> ${line}`),
        block.by ? `> — ${block.by}` : '',
        '',
      ];
    case 'figures':
      return ['', ...block.items.map((item) => `- **${item.label}:** ${item.value}`), ''];
    case 'list':
      return ['', ...block.items.map((item) => `- ${item}`), ''];
    case 'table':
      return ['', ...tableToMarkdown(block.table), ''];
    case 'chart':
      return ['', `*${block.chart.title}: ${block.chart.description}*`, ''];
    case 'pageBreak':
      return [];
  }
}

function tableToMarkdown(table: Table): string[] {
  const title = `**${table.title}**`;
  if (table.rows.length === 0) return [title, '', table.empty];
  const pipe = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    title,
    '',
    pipe(table.columns.map((column) => column.label)),
    pipe(table.columns.map((column) => (readsAsWords(column.kind) ? '---' : '---:'))),
    ...table.rows.map((row) => pipe(row.map((cell, index) => cellText(cell, table.columns[index]!)))),
    ...(table.total
      ? [
          pipe(
            table.total.map((cell, index) => `**${cellText(cell, table.columns[index]!)}**`.replace(/^\*\*\*\*$/, '')),
          ),
        ]
      : []),
  ];
}
