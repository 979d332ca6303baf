import { useRecordMutation } from '../../app/mutations';

export const useEndAffiliation = () => useRecordMutation('affiliations.end');
export const useSetPrimary = () => useRecordMutation('affiliations.setPrimary');
