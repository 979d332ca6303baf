// The words of an email, as notes a person can read: HTML made plain (tables kept as rows, no
// styles or scripts), line ends made one kind and long runs of blank lines closed up.
import { convert } from 'html-to-text';

const maxNotes = 50000;

export function htmlAsText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', format: 'dataTable', options: { colSpacing: 2, uppercaseHeaderCells: false } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
    ],
  });
}

export function tidyText(text: string): string {
  const tidy = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy.length > maxNotes
    ? `${tidy.slice(0, maxNotes - 60).trimEnd()}\n\n[The rest of the email was left out.]`
    : tidy;
}

export const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
};

/** A subject as a contact's one-line summary. */
export function summaryOf(subject: string, fallback: string): string {
  const flat = subject.replace(/\s+/g, ' ').trim() || fallback;
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
