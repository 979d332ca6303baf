// An email as Outlook for Windows saves or drags it out (.msg, a compound file of MAPI properties),
// read by @kenjiuno/msgreader.
import { createHash } from 'node:crypto';
import MsgReaderModule from '@kenjiuno/msgreader';
import iconv from 'iconv-lite';
import { address, addresses, messageKey, type CapturedMessage } from './message';
import { htmlAsText, tidyText } from './text';

// The package is CommonJS with its class on `default`; how that arrives depends on the loader.
const MsgReader = ((MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ??
  MsgReaderModule) as typeof MsgReaderModule;

export function readMsg(bytes: Buffer): CapturedMessage {
  const { reader, data } = readFields(bytes);
  if (data.error) throw new Error(data.error);
  const recipients = data.recipients ?? [];
  const of = (type: 'to' | 'cc') =>
    addresses(
      recipients
        .filter((recipient) => (recipient.recipType ?? 'to') === type)
        .map((recipient) => address(recipient.smtpAddress ?? recipient.email, recipient.name)),
    );
  const sent = data.clientSubmitTime ?? data.messageDeliveryTime ?? data.creationTime;
  const html = data.bodyHtml ?? (data.html ? decoded(data.html, data.internetCodepage) : null);
  const text = data.body?.trim() ? data.body : html ? htmlAsText(html) : '';
  return {
    kind: 'email',
    key: data.messageId ? messageKey(data.messageId) : `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    subject: data.subject ?? '',
    occurredAt: sent && !Number.isNaN(Date.parse(sent)) ? new Date(sent).toISOString() : null,
    cancelled: false,
    from: address(data.senderSmtpAddress ?? data.sentRepresentingSmtpAddress ?? data.senderEmail, data.senderName),
    to: of('to'),
    cc: of('cc'),
    text: tidyText(text),
    attachments: (data.attachments ?? [])
      // Pictures in a signature are hidden attachments: not what was sent.
      .filter((attachment) => !attachment.innerMsgContent && attachment.contentLength && !attachment.attachmentHidden)
      .map((attachment, index) => {
        const file = reader.getAttachment(attachment);
        return { name: file.fileName || `Attachment ${index + 1}`, bytes: Buffer.from(file.content) };
      }),
  };
}

/**
 * The message's properties. Outlook 97–2003 kept text in the computer's code page, not Unicode: it
 * is read as the message says (Windows-1252 when it does not), not byte for character.
 */
function readFields(bytes: Buffer) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  const read = (ansiEncoding: string) => {
    const reader = new MsgReader(buffer);
    reader.parserConfig = { ansiEncoding };
    return { reader, data: reader.getFileData() };
  };
  const first = read('windows-1252');
  const codePage = (first.data as { messageCodepage?: number }).messageCodepage;
  const named = codePage ? codePageName(codePage) : 'windows-1252';
  return named === 'windows-1252' ? first : read(named);
}

const codePageName = (codePage: number) => {
  const name = codePage === 65001 ? 'utf8' : `cp${codePage}`;
  return codePage === 1252 || !iconv.encodingExists(name) ? 'windows-1252' : name;
};

/** HTML kept as bytes in the message's code page (65001 is UTF-8, 1252 Windows' Western). */
function decoded(bytes: Uint8Array, codePage: number | undefined): string {
  return iconv.decode(Buffer.from(bytes), codePage ? codePageName(codePage) : 'utf8');
}
