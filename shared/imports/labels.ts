import { importFields, type ImportField, type ImportTarget } from './fields';

const notesLabels: Record<ImportTarget, string> = {
  employers: 'Notes about the employer',
  people: 'Notes about the person',
  interactions: 'Notes',
};

/** A field's name on the mapping step; "Notes" says whose notes they are. */
export function importFieldLabel(target: ImportTarget, field: ImportField): string {
  return field === 'notes' ? notesLabels[target] : importFields[field].label;
}
