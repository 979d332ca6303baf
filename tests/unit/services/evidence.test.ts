import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import type { Backend } from '../../../electron/backend';
import { call } from '../../support/call';
import { aReferral } from '../../support/referral';
import { makeDataDir } from '../../support/temp-backend';

let backend: Backend;
let opened: string[];
afterEach(() => backend?.close());

async function setUp() {
  const dataDir = makeDataDir();
  opened = [];
  backend = await openBackendInThread({ dataDir, openFile: async (file) => void opened.push(file) });
  const { referral } = await aReferral(backend);
  const outside = makeDataDir();
  return { dataDir, outside, referral };
}

const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jpeg bytes')]);

describe('evidence', () => {
  it('copies a file into the data folder with its checksum, and opens that copy', async () => {
    const { dataDir, outside, referral } = await setUp();
    const original = path.join(outside, 'offer letter.pdf');
    fs.writeFileSync(original, '%PDF-1.4 offer of employment');
    const evidence = await call(backend, 'evidence.attach', { referralId: referral.id, file: { path: original } });
    const expected = createHash('sha256').update('%PDF-1.4 offer of employment').digest('hex');
    expect(evidence).toMatchObject({
      fileName: 'offer letter.pdf',
      mediaType: 'application/pdf',
      sha256: expected,
      stage: 'referred',
    });
    fs.rmSync(original);
    const { path: copy } = await call(backend, 'evidence.open', { id: evidence.id });
    expect(copy.startsWith(path.join(dataDir, 'evidence'))).toBe(true);
    expect(opened).toEqual([copy]);
    fs.writeFileSync(copy, 'something else');
    const changed = await backend.invoke('evidence.open', { id: evidence.id });
    expect(changed.ok || changed.error.message).toMatch(/changed since it was attached/);
  });

  it('takes a file chosen in a form, or a note of who confirmed it', async () => {
    const { referral } = await setUp();
    const photo = await call(backend, 'evidence.attach', {
      referralId: referral.id,
      file: { name: 'payslip.jpg', contentBase64: jpeg.toString('base64') },
    });
    expect(photo).toMatchObject({ fileName: 'payslip.jpg', mediaType: 'image/jpeg', sizeBytes: jpeg.length });
    const program = await backend.invoke('evidence.attach', {
      referralId: referral.id,
      file: { name: 'payslip.pdf', contentBase64: Buffer.from('MZ\x90\x00 a program').toString('base64') },
    });
    expect(program).toMatchObject({
      ok: false,
      error: { field: 'file', message: expect.stringMatching(/^That file is not what its name says it is/) },
    });
    const note = await call(backend, 'evidence.attach', {
      referralId: referral.id,
      confirmedBy: 'Dana, HR manager',
      note: 'Confirmed by phone that they started on Monday.',
    });
    expect(note.fileName).toBeNull();
    const nothing = await backend.invoke('evidence.attach', { referralId: referral.id });
    expect(nothing).toMatchObject({ ok: false, error: { field: 'file' } });
    expect(await call(backend, 'evidence.list', { referralId: referral.id })).toHaveLength(2);
    await call(backend, 'evidence.remove', { id: photo.id });
    expect(await call(backend, 'evidence.list', { referralId: referral.id })).toHaveLength(1);
    await call(backend, 'evidence.restore', { id: photo.id });
    expect(await call(backend, 'evidence.list', { referralId: referral.id })).toHaveLength(2);
  });

  it('refuses a missing file, a folder and a file over 50 MB, saying why, and writes nothing', async () => {
    const { dataDir, outside, referral } = await setUp();
    const big = path.join(outside, 'scan.pdf');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024 + 1);
    const cases: [string, RegExp][] = [
      [path.join(outside, 'gone.pdf'), /could not be found/],
      [outside, /That is a folder/],
      [big, /over 50 MB/],
    ];
    for (const [file, reason] of cases) {
      const refused = await backend.invoke('evidence.attach', { referralId: referral.id, file: { path: file } });
      expect(refused).toMatchObject({ ok: false, error: { field: 'file', message: expect.stringMatching(reason) } });
    }
    expect(await call(backend, 'evidence.list', { referralId: referral.id })).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'evidence')) ? fs.readdirSync(path.join(dataDir, 'evidence')) : []).toEqual(
      [],
    );
  });
});
