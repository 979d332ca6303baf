// Writing an export: into the exports folder under a name a person recognises, never over an
// earlier file, and never half-written (a temporary name until the last byte is on disk).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportedFile } from '../../../shared/exports/schema';
import { DomainError } from '../../../shared/result';
import type { Environment } from '../context';

export async function writeExport(
  env: Pick<Environment, 'exportsDir'>,
  title: string,
  extension: string,
  bytes: Buffer,
): Promise<ExportedFile> {
  await fs.mkdir(env.exportsDir, { recursive: true });
  const base = fileSafe(title);
  let name = `${base}.${extension}`;
  for (let n = 2; await exists(path.join(env.exportsDir, name)); n++) name = `${base} (${n}).${extension}`;
  const file = path.join(env.exportsDir, name);
  const partial = `${file}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, file);
  return { file, name, folder: env.exportsDir, bytes: bytes.length };
}

/** A file in the exports folder, or a clear refusal: the window may only open what Bridgework wrote. */
export async function requireExportedFile(env: Pick<Environment, 'exportsDir'>, file: string): Promise<string> {
  const resolved = path.resolve(file);
  if (path.dirname(resolved) !== path.resolve(env.exportsDir)) {
    throw new DomainError('invalid_input', 'Bridgework only opens the files it exported.', 'file');
  }
  if (!(await exists(resolved))) {
    throw new DomainError(
      'not_found',
      `${path.basename(resolved)} is no longer in the exports folder. Export it again.`,
      'file',
    );
  }
  return resolved;
}

function fileSafe(title: string): string {
  const safe = title
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return safe || 'Bridgework export';
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
