// A document as Word: real headings, lists and tables, charts as pictures, A4 with page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Marked, type Token, type Tokens } from 'marked';
import { cellText, readsAsWords } from '../../../shared/documents/cells';
import { chartSize } from '../../../shared/documents/chartSvg';
import {
  producedLine,
  type Block,
  type Chart,
  type Column,
  type DocumentModel,
  type Table as DocumentTable,
} from '../../../shared/documents/model';

export type ChartPictures = (chart: Chart) => Promise<Buffer>;

const accent = '0C7F6F';
const lexer = new Marked({ gfm: true });

export async function documentToDocx(doc: DocumentModel, chartPicture: ChartPictures): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [];
  const { logo, name: charityName } = doc.brand;
  if (logo) {
    const height = 48;
    body.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: logo.dataUrl.startsWith('data:image/png') ? 'png' : 'jpg',
            data: Buffer.from(logo.dataUrl.split(',')[1] ?? '', 'base64'),
            transformation: { height, width: Math.round((logo.width / Math.max(1, logo.height)) * height) },
          }),
        ],
      }),
    );
  }
  if (charityName)
    body.push(new Paragraph({ children: [new TextRun({ text: charityName, bold: true, color: accent })] }));
  body.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 24, color: '495057' })] }),
    new Paragraph({
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 6 } },
      children: [new TextRun({ text: producedLine(doc), size: 19, color: '6B7177' })],
    }),
  );
  for (const block of doc.blocks) body.push(...(await blockToDocx(block, chartPicture)));
  const document = new Document({
    creator: doc.brand.preparedBy || charityName || 'Bridgework',
    title: doc.title,
    description: doc.subtitle,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: 'Arial', size: 44, bold: true, color: '212529' }, paragraph: { spacing: { after: 80 } } },
        heading1: {
          run: { font: 'Arial', size: 28, bold: true, color: '0A5F54' },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: 'Arial', size: 24, bold: true, color: '0A5F54' },
          paragraph: { spacing: { before: 280, after: 100 } },
        },
        heading3: {
          run: { font: 'Arial', size: 22, bold: true, color: '212529' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1247, bottom: 1134, left: 1020, right: 1020 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 17,
                    color: '6B7177',
                    children: [
                      `${charityName ? `${charityName} · ` : ''}${doc.title} · Page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

async function blockToDocx(block: Block, chartPicture: ChartPictures): Promise<(Paragraph | Table)[]> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.minor ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'markdown':
      return markdownToDocx(block.text);
    case 'quote':
      return quoteToDocx(block.text, block.by);
    case 'figures':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${item.label}: `, color: '495057' }),
              new TextRun({ text: item.value, bold: true }),
            ],
          }),
      );
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table':
      return tableToDocx(block.table);
    case 'chart': {
      const picture = await chartPicture(block.chart);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: picture,
              transformation: { width: chartSize.width * 0.92, height: chartSize.height * 0.92 },
              altText: { name: block.chart.title, title: block.chart.title, description: block.chart.description },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: block.chart.title, size: 19, color: '495057' })] }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function quoteToDocx(text: string, by: string): Paragraph[] {
  const quoted = {
    indent: { left: 360 },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: accent, space: 8 } },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F8F6' },
  };
  const lines = text
    .trim()
    .split(/\n{2,}/)
    .map((part) => new Paragraph({ ...quoted, children: [new TextRun({ text: part, italics: true })] }));
  if (by) lines.push(new Paragraph({ ...quoted, children: [new TextRun({ text: `— ${by}`, color: '495057' })] }));
  return lines;
}

/** The user's Markdown as Word paragraphs: headings, lists, quotes, bold, italic, links as text. */
export function markdownToDocx(text: string): Paragraph[] {
  return lexer.lexer(text).flatMap((token) => blockTokenToDocx(token));
}

function blockTokenToDocx(token: Token, level = 0): Paragraph[] {
  switch (token.type) {
    case 'heading':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: inlineRuns((token as Tokens.Heading).tokens) }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns((token as Tokens.Paragraph).tokens) })];
    case 'list': {
      const list = token as Tokens.List;
      return list.items.flatMap((item, index) =>
        item.tokens.flatMap((child) =>
          child.type === 'text' || child.type === 'paragraph'
            ? [
                new Paragraph({
                  bullet: { level },
                  children: [
                    ...(list.ordered ? [new TextRun(`${Number(list.start || 1) + index}. `)] : []),
                    ...inlineRuns((child as Tokens.Text).tokens ?? [child]),
                  ],
                }),
              ]
            : blockTokenToDocx(child, level + 1),
        ),
      );
    }
    case 'blockquote':
      return quoteToDocx((token as Tokens.Blockquote).text, '');
    case 'code':
      return [new Paragraph({ children: [new TextRun({ text: (token as Tokens.Code).text, font: 'Courier New' })] })];
    case 'space':
    case 'hr':
      return [];
    default:
      return 'text' in token && typeof token.text === 'string'
        ? [new Paragraph({ children: [new TextRun(token.text)] })]
        : [];
  }
}

type Emphasis = { bold?: boolean; italics?: boolean };

function inlineRuns(tokens: Token[] | undefined, emphasis: Emphasis = {}): TextRun[] {
  return (tokens ?? []).flatMap((token): TextRun[] => {
    switch (token.type) {
      case 'strong':
        return inlineRuns((token as Tokens.Strong).tokens, { ...emphasis, bold: true });
      case 'em':
        return inlineRuns((token as Tokens.Em).tokens, { ...emphasis, italics: true });
      case 'link': {
        const link = token as Tokens.Link;
        return [...inlineRuns(link.tokens, emphasis), new TextRun({ text: ` (${link.href})`, ...emphasis })];
      }
      case 'br':
        return [new TextRun({ break: 1 })];
      case 'codespan':
        return [new TextRun({ text: (token as Tokens.Codespan).text, font: 'Courier New', ...emphasis })];
      default: {
        const nested = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
        if (nested?.length) return inlineRuns(nested, emphasis);
        return [new TextRun({ text: decodeEntities('text' in token ? String(token.text) : token.raw), ...emphasis })];
      }
    }
  });
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );
}

const rule = { style: BorderStyle.SINGLE, size: 4, color: 'DEE2E6' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function tableToDocx(table: DocumentTable): (Paragraph | Table)[] {
  const title = new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(table.title)] });
  if (table.rows.length === 0)
    return [title, new Paragraph({ children: [new TextRun({ text: table.empty, color: '6B7177' })] })];
  const align = (kind: Column['kind']) => (readsAsWords(kind) ? AlignmentType.LEFT : AlignmentType.RIGHT);
  const size = table.columns.length > 7 ? 15 : 20;
  const cell = (text: string, kind: Column['kind'], header: boolean, bold = header) =>
    new TableCell({
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E9F4F1' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ alignment: align(kind), children: [new TextRun({ text, bold, size })] })],
    });
  const row = (values: DocumentTable['rows'][number], bold: boolean) =>
    new TableRow({
      children: values.map((value, index) => {
        const column = table.columns[index]!;
        return cell(cellText(value, column), column.kind, false, bold);
      }),
    });
  return [
    title,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: rule,
        bottom: rule,
        left: none,
        right: none,
        insideHorizontal: rule,
        insideVertical: none,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          children: table.columns.map((column) => cell(column.label, column.kind, true)),
        }),
        ...table.rows.map((values) => row(values, false)),
        ...(table.total ? [row(table.total, true)] : []),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}
