// Contacts exported from Outlook, Google or a phone (vCard 2.1, 3.0 and 4.0), as a table of
// people: ORG becomes their employer and TITLE their job title.
import iconv from 'iconv-lite';
import { decode as decodeQuotedPrintable } from 'libqp';
import { decode } from './encoding';
import { RowLimits } from './limits';
import type { ImportBook, ImportRow } from './table';

const headers = [
  'Name',
  'Email',
  'Phone',
  'Other email addresses',
  'Other phone numbers',
  'Organisation',
  'Job title',
  'Notes',
];

type Property = { name: string; params: string; value: string };

export function isVCard(bytes: Buffer): boolean {
  return /^\s*BEGIN:VCARD/i.test(decode(bytes.subarray(0, 200)).text.replace(/^\uFEFF/, ''));
}

export function readVCards(bytes: Buffer): ImportBook {
  const { text, encoding } = decode(bytes);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows: ImportRow[] = [];
  const limits = new RowLimits();
  let card: Property[] | null = null;
  let cards = 0;
  // A line starting with a space or tab continues the one before (RFC 6350 folding); so does
  // the line after a quoted-printable one ending in "=" (vCard 2.1, as Outlook writes it).
  const unfolded: { line: string }[] = [];
  lines.forEach((line) => {
    const previous = unfolded[unfolded.length - 1];
    if (previous && quotedPrintable(previous.line) && previous.line.endsWith('='))
      previous.line = previous.line.slice(0, -1) + line;
    else if (/^[ \t]/.test(line) && previous) previous.line += line.slice(1);
    else unfolded.push({ line });
  });
  for (const { line } of unfolded) {
    if (/^BEGIN:VCARD$/i.test(line.trim())) {
      card = [];
    } else if (/^END:VCARD$/i.test(line.trim()) && card) {
      // Cards are numbered in the file's order; a person knows them by their names.
      limits.take(rows, ++cards, cardToCells(card));
      card = null;
    } else if (card) {
      const property = parseProperty(line);
      if (property) card.push(property);
    }
  }
  limits.finish();
  const sheet = {
    name: null,
    headers,
    rows: rows.map(({ row, cells }) => ({
      row,
      cells: headers.map((_h, i) => cells[i] ?? ''),
      label: cells[0] || `Card ${row}`,
    })),
  };
  // A contact already known most often comes again with something new: filled in, not skipped.
  return { readAs: `Contacts (vCard), ${encoding}`, sheets: [sheet], whenMatched: 'fill' };
}

function parseProperty(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const [nameWithGroup, ...params] = line.slice(0, colon).split(';');
  const name = (nameWithGroup ?? '').replace(/^.*\./, '').toUpperCase();
  const value = line.slice(colon + 1);
  return {
    name,
    params: params.join(';').toUpperCase(),
    value: quotedPrintable(line) ? fromQuotedPrintable(value, charsetOf(params)) : value,
  };
}

/** vCard 2.1 writes text beyond plain ASCII as quoted-printable: "Siobh=C3=A1n". */
const quotedPrintable = (line: string) =>
  /^[^:]*;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line.slice(0, line.indexOf(':') + 1));

/** The bytes in the charset the card names; without one, as the file's own text is read. */
function fromQuotedPrintable(value: string, charset: string | null): string {
  const bytes = decodeQuotedPrintable(value);
  const text = charset && iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : decode(bytes).text;
  return text.replace(/\r\n?/g, '\n');
}

const charsetOf = (params: string[]) =>
  params.find((param) => /^CHARSET=/i.test(param))?.slice('CHARSET='.length) ?? null;

function cardToCells(card: Property[]): string[] {
  const all = (name: string) =>
    card
      .filter((p) => p.name === name)
      .sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)))
      .map((p) =>
        unescape(p.value)
          .replace(/^tel:/i, '')
          .replace(/^mailto:/i, '')
          .trim(),
      )
      .filter(Boolean);
  const first = (name: string) => all(name)[0] ?? '';
  const structured = (name: string) => splitStructured(card.find((p) => p.name === name)?.value ?? '');
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = structured('N');
  const name = first('FN') || [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  const emails = all('EMAIL');
  const phones = all('TEL');
  const organisation = structured('ORG')[0] ?? '';
  return [
    name,
    emails[0] ?? '',
    phones[0] ?? '',
    emails.slice(1).join('\n'),
    phones.slice(1).join('\n'),
    organisation,
    first('TITLE'),
    first('NOTE'),
  ];
}

// "TYPE=pref" (3.0), "PREF=1" (4.0), or a bare "PREF" (2.1).
const isPreferred = (p: Property) => /(^|;)(TYPE=[^;]*\bPREF\b|PREF=1|PREF)(;|$)/.test(p.params);

function splitStructured(value: string): string[] {
  return value.split(/(?<!\\);/).map((part) => unescape(part).trim());
}

function unescape(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_all, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}
