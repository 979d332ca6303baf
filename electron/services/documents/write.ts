// A document written in the format asked for, with a step for each stage so a long export
// shows its progress and can be cancelled before anything is written.
import { chartSize, chartSvg } from '../../../shared/documents/chartSvg';
import { documentToHtml } from '../../../shared/documents/html';
import { documentToMarkdown } from '../../../shared/documents/markdown';
import type { DocumentModel } from '../../../shared/documents/model';
import { pdfLayout } from '../../../shared/documents/print';
import type { ExportedFile } from '../../../shared/exports/schema';
import type { System } from '../../kernel/context';
import { writeExport } from '../exports/files';
import type { Job } from '../jobs/registry';
import { documentToCsv, documentToXlsx } from './spreadsheet';

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'md' | 'xlsx' | 'csv';

/** The steps `writeDocument` takes, for a job's progress bar. */
export const writingSteps = 2;

export async function writeDocument(
  env: { system: Pick<System, 'printer' | 'exportsDir'> },
  doc: DocumentModel,
  format: DocumentFormat,
  job: Job,
): Promise<ExportedFile> {
  job.step(format === 'pdf' ? 'Printing the PDF' : 'Writing the file');
  const bytes = await documentBytes(env, doc, format);
  job.step('Saving the file');
  return writeExport(env, doc.title, format, bytes);
}

async function documentBytes(
  env: { system: Pick<System, 'printer'> },
  doc: DocumentModel,
  format: DocumentFormat,
): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return env.system.printer.pdf(
        documentToHtml(doc),
        pdfLayout(doc.brand.name ? `${doc.brand.name} · ${doc.title}` : doc.title),
      );
    case 'docx': {
      // Word's library is large and only a Word export needs it: loaded then, so the record
      // opens sooner.
      const { documentToDocx } = await import('./docx');
      return documentToDocx(doc, (chart) =>
        env.system.printer.png(`<!doctype html><body style="margin:0">${chartSvg(chart, 2)}</body>`, {
          width: chartSize.width * 2,
          height: chartSize.height * 2,
        }),
      );
    }
    case 'html':
      return Buffer.from(documentToHtml(doc), 'utf8');
    case 'md':
      return Buffer.from(documentToMarkdown(doc), 'utf8');
    case 'xlsx':
      return documentToXlsx(doc);
    case 'csv':
      return documentToCsv(doc);
  }
}
