import { change, useRecordMutation } from '../../app/mutations';

export const useSetPassphrase = () => useRecordMutation('security.setPassphrase');
export const useUnlock = () => useRecordMutation('security.unlock');

/** Locks the record; what is shown then asks again, is answered "locked", and the lock screen comes up. */
export function lockNow() {
  void change('security.lock', undefined).catch(() => undefined);
}
