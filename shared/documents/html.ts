// A document as one self-contained HTML page: the preview in the app, the HTML export, and the
// page Chromium prints to PDF. Everything it needs is inline; nothing is fetched.
import { Marked } from 'marked';
import { cellText, readsAsWords } from './cells';
import { chartSvg, escapeXml } from './chartSvg';
import { producedLine, type Block, type Cell, type Column, type DocumentModel, type Table } from './model';

// What the user writes is Markdown, never HTML: any HTML in it is shown as text. A document is
// inert: links go only to web pages and email addresses (a `javascript:` link is just its words),
// and pictures only from inside the document (a remote one would tell its owner who opened it).
const markdown = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }) => escapeXml(text),
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return /^(https?:|mailto:)/i.test(href.trim()) ? `<a href="${escapeXml(href.trim())}">${text}</a>` : text;
    },
    image: ({ href, text }) =>
      /^data:image\/(png|jpeg|gif|webp);base64,/i.test(href)
        ? `<img src="${escapeXml(href)}" alt="${escapeXml(text)}" />`
        : escapeXml(text),
  },
});

// Nothing in an exported page may run or be fetched, wherever it is opened.
const contentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export function markdownToHtml(text: string): string {
  return markdown.parse(text) as string;
}

export function documentToHtml(doc: DocumentModel): string {
  const logo = doc.brand.logo ? `<img class="logo" src="${escapeXml(doc.brand.logo.dataUrl)}" alt="" />` : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />
<title>${escapeXml(doc.title)}</title>
<style>${styles}</style>
</head>
<body>
<header class="cover">
${logo}${doc.brand.name ? `<p class="charity">${escapeXml(doc.brand.name)}</p>` : ''}
<h1>${escapeXml(doc.title)}</h1>
<p class="subtitle">${escapeXml(doc.subtitle)}</p>
<p class="produced">${escapeXml(producedLine(doc))}</p>
</header>
<main>
${parts(doc.blocks)
  .map(
    (part) => `<div class="${part.every(isProse) ? 'part prose' : 'part'}">${part.map(blockToHtml).join('\n')}</div>`,
  )
  .join('\n')}
</main>
</body>
</html>
`;
}

const isProse = (block: Block) => ['heading', 'paragraph', 'markdown', 'quote', 'list'].includes(block.kind);

/**
 * The blocks in parts, each a heading and what follows it. A printed page keeps a part of prose
 * whole where it fits; a part with charts and tables flows on, each chart and table kept whole.
 */
function parts(blocks: Block[]): Block[][] {
  const grouped: Block[][] = [[]];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'pageBreak') grouped.push([]);
    grouped.at(-1)!.push(block);
  }
  return grouped.filter((part) => part.length > 0);
}

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.minor ? `<h3>${escapeXml(block.text)}</h3>` : `<h2>${escapeXml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeXml(block.text)}</p>`;
    case 'markdown':
      return `<div class="written">${markdownToHtml(block.text)}</div>`;
    case 'quote':
      return `<blockquote>${markdownToHtml(block.text)}${block.by ? `<footer>${escapeXml(block.by)}</footer>` : ''}</blockquote>`;
    case 'figures':
      return `<dl class="figures">${block.items
        .map((item) => `<div><dt>${escapeXml(item.label)}</dt><dd>${escapeXml(item.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return tableToHtml(block.table);
    case 'chart':
      return `<figure class="chart">${chartSvg(block.chart)}<figcaption>${escapeXml(block.chart.title)}</figcaption></figure>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function tableToHtml(table: Table): string {
  const caption = `<h3>${escapeXml(table.title)}</h3>`;
  if (table.rows.length === 0)
    return `<section class="table">${caption}<p class="empty">${escapeXml(table.empty)}</p></section>`;
  const align = (kind: Column['kind']) => (readsAsWords(kind) ? '' : ' class="num"');
  const wide = table.columns.length > 7 ? ' class="wide"' : '';
  const cells = (row: Cell[]) =>
    row
      .map((cell, index) => {
        const column = table.columns[index]!;
        return `<td${align(column.kind)}>${escapeXml(cellText(cell, column))}</td>`;
      })
      .join('');
  const total = table.total ? `<tfoot><tr>${cells(table.total)}</tr></tfoot>` : '';
  return `<section class="table">${caption}<table${wide}><thead><tr>${table.columns
    .map((column) => `<th scope="col"${align(column.kind)}>${escapeXml(column.label)}</th>`)
    .join(
      '',
    )}</tr></thead><tbody>${table.rows.map((row) => `<tr>${cells(row)}</tr>`).join('')}</tbody>${total}</table></section>`;
}

const styles = `
@page { size: A4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 780px; padding: 24px; color: #212529; font: 11pt/1.55 Helvetica, Arial, sans-serif; background: #fff; }
@media print { body { padding: 0; max-width: none; } }
.cover { border-bottom: 3px solid #0c7f6f; padding-bottom: 14px; margin-bottom: 20px; }
.logo { max-height: 56px; max-width: 220px; display: block; margin-bottom: 10px; }
.charity { margin: 0; color: #0c7f6f; font-weight: 700; letter-spacing: .02em; }
h1 { font-size: 22pt; line-height: 1.2; margin: 6px 0 6px; }
.subtitle { margin: 0; font-size: 12pt; color: #495057; }
.produced { margin: 4px 0 0; font-size: 9.5pt; color: #6b7177; }
h2 { font-size: 14pt; color: #0a5f54; margin: 22px 0 6px; break-after: avoid; }
h3 { font-size: 11pt; margin: 14px 0 4px; break-after: avoid; }
p, ul, ol { margin: 0 0 8px; }
.written h1, .written h2, .written h3 { font-size: 11.5pt; color: #212529; }
blockquote { margin: 10px 0; padding: 8px 14px; border-left: 4px solid #0c7f6f; background: #f1f8f6; font-style: italic; }
blockquote footer { font-style: normal; font-size: 10pt; color: #495057; margin-top: 4px; }
blockquote footer::before { content: "— "; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin: 8px 0 12px; }
.figures div { border: 1px solid #dee2e6; border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
.figures dt { font-size: 9.5pt; color: #495057; }
.figures dd { margin: 2px 0 0; font-size: 12.5pt; font-weight: 700; }
.table { break-inside: avoid; margin-bottom: 8px; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; }
th, td { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid #dee2e6; vertical-align: top; }
th { border-bottom: 2px solid #adb5bd; font-weight: 700; }
td:first-child { white-space: nowrap; }
table.wide { font-size: 8.5pt; }
table.wide th, table.wide td { padding-right: 5px; }
.num { text-align: right; }
.empty { color: #6b7177; }
.chart { margin: 8px 0 14px; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.chart figcaption { font-size: 9.5pt; color: #495057; }
.page-break { break-after: page; }
.part.prose { break-inside: avoid-page; }
tfoot td { font-weight: 700; border-top: 2px solid #495057; }
`;
