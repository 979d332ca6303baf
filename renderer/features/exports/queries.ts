import { useRecordMutation } from '../../app/mutations';

// Files made or opened outside the record: nothing shown changes.
export const useExportEverything = () => useRecordMutation('exports.all', { refresh: 'nothing' });
export const useExportList = () => useRecordMutation('exports.table', { refresh: 'nothing' });
export const useOpenExported = () => useRecordMutation('exports.open', { refresh: 'nothing' });
export const useShowExported = () => useRecordMutation('exports.showInFolder', { refresh: 'nothing' });
