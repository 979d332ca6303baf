// The engagement depth scale: 1–2 instrumental (ad hoc, one-off), 3 in between, 4–5 relational.
// The middle is not called "developing": that is a relationship phase, and the two would be read as one.
export const depthLabels: Record<number, string> = {
  1: 'Instrumental: one-off',
  2: 'Instrumental: occasional',
  3: 'Building: regular, not yet in depth',
  4: 'Relational',
  5: 'Relational: in depth and sustained',
};

export function depthLabel(depth: number | null | undefined): string {
  return depth ? `${depth} of 5 · ${depthLabels[depth]}` : 'Not assessed';
}
