// Evidence files are copied into the data folder, named by the evidence id, with a SHA-256
// checksum so a file changed or damaged later is noticed before it is shown as proof.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { maxEvidenceBytes } from '../../../shared/evidence/schema';
import { storedEvidenceName } from '../../../shared/exports/schema';
import { DomainError } from '../../../shared/result';
import { fileTypeProblem } from './file-types';

export type FileSource = { path: string } | { name: string; contentBase64: string };
export type StoredFile = { fileName: string; storedName: string; mediaType: string; sizeBytes: number; sha256: string };

const mediaTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.eml': 'message/rfc822',
  '.msg': 'application/vnd.ms-outlook',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.txt': 'text/plain',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const evidenceFolder = (dataDir: string) => path.join(dataDir, 'evidence');

/** The name a file is kept under: the evidence id and the extension of the name it came with. */
export function storedNameFor(id: string, fileName: string): string {
  const extension = path.extname(fileName).toLowerCase();
  return `${id}${/^\.[a-z0-9]{1,8}$/.test(extension) ? extension : ''}`;
}

export const mediaTypeOf = (fileName: string) =>
  mediaTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';

/**
 * Where a kept file is: only ever a file directly in the evidence folder, named as Bridgework
 * names them, and not a link to somewhere else. Anything else is refused, so no record (say one
 * brought in by a crafted archive) can make Bridgework open, copy or delete a file elsewhere.
 */
export async function evidencePath(dataDir: string, storedName: string): Promise<string> {
  const folder = evidenceFolder(dataDir);
  const file = path.join(folder, storedName);
  const outside = new DomainError(
    'invalid_input',
    'This evidence points outside Bridgework’s evidence folder, so Bridgework will not use it.',
  );
  if (!storedEvidenceName.test(storedName)) throw outside;
  const real = await fs.realpath(file).catch(() => null);
  const realFolder = await fs.realpath(folder).catch(() => folder);
  if (real !== null && real !== path.join(realFolder, storedName)) throw outside;
  return file;
}

const tooBig = 'That file is over 50 MB. Attach a smaller copy, or note who confirmed the outcome instead.';

/** The file's bytes and name, or a plain reason it cannot be used. */
export async function readEvidenceFile(source: FileSource): Promise<{ name: string; bytes: Buffer }> {
  if ('contentBase64' in source) {
    const bytes = Buffer.from(source.contentBase64, 'base64');
    if (bytes.length > maxEvidenceBytes) throw new DomainError('invalid_input', tooBig, 'file');
    return checkedFile(path.basename(source.name), bytes);
  }
  const stat = await fs.stat(source.path).catch((error: NodeJS.ErrnoException) => {
    throw new DomainError('invalid_input', readProblem(error), 'file');
  });
  if (stat.isDirectory()) throw new DomainError('invalid_input', 'That is a folder. Choose a single file.', 'file');
  if (!stat.isFile()) {
    throw new DomainError(
      'invalid_input',
      'That is not an ordinary file (it may be a device or a link). Choose a document or image.',
      'file',
    );
  }
  if (stat.size > maxEvidenceBytes) throw new DomainError('invalid_input', tooBig, 'file');
  const bytes = await fs.readFile(source.path).catch((error: NodeJS.ErrnoException) => {
    throw new DomainError('invalid_input', readProblem(error), 'file');
  });
  return checkedFile(path.basename(source.path), bytes);
}

function checkedFile(name: string, bytes: Buffer) {
  const problem = fileTypeProblem(mediaTypeOf(name), bytes);
  if (problem) throw new DomainError('invalid_input', problem, 'file');
  return { name, bytes };
}

function readProblem(error: NodeJS.ErrnoException) {
  if (error.code === 'ENOENT') return 'That file could not be found. Check where it is and choose it again.';
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return 'Bridgework is not allowed to read that file. Check you can open it yourself, then try again.';
  }
  return 'That file could not be read. Try saving a copy of it somewhere else and attach the copy.';
}

export const checksum = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Copies the bytes into the evidence folder; written to a temporary name first, so a crash leaves no half file. */
export async function storeEvidenceFile(
  dataDir: string,
  id: string,
  file: { name: string; bytes: Buffer },
): Promise<StoredFile> {
  const folder = evidenceFolder(dataDir);
  await fs.mkdir(folder, { recursive: true });
  const storedName = storedNameFor(id, file.name);
  const temporary = path.join(folder, `${storedName}.partial`);
  await fs.writeFile(temporary, file.bytes);
  await fs.rename(temporary, path.join(folder, storedName));
  return {
    fileName: file.name,
    storedName,
    mediaType: mediaTypeOf(file.name),
    sizeBytes: file.bytes.length,
    sha256: checksum(file.bytes),
  };
}

/** Deletes kept files. A name Bridgework would not give is left alone: it could point anywhere. */
export async function removeEvidenceFiles(dataDir: string, storedNames: string[]): Promise<void> {
  await Promise.all(
    storedNames.map(async (name) => {
      const file = await evidencePath(dataDir, name).catch(() => null);
      if (file) await fs.rm(file, { force: true });
    }),
  );
}

/** The stored file's path, once its checksum shows it is the file that was attached. */
export async function verifiedEvidencePath(dataDir: string, storedName: string, sha256: string): Promise<string> {
  const file = await evidencePath(dataDir, storedName);
  const bytes = await fs.readFile(file).catch(() => {
    throw new DomainError('not_found', `The file is missing from the data folder (${file}). Attach it again.`);
  });
  if (checksum(bytes) !== sha256) {
    throw new DomainError(
      'conflict',
      `The file in the data folder has changed since it was attached, so it may not be the evidence you saved. Attach the original again.`,
    );
  }
  return file;
}
