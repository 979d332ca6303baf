// Participants appear only as pseudonymous references, never by name. A reference must match
// the provider's format (default `P-` and digits); anything that looks like a name or an email
// address is refused with the reason, so it never reaches the database or an export.
export const defaultReferenceFormat = { prefix: 'P-', digits: { min: 3, max: 8 } };
export type ReferenceFormat = typeof defaultReferenceFormat;

export function referenceProblem(value: string, format: ReferenceFormat = defaultReferenceFormat): string | null {
  const reference = value.trim();
  const example = `${format.prefix}${'0231'.padStart(format.digits.min, '0')}`;
  if (!reference) return `Enter the participant's reference, like ${example}.`;
  if (reference.includes('@')) {
    return `That looks like an email address. Use the participant's reference, like ${example}, never their contact details.`;
  }
  if (new RegExp(`^${referencePattern(format)}$`, 'i').test(reference)) return null;
  if (/[a-z]{2,}\s+[a-z]{2,}/i.test(reference) || /^[a-z][a-z' -]+$/i.test(reference)) {
    return `That looks like a name. Use the participant's reference, like ${example}: names are never stored.`;
  }
  return `Enter a reference like ${example}: “${format.prefix}” then ${format.digits.min} to ${format.digits.max} digits.`;
}

/** A reference in the provider's format, as a regular expression source. */
export function referencePattern(format: ReferenceFormat): string {
  return `${escapeRegExp(format.prefix)}\\d{${format.digits.min},${format.digits.max}}`;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
