import type { InteractionStatus } from '../../../shared/interactions/schema';
import { DomainError } from '../../../shared/result';

// A minute's grace, so "now" typed into the form is still "now" when it arrives.
const graceMs = 60_000;

/** Done means it happened; planned means it has not happened yet. */
export function requireDateFitsStatus(status: InteractionStatus, occurredAt: string, now: string) {
  const at = Date.parse(occurredAt);
  const current = Date.parse(now);
  if (status === 'done' && at > current + graceMs) {
    throw new DomainError(
      'invalid_input',
      'A contact that has happened cannot be in the future. Change the date, or mark it as planned.',
      'occurredAt',
    );
  }
  if (status === 'planned' && at < current - graceMs) {
    throw new DomainError(
      'invalid_input',
      'A planned contact must be in the future. If it has already happened, mark it as done.',
      'occurredAt',
    );
  }
}

export function requireFollowUpAfter(occurredAt: string, followUpOn: string | null | undefined) {
  if (followUpOn && followUpOn < occurredAt.slice(0, 10)) {
    throw new DomainError(
      'invalid_input',
      'The follow-up date must be on or after the date of the contact.',
      'followUpOn',
    );
  }
}
