import { useRecordMutation } from '../../app/mutations';

/** Reads the files and says what each would become; nothing in the record changes. */
export const usePreviewMail = () => useRecordMutation('mail.preview', { refresh: 'nothing' });
export const useLogMail = () => useRecordMutation('mail.commit');
