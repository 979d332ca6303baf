// How a share is written wherever people read it: the count, what it is out of, then the percentage.
export function shareText(count: number, of: number, whole?: string): string {
  const out = `${count.toLocaleString('en-GB')} of ${of.toLocaleString('en-GB')}${whole ? ` ${whole}` : ''}`;
  return of === 0 ? out : `${out} (${Math.round((count / of) * 100)}%)`;
}
