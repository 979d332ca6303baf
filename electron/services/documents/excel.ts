// ExcelJS takes a third of a second to load, so it is loaded the first time a workbook is read
// or written, not when Bridgework starts.
import type ExcelJS from 'exceljs';

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
