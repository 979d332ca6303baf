// An email or a calendar event as read from its file, whatever wrote it: what a contact is made of.
import type { MailAddress } from '../../../shared/mail/schema';

export type CapturedAttachment = { name: string; bytes: Buffer };

export type CapturedMessage = {
  kind: 'email' | 'meeting';
  /** The email's Message-ID or the event's UID, in one form, so the same one is recognised. */
  key: string;
  subject: string;
  /** When it was sent, or when the meeting starts; null when the file does not say. */
  occurredAt: string | null;
  cancelled: boolean;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  text: string;
  attachments: CapturedAttachment[];
};

/** A Message-ID as its angle brackets and letter case vary between clients: `<A@B>` and `a@b` match. */
export const messageKey = (messageId: string) => messageId.trim().replace(/^<|>$/g, '').toLowerCase();

export function address(email: string | undefined | null, name?: string | null): MailAddress | null {
  const plain = email
    ?.trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (!plain || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(plain)) return null;
  const shown = name?.trim().replace(/^"|"$/g, '');
  return { email: plain, name: shown && shown.toLowerCase() !== plain ? shown : null };
}

export const addresses = (list: (MailAddress | null)[]): MailAddress[] => list.filter((item) => item !== null);
