// The import wizard's state: the file's preview as the backend last checked it, and the
// choices that change it (sheet, mapping, what to do with matches).
import { useState } from 'react';
import type { ImportField, ImportTarget } from '../../../shared/imports/fields';
import type { DuplicateAction, ImportPreview, ImportSummary } from '../../../shared/imports/schema';
import { errorMessage, RequestError } from '../../app/client';
import { asBase64 } from '../../app/files';
import { useCancelImport, useCommitImport, usePreviewImport } from './queries';

export type WizardStep = 'file' | 'columns' | 'rows' | 'import';
/** `duplicates` unset: what the file suggests (a contact card's gaps filled in; a spreadsheet's match skipped). */
type Choices = {
  duplicates?: DuplicateAction;
  decisions: Record<string, DuplicateAction>;
  /** For values not on a list, by field then value: the code to store, or '' to leave it empty. */
  values?: Partial<Record<ImportField, Record<string, string>>>;
  /** Rows of one employer that differ: by the first row, then field, the row whose value is kept. */
  keep?: Record<string, Record<string, number>>;
};

export function useImportWizard() {
  const [step, setStep] = useState<WizardStep>('file');
  const [target, setTarget] = useState<ImportTarget>('employers');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Choices>({ decisions: {} });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const previewFile = usePreviewImport();
  const commitImport = useCommitImport();
  const cancelImport = useCancelImport();

  const check = async (run: () => Promise<ImportPreview>, next?: WizardStep) => {
    setBusy(true);
    setProblem(null);
    try {
      setPreview(await run());
      if (next) setStep(next);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const again = (
    changes: { sheet?: string; mapping?: (ImportField | null)[] } & Partial<Choices>,
    next?: WizardStep,
  ) => {
    if (!preview) return Promise.resolve();
    const merged = { ...choices, ...changes };
    setChoices({
      duplicates: merged.duplicates,
      decisions: merged.decisions,
      values: merged.values,
      keep: merged.keep,
    });
    return check(
      () =>
        previewFile.mutateAsync({
          importId: preview.importId,
          target,
          sheet: changes.sheet ?? preview.sheet ?? undefined,
          mapping: changes.sheet ? undefined : (changes.mapping ?? preview.mapping),
          duplicates: merged.duplicates,
          decisions: merged.decisions,
          values: merged.values,
          keep: merged.keep,
        }),
      next,
    );
  };

  return {
    step,
    setStep,
    target,
    preview,
    choices,
    busy,
    problem,
    summary,
    chooseTarget: (value: ImportTarget) => {
      setTarget(value);
      setPreview(null);
    },
    readFile: (file: File) =>
      check(
        async () => previewFile.mutateAsync({ target, file: { name: file.name, contentBase64: await asBase64(file) } }),
        'columns',
      ),
    changeSheet: (sheet: string) => again({ sheet }),
    changeMapping: (mapping: (ImportField | null)[]) => again({ mapping }),
    checkRows: () => again({}, 'rows'),
    decideAll: (duplicates: DuplicateAction) => again({ duplicates, decisions: {} }),
    decide: (row: number, action: DuplicateAction) =>
      again({ decisions: { ...choices.decisions, [String(row)]: action } }),
    storeValueAs: (field: ImportField, value: string, code: string) =>
      again({ values: { ...choices.values, [field]: { ...choices.values?.[field], [value]: code } } }),
    /** Of the rows of one employer (known by its first row), the one whose value of `field` is kept. */
    keepValueFrom: (firstRow: number, field: string, row: number) =>
      again({ keep: { ...choices.keep, [String(firstRow)]: { ...choices.keep?.[String(firstRow)], [field]: row } } }),
    commit: async () => {
      if (!preview) return;
      setStep('import');
      setBusy(true);
      setProblem(null);
      try {
        setSummary(
          await commitImport.mutateAsync({
            importId: preview.importId,
            target,
            sheet: preview.sheet ?? undefined,
            mapping: preview.mapping,
            ...choices,
          }),
        );
      } catch (error) {
        const cancelled = error instanceof RequestError && error.error.code === 'cancelled';
        setProblem(cancelled ? 'You cancelled the import. Nothing was added or changed.' : errorMessage(error));
      } finally {
        setBusy(false);
      }
    },
    cancel: () => (preview ? cancelImport.mutateAsync({ importId: preview.importId }) : Promise.resolve()),
    startAgain: () => {
      if (preview) cancelImport.mutate({ importId: preview.importId });
      setPreview(null);
      setSummary(null);
      setProblem(null);
      setChoices({ decisions: {} });
      setStep('file');
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
