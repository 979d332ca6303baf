import { useMemo } from 'react';
import type { Vocabulary } from '../../../shared/contract';
import type { VocabularyListName } from '../../../shared/vocabulary';
import { useVocabularyLists } from './queries';

export function useVocabulary() {
  const query = useVocabularyLists();
  return useMemo(() => vocabularyHelpers(query.data), [query.data]);
}

function vocabularyHelpers(vocabulary: Vocabulary | undefined) {
  return {
    ready: vocabulary !== undefined,
    /** Options for a Select or MultiSelect. */
    options: (list: VocabularyListName) =>
      (vocabulary?.[list] ?? []).map((term) => ({ value: term.code, label: term.label })),
    /** The label a person reads for a stored code; the code itself if the list no longer has it. */
    label: (list: VocabularyListName, code: string | null | undefined) =>
      code ? (vocabulary?.[list].find((term) => term.code === code)?.label ?? code) : '',
    help: (list: VocabularyListName, code: string | null | undefined) =>
      vocabulary?.[list].find((term) => term.code === code)?.help ?? null,
  };
}
