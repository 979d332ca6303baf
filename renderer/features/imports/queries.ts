import { useRecordMutation } from '../../app/mutations';

export const useImportArchive = () => useRecordMutation('imports.archive');
export const usePreviewImport = () => useRecordMutation('imports.preview', { refresh: 'nothing' });
export const useCommitImport = () => useRecordMutation('imports.commit');
export const useCancelImport = () => useRecordMutation('imports.cancel', { refresh: 'nothing' });
