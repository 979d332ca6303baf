// An email as every mail client but Outlook saves it (.eml, RFC 5322 and MIME), parsed by
// mailparser: encoded headers, quoted-printable and base64, and character sets through iconv-lite,
// so Windows-1252 reads the same on every Node version.
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { readIcs } from './ics';
import { address, addresses, messageKey, type CapturedMessage } from './message';
import { htmlAsText, tidyText } from './text';

const listOf = (field: AddressObject | AddressObject[] | undefined) =>
  addresses(
    (Array.isArray(field) ? field : field ? [field] : [])
      .flatMap((group) => group.value)
      .map((one) => address(one.address, one.name)),
  );

const isCalendar = (attachment: { contentType: string; filename?: string }) =>
  attachment.contentType === 'text/calendar' ||
  attachment.contentType === 'application/ics' ||
  /\.ics$/i.test(attachment.filename ?? '');

/** An email, or the meetings of the invitation it carries (as Outlook and Google send them). */
export async function readEml(bytes: Buffer): Promise<CapturedMessage[]> {
  const mail = await simpleParser(bytes, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const calendar = mail.attachments.find(isCalendar);
  const meetings = calendar ? readIcs(calendar.content.toString('utf8')) : [];
  if (meetings.length > 0) {
    const sender = listOf(mail.from)[0] ?? null;
    return meetings.map((meeting) => ({ ...meeting, from: meeting.from ?? sender }));
  }
  const text = mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? htmlAsText(mail.html) : '';
  const from = listOf(mail.from)[0] ?? null;
  const occurredAt = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null;
  return [
    {
      kind: 'email',
      key: mail.messageId ? messageKey(mail.messageId) : `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      subject: mail.subject ?? '',
      occurredAt,
      cancelled: false,
      from,
      to: listOf(mail.to),
      cc: listOf(mail.cc),
      text: tidyText(text),
      attachments: mail.attachments
        .filter((attachment) => attachment.contentDisposition !== 'inline' || !attachment.related)
        .map((attachment, index) => ({
          name: attachment.filename ?? `Attachment ${index + 1}`,
          bytes: attachment.content,
        })),
    },
  ];
}
