// Which of the renderer's files an `app://` address names: only a file inside the renderer
// folder (a sibling folder whose name merely starts the same way is outside), and nothing for an
// address that cannot be decoded. Kept apart from main.ts so it is tested without Electron.
import path from 'node:path';

export function rendererFile(rendererDir: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${path.sep}${pathname}`);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}
