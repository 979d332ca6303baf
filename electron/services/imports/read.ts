// Any file a person might choose to import, read into sheets of text cells.
import { DomainError } from '../../../shared/result';
import { readDelimited } from './csv';
import type { ImportBook } from './table';
import { isVCard, readVCards } from './vcard';
import { readWorkbook } from './xlsx';

export async function readImportFile(fileName: string, bytes: Buffer): Promise<ImportBook> {
  if (bytes.length === 0) throw new DomainError('invalid_input', `${fileName} is empty. Choose another file.`, 'file');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) return readWorkbook(bytes);
  // Text never holds a zero byte, except UTF-16 (Excel's "Unicode text"), which starts with its mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName) || (!utf16 && bytes.includes(0))) {
    throw new DomainError(
      'invalid_input',
      `Bridgework cannot read ${fileName}. Save it from your spreadsheet as .xlsx or .csv, then choose it again.`,
      'file',
    );
  }
  if (isVCard(bytes)) return readVCards(bytes);
  return readDelimited(bytes);
}
