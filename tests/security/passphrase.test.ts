// Someone at an unattended, locked laptop guessing the passphrase: from the third wrong try each
// makes the next wait longer, and even the right passphrase waits its turn.
import { expect } from 'vitest';
import { call } from '../support/call';
import { clockedBackend } from '../support/clocked-backend';
import { test } from '../support/temp-backend';

const passphrase = 'correct horse battery staple';

test('wrong passphrases make the next try wait longer, and the wait is said', async () => {
  const { backend, setTime } = await clockedBackend('2026-12-01');
  try {
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    await call(backend, 'security.setPassphrase', { passphrase, repeated: passphrase });
    await call(backend, 'security.lock');
    const unlock = (tried: string) => backend.invoke('security.unlock', { passphrase: tried });
    const said = async (tried: string) => {
      const result = await unlock(tried);
      return result.ok ? 'unlocked' : `${result.error.field}: ${result.error.message}`;
    };
    expect(await said('guess one')).toBe('passphrase: That passphrase is not right. Check it and try again.');
    expect(await said('guess two')).toBe('passphrase: That passphrase is not right. Check it and try again.');
    expect(await said('guess three')).toBe(
      'passphrase: That passphrase is not right. Check it and try again. Wait 5 seconds before the next try.',
    );
    expect(await said(passphrase)).toMatch(/^passphrase: Wait 5 seconds, then try again\./);
    setTime('12:00:06');
    expect(await said('guess four')).toMatch(/Wait 10 seconds before the next try\.$/);
    setTime('12:00:17');
    expect(await said(passphrase)).toBe('unlocked');
    expect((await call(backend, 'app.info')).employerCount).toBe(1);
  } finally {
    await backend.close();
  }
});
