// Reading an archive file: only an ordinary file of a sensible size, read line by line with a cap
// on each line, so a device, a pipe or one endless line is refused instead of hanging or
// exhausting memory. Its checksum comes with it, so a second reading can tell it is the same file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { DomainError } from '../../../shared/result';
import { maxEvidenceBytes } from '../../../shared/evidence/schema';

export const maxArchiveBytes = 8 * 1024 ** 3;
// The longest line: an evidence file of 50 MB, base64-encoded, with its name.
const maxLineBytes = Math.ceil((maxEvidenceBytes * 4) / 3) + 4096;

export async function checkArchiveFile(file: string, fileName: string): Promise<void> {
  const stat = await fs.promises.stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new DomainError(
      error.code === 'ENOENT' ? 'not_found' : 'invalid_input',
      error.code === 'ENOENT'
        ? `There is no file at ${file}. Choose the archive again.`
        : `${fileName} could not be read. Check you can open it yourself, then try again.`,
      'file',
    );
  });
  if (stat.isDirectory())
    throw new DomainError('invalid_input', `${fileName} is a folder. Choose the archive file.`, 'file');
  if (!stat.isFile()) {
    throw new DomainError(
      'invalid_input',
      `${fileName} is not an ordinary file (it may be a device or a pipe). Choose the archive file.`,
      'file',
    );
  }
  if (stat.size > maxArchiveBytes) {
    throw new DomainError(
      'invalid_input',
      `${fileName} is ${(stat.size / 1024 ** 3).toFixed(1)} GB. Bridgework imports archives of up to 8 GB.`,
      'file',
    );
  }
}

/** The file's lines, each with its number; `digest()` gives the checksum of what was read. */
export function archiveLines(file: string, fileName: string) {
  const hash = createHash('sha256');
  async function* lines(): AsyncGenerator<{ line: string; number: number }> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let number = 0;
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, end));
        number++;
        yield { line: Buffer.concat(pending).toString('utf8'), number };
        pending = [];
        pendingBytes = 0;
        start = end + 1;
      }
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) {
        throw new DomainError(
          'invalid_input',
          `Line ${number + 1} of ${fileName} is far longer than any line Bridgework writes, so nothing was imported. Export the archive again.`,
          'file',
        );
      }
    }
    if (pendingBytes > 0) yield { line: Buffer.concat(pending).toString('utf8'), number: number + 1 };
  }
  return { lines: lines(), digest: () => hash.digest('hex') };
}
