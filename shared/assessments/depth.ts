// The engagement depth scale: 1–2 instrumental (ad hoc, one-off), 3 developing, 4–5 relational.
export const depthLabels: Record<number, string> = {
  1: 'Instrumental: one-off',
  2: 'Instrumental: occasional',
  3: 'Developing',
  4: 'Relational',
  5: 'Relational: in depth and sustained',
};

export function depthLabel(depth: number | null | undefined): string {
  return depth ? `${depth} of 5 · ${depthLabels[depth]}` : 'Not assessed';
}
