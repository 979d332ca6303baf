// Files chosen for import, kept in memory between the wizard's steps (sheet, mapping, check,
// import) and forgotten when the import finishes or is cancelled.
import type { ImportBook } from './table';

export type StagedImport = { id: string; fileName: string; book: ImportBook };

export class ImportSessions {
  private readonly staged = new Map<string, StagedImport>();

  constructor(private readonly keep = 3) {}

  add(staged: StagedImport): void {
    this.staged.set(staged.id, staged);
    while (this.staged.size > this.keep) this.staged.delete(this.staged.keys().next().value!);
  }

  get(id: string): StagedImport | undefined {
    return this.staged.get(id);
  }

  forget(id: string): boolean {
    return this.staged.delete(id);
  }
}
