// Logging 1,000 emails at once on the large set (from people in it, a third with an attachment):
// the preview, then the commit, through the backend's thread as the window asks; then undone, so
// the bench set is left as it was. And the calendar file of the whole large set, written to a
// temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { openBackend } from '../../electron/backend';
import { databaseFileName } from '../../electron/db/open';
import { evidenceFolder } from '../../electron/services/evidence/files';
import { call } from '../../tests/support/call';
import { percentile, round } from './stats';

const pdf = Buffer.from('%PDF-1.4\n% A signed agreement\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

function emails(dataDir: string, count: number) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const people = db
    .prepare(`select name, email from person where email is not null and deleted_at is null limit ?`)
    .all(count) as { name: string; email: string }[];
  db.close();
  return people.map(({ name, email }, n) => {
    const boundary = `----=_Part_${n}`;
    const text = [
      `Hi Sam,`,
      ``,
      `Thanks for the call on Tuesday – we can take two more candidates for the warehouse roles (£11.44 an hour).`,
      ``,
      `${name}`,
    ].join('\r\n');
    const headers = [
      `From: ${name} <${email}>`,
      `To: Sam Taylor <sam.taylor@bridgeworktrust.org.uk>`,
      `Subject: =?utf-8?Q?Warehouse_roles_=E2=80=93_update_${n}?=`,
      `Date: Tue, 17 Nov 2026 ${String(8 + (n % 9)).padStart(2, '0')}:15:00 +0000`,
      `Message-ID: <bench-${n}-${Date.now()}@mail.example.org>`,
      `MIME-Version: 1.0`,
    ];
    const body =
      n % 3 === 0
        ? [
            `Content-Type: multipart/mixed; boundary="${boundary}"`,
            ``,
            `--${boundary}`,
            `Content-Type: text/plain; charset=utf-8`,
            `Content-Transfer-Encoding: 8bit`,
            ``,
            text,
            `--${boundary}`,
            `Content-Type: application/pdf; name="Agreement ${n}.pdf"`,
            `Content-Disposition: attachment; filename="Agreement ${n}.pdf"`,
            `Content-Transfer-Encoding: base64`,
            ``,
            pdf,
            `--${boundary}--`,
          ]
        : [`Content-Type: text/plain; charset=utf-8`, `Content-Transfer-Encoding: 8bit`, ``, text];
    return {
      name: `email ${n}.eml`,
      contentBase64: Buffer.from([...headers, ...body].join('\r\n')).toString('base64'),
    };
  });
}

export async function measureMail(dataDir: string, count = 1000, rounds = 3) {
  const files = emails(dataDir, count);
  const backend = await openBackend({ dataDir });
  const keptBefore = new Set(fs.existsSync(evidenceFolder(dataDir)) ? fs.readdirSync(evidenceFolder(dataDir)) : []);
  const previews: number[] = [];
  const commits: number[] = [];
  let logged = 0;
  let matched = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      let started = performance.now();
      const preview = await call(backend, 'mail.preview', { files });
      previews.push(performance.now() - started);
      matched = preview.messages.filter((message) => message.employer).length;
      started = performance.now();
      const committed = await backend.invoke('mail.commit', {
        messages: preview.messages.flatMap((message) =>
          message.employer ? [{ file: files[message.fileIndex]!, employerId: message.employer.id }] : [],
        ),
      });
      commits.push(performance.now() - started);
      if (!committed.ok || !committed.change)
        throw new Error(committed.ok ? 'Nothing was logged' : committed.error.message);
      logged = committed.value.logged;
      await call(backend, 'changes.undo', { id: committed.change.id });
    }
  } finally {
    for (const name of fs.existsSync(evidenceFolder(dataDir)) ? fs.readdirSync(evidenceFolder(dataDir)) : []) {
      if (!keptBefore.has(name)) fs.rmSync(path.join(evidenceFolder(dataDir), name));
    }
    await backend.close();
  }
  const preview = percentile(previews, 50);
  const commit = percentile(commits, 50);
  return {
    emails: count,
    matched,
    logged,
    rounds,
    megabytes: round(files.reduce((sum, file) => sum + file.contentBase64.length * 0.75, 0) / 2 ** 20),
    previewMs: round(preview),
    commitMs: round(commit),
    totalMs: round(preview + commit),
  };
}

export async function measureCalendarFile(dataDir: string, rounds = 5) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-calendar-'));
  const backend = await openBackend({ dataDir });
  const times: number[] = [];
  let events = 0;
  let bytes = 0;
  try {
    for (let n = 0; n < rounds; n++) {
      const started = performance.now();
      const feed = await call(backend, 'calendar.setFolder', { folder });
      times.push(performance.now() - started);
      events = feed.events;
      bytes = fs.statSync(feed.file!).size;
    }
    await call(backend, 'calendar.setFolder', { folder: null });
  } finally {
    await backend.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return {
    events,
    kilobytes: Math.round(bytes / 1024),
    p50Ms: round(percentile(times, 50)),
    slowestMs: round(Math.max(...times)),
  };
}
