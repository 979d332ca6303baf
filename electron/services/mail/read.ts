// A dropped or chosen file, checked and read as the emails or meetings it holds, or refused with
// the reason, by its name. What a file is comes from its bytes, not only its name: Outlook's
// files are compound documents, calendars begin BEGIN:VCALENDAR, and emails begin with headers.
import fs from 'node:fs/promises';
import path from 'node:path';
import { maxMailBytes, tooBigMessage, type MailFile } from '../../../shared/mail/schema';
import { readEml } from './eml';
import { readIcs } from './ics';
import type { CapturedMessage } from './message';
import { readMsg } from './msg';

export type ReadFile = { fileName: string; messages: CapturedMessage[]; problem: null } | Refused;
type Refused = { fileName: string; messages: []; problem: string };

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const refused = (fileName: string, problem: string): Refused => ({ fileName, messages: [], problem });

const compoundFile = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const headerLine = /^[\x21-\x39\x3b-\x7e]+:[ \t]/;
const knownHeaders =
  /^(from|to|subject|date|message-id|received|return-path|mime-version|delivered-to|content-type):/im;
/** A mailbox file's separator line, as Thunderbird and Apple Mail write it: `From sam@… Tue Nov 24 …`. */
const mboxLine = /^From \S+ .*\d{4}\r?$/m;
const maxMessagesInFile = 1000;

export async function readMailFile(file: MailFile): Promise<ReadFile> {
  const loaded = await loadBytes(file);
  if ('problem' in loaded) return loaded;
  const { fileName, bytes } = loaded;
  try {
    if (bytes.subarray(0, 8).equals(compoundFile)) return { fileName, messages: [readMsg(bytes)], problem: null };
    const start = bytes
      .subarray(0, 4096)
      .toString('latin1')
      .replace(/^\ufeff|^\xef\xbb\xbf/, '')
      .trimStart();
    if (/^\s*BEGIN:VCALENDAR/i.test(start)) {
      const messages = readIcs(bytes.toString('utf8'));
      if (messages.length === 0) return refused(fileName, `${fileName} is a calendar with no meetings in it.`);
      return { fileName, messages, problem: null };
    }
    if (start.startsWith('From ') && mboxLine.test(start.slice(0, start.indexOf('\n') + 1))) {
      return { fileName, messages: await readMailbox(bytes), problem: null };
    }
    if (headerLine.test(start) && knownHeaders.test(start)) {
      return { fileName, messages: await readEml(bytes), problem: null };
    }
  } catch {
    return refused(
      fileName,
      `${fileName} could not be read as an email. Save it again from your mail program and try again.`,
    );
  }
  return refused(
    fileName,
    `${fileName} is not an email or a calendar invitation. Drop emails saved from your mail program (.eml or .msg) or invitations (.ics).`,
  );
}

/** A mailbox file (mbox): the emails in it, each after its `From ` line, lines that began "From " given back. */
async function readMailbox(bytes: Buffer): Promise<CapturedMessage[]> {
  const text = bytes.toString('latin1');
  const starts = [...text.matchAll(/^From \S+ .*\d{4}\r?$/gm)].map((match) => match.index);
  const messages: CapturedMessage[] = [];
  for (const [n, at] of starts.slice(0, maxMessagesInFile).entries()) {
    const message = text.slice(text.indexOf('\n', at) + 1, starts[n + 1] ?? text.length).replace(/^>(>*From )/gm, '$1');
    messages.push(...(await readEml(Buffer.from(message, 'latin1'))));
  }
  return messages;
}

async function loadBytes(file: MailFile): Promise<{ fileName: string; bytes: Buffer } | Refused> {
  if ('contentBase64' in file) {
    const fileName = path.basename(file.name);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    if (bytes.length > maxMailBytes) return refused(fileName, tooBigMessage(fileName, megabytes(bytes.length)));
    return { fileName, bytes };
  }
  const fileName = path.basename(file.path);
  const stat = await fs.stat(file.path).catch(() => null);
  if (!stat) return refused(fileName, `${fileName} could not be found. Check where it is and choose it again.`);
  if (stat.isDirectory()) return refused(fileName, `${fileName} is a folder. Choose the emails inside it.`);
  if (!stat.isFile()) return refused(fileName, `${fileName} is not an ordinary file, so Bridgework will not read it.`);
  if (stat.size > maxMailBytes) return refused(fileName, tooBigMessage(fileName, megabytes(stat.size)));
  const bytes = await fs.readFile(file.path).catch(() => null);
  if (!bytes)
    return refused(fileName, `Bridgework is not allowed to read ${fileName}. Check you can open it yourself.`);
  return { fileName, bytes };
}
