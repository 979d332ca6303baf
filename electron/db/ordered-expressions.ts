// Phases and size bands sort in their natural order, not alphabetically. The employer list
// orders by exactly these expressions and the schema indexes them, so changing one needs a
// migration that rebuilds its index.
import { vocabularyLists } from '../../shared/vocabulary';

function rankOf(column: string, codes: readonly { code: string }[]): string {
  const whens = codes.map(({ code }, index) => `when '${code}' then ${index + 1}`).join(' ');
  return `(case ${column} ${whens} else 99 end)`;
}

export const phaseRank = rankOf('phase', vocabularyLists.phase);
export const sizeBandRank = rankOf('size_band', vocabularyLists.size_band);
