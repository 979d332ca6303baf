// Writing an export: into the exports folder under a name a person recognises, never over an
// earlier file, and never half-written (a temporary name until the last byte is on disk).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportedFile } from '../../../shared/exports/schema';
import { DomainError } from '../../../shared/result';
import type { System } from '../../kernel/context';

export async function writeExport(
  env: { system: Pick<System, 'exportsDir'> },
  title: string,
  extension: string,
  bytes: Buffer,
): Promise<ExportedFile> {
  return writeExportWith(env, title, extension, (partial) => fs.writeFile(partial, bytes));
}

/** For files too big to hold in memory: `write` fills the temporary file however it likes. */
export async function writeExportWith(
  env: { system: Pick<System, 'exportsDir'> },
  title: string,
  extension: string,
  write: (partial: string) => Promise<void>,
): Promise<ExportedFile> {
  await fs.mkdir(env.system.exportsDir, { recursive: true });
  const base = fileSafe(title);
  let name = `${base}.${extension}`;
  for (let n = 2; await exists(path.join(env.system.exportsDir, name)); n++) name = `${base} (${n}).${extension}`;
  const file = path.join(env.system.exportsDir, name);
  const partial = `${file}.partial`;
  try {
    await write(partial);
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
  const { size } = await fs.stat(file);
  return { file, name, folder: env.system.exportsDir, bytes: size };
}

/** A file in the exports folder, by name, or a clear refusal: the window may only open what Bridgework wrote. */
export async function requireExportedFile(env: { system: Pick<System, 'exportsDir'> }, name: string): Promise<string> {
  const folder = path.resolve(env.system.exportsDir);
  const file = path.join(folder, name);
  if (path.dirname(file) !== folder) {
    throw new DomainError('invalid_input', 'Bridgework only opens the files it exported.', 'name');
  }
  if (!(await exists(file))) {
    throw new DomainError('not_found', `${name} is no longer in the exports folder. Export it again.`, 'name');
  }
  return file;
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
