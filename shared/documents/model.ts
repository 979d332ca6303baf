// A document to hand to a funder, independent of its file format: a case study or a report is
// built once as blocks, then written as HTML (and so PDF), Word, Markdown or spreadsheets.
import { formatDate } from '../dates';

/** A share is written "12 of 40 (30%)" and goes to a spreadsheet as its count, whole and fraction. */
export type Share = { count: number; of: number };
export type Cell = string | number | Share | null;

/** `date` cells are ISO days, `month` cells are `2026-11`. */
export type Column = { label: string; kind: 'text' | 'number' | 'share' | 'date' | 'month' };

export type Table = {
  title: string;
  columns: Column[];
  rows: Cell[][];
  empty: string;
  /** The row that adds the others up, where they do add up; its first cell names it ("Total"). */
  total?: Cell[];
};

export type Chart = {
  title: string;
  /** What the chart shows, in words: the alternative text. */
  description: string;
  categories: string[];
  series: { name: string; colour: string; values: number[] }[];
  stacked: boolean;
};

export type Block =
  /** `minor` for a heading inside a part, like a section of a case study appended to a report. */
  | { kind: 'heading'; text: string; minor?: boolean }
  | { kind: 'paragraph'; text: string }
  /** Text the user wrote, in Markdown. */
  | { kind: 'markdown'; text: string }
  | { kind: 'quote'; text: string; by: string }
  /** `figure`: the value as a number or a share, for a spreadsheet's Summary sheet. */
  | { kind: 'figures'; items: { label: string; value: string; figure?: Cell }[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: Chart }
  | { kind: 'pageBreak' };

/** The charity's logo: a PNG or JPEG as a data URL, with its size in pixels. */
export type Logo = { dataUrl: string; width: number; height: number };
/** Who a document is from: the charity, and the person who produced it (from Settings). */
export type Brand = { name: string; logo: Logo | null; preparedBy?: string };

export type DocumentModel = {
  title: string;
  /** The period, the programme: what a reader needs under the title. */
  subtitle: string;
  producedOn: string;
  brand: Brand;
  blocks: Block[];
};

/** "Produced 24 Nov 2026 by Sam Patel", under every document's title. */
export const producedLine = (doc: DocumentModel) =>
  `Produced ${formatDate(doc.producedOn)}${doc.brand.preparedBy ? ` by ${doc.brand.preparedBy}` : ''}`;

export const isShare = (cell: Cell): cell is Share => typeof cell === 'object' && cell !== null;

/** The same document with every piece of prose passed through `change` (tables and charts keep their labels). */
export function mapDocumentText(doc: DocumentModel, change: (text: string) => string): DocumentModel {
  return {
    ...doc,
    title: change(doc.title),
    blocks: doc.blocks.map((block): Block => {
      switch (block.kind) {
        case 'paragraph':
        case 'markdown':
          return { ...block, text: change(block.text) };
        case 'quote':
          return { ...block, text: change(block.text), by: change(block.by) };
        case 'list':
          return { ...block, items: block.items.map(change) };
        case 'figures':
          return { ...block, items: block.items.map((item) => ({ ...item, value: change(item.value) })) };
        default:
          return block;
      }
    }),
  };
}

/** Every piece of prose in a document, for checking what it says. */
export function documentText(doc: DocumentModel): string[] {
  const texts: string[] = [];
  mapDocumentText(doc, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}
