import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { joinCodeOf, keyFromJoinCode, newTeamKey, open, seal } from '../../../electron/services/team/crypto';

describe('what a team writes to its shared folder', () => {
  it('opens only whole and unchanged, with the team’s key', async () => {
    const key = await newTeamKey();
    for (const size of [0, 10, 64 * 1024, 200_000]) {
      const plain = randomBytes(size);
      const sealed = await seal(key, plain);
      expect(sealed.includes(plain.subarray(0, 64)) && size > 64).toBe(false);
      expect((await open(key, sealed))?.equals(plain)).toBe(true);
      // Still arriving from the cloud drive: cut short anywhere.
      for (const cut of [sealed.length - 1, sealed.length - 17, Math.floor(sealed.length / 2), 20]) {
        expect(await open(key, sealed.subarray(0, cut))).toBeNull();
      }
      const changed = Buffer.from(sealed);
      changed[changed.length - 5]! ^= 1;
      expect(await open(key, changed)).toBeNull();
      expect(await open(await newTeamKey(), sealed)).toBeNull();
    }
    expect(await open(key, Buffer.from('desktop.ini contents'))).toBeNull();
  });

  it('carries the key as 24 words a person can read out, and says what is wrong with a mistyped code', async () => {
    const key = Uint8Array.from({ length: 32 }, (_, n) => (n * 37 + 11) % 256);
    const code = joinCodeOf(key);
    expect(code.split(' ')).toHaveLength(24);
    const typed = code.toUpperCase().split(' ').join('\n  ');
    expect(keyFromJoinCode(typed)).toEqual({ key });
    const words = code.split(' ');
    expect(keyFromJoinCode([...words.slice(0, 23), 'bridgework'].join(' '))).toEqual({
      problem: '“bridgework” is not one of the join code’s words. Check the spelling.',
    });
    expect(keyFromJoinCode(words.slice(0, 23).join(' '))).toEqual({
      problem: 'The join code has 24 words; this has 23.',
    });
    expect(keyFromJoinCode([words[1], words[0], ...words.slice(2)].join(' '))).toEqual({
      problem: 'One of the words is wrong or in the wrong place. Check them against the code you were given.',
    });
  });
});
