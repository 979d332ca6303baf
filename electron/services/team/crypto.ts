// Everything a team writes to its shared folder is sealed with the team's key (libsodium's
// secretstream: XChaCha20-Poly1305 in chunks), so the cloud drive's operator reads nothing and a
// file cut short or changed is noticed, never half-applied. The key travels between colleagues as
// a join code: 24 everyday words (BIP 39) a person can read out, one word per 11 bits.
import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import fs from 'node:fs';
import sodium from 'libsodium-wrappers';

const chunkBytes = 64 * 1024;
/** The first bytes of every sealed file, so a stray file in the folder is told apart. */
const magic = Buffer.from('BWTEAM1\n');

export const ready = () => sodium.ready;

export async function newTeamKey(): Promise<Uint8Array> {
  await sodium.ready;
  return sodium.crypto_secretstream_xchacha20poly1305_keygen();
}

export async function seal(key: Uint8Array, plain: Uint8Array): Promise<Buffer> {
  await sodium.ready;
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const parts: Uint8Array[] = [magic, header];
  for (let start = 0; start === 0 || start < plain.length; start += chunkBytes) {
    const last = start + chunkBytes >= plain.length;
    const tag = last
      ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
      : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    parts.push(
      sodium.crypto_secretstream_xchacha20poly1305_push(state, plain.subarray(start, start + chunkBytes), null, tag),
    );
  }
  return Buffer.concat(parts);
}

/** The file's contents, or null if it is not whole (still arriving, cut short) or not this team's. */
export async function open(key: Uint8Array, sealed: Uint8Array): Promise<Buffer | null> {
  await sodium.ready;
  const headerBytes = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
  const overhead = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
  if (sealed.length < magic.length + headerBytes || !Buffer.from(sealed.subarray(0, magic.length)).equals(magic)) {
    return null;
  }
  const header = sealed.subarray(magic.length, magic.length + headerBytes);
  let state;
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  } catch {
    return null;
  }
  const parts: Uint8Array[] = [];
  for (let at = magic.length + headerBytes; at < sealed.length; at += chunkBytes + overhead) {
    let pulled;
    try {
      pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(
        state,
        sealed.subarray(at, at + chunkBytes + overhead),
        null,
      );
    } catch {
      return null;
    }
    if (!pulled) return null;
    parts.push(pulled.message);
    if (pulled.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      return at + chunkBytes + overhead >= sealed.length ? Buffer.concat(parts) : null;
    }
  }
  // No final chunk: the file was cut short.
  return null;
}

/**
 * `seal` for a file too big to hold in memory (a large record's snapshot): read and written a
 * chunk at a time, in the same form, to a name no reader takes until it is whole.
 */
export async function sealFile(key: Uint8Array, source: string, target: string): Promise<void> {
  await sodium.ready;
  const size = fs.statSync(source).size;
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(`${target}.partial`, 'w');
  try {
    const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
    fs.writeSync(output, magic);
    fs.writeSync(output, header);
    const chunk = Buffer.alloc(chunkBytes);
    for (let start = 0; start === 0 || start < size; start += chunkBytes) {
      const read = fs.readSync(input, chunk, 0, chunkBytes, start);
      const tag =
        start + chunkBytes >= size
          ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
          : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
      fs.writeSync(
        output,
        sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk.subarray(0, read), null, tag),
      );
    }
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
  fs.renameSync(`${target}.partial`, target);
}

/** `open` for a big file, written to `target`; false (and nothing written) if it is not whole or not this team's. */
export async function openFile(key: Uint8Array, source: string, target: string): Promise<boolean> {
  await sodium.ready;
  const headerBytes = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
  const sealedChunk = chunkBytes + sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
  const size = fs.statSync(source).size;
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(target, 'w');
  let whole = false;
  try {
    const start = Buffer.alloc(magic.length + headerBytes);
    if (
      fs.readSync(input, start, 0, start.length, 0) < start.length ||
      !start.subarray(0, magic.length).equals(magic)
    ) {
      return false;
    }
    const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(start.subarray(magic.length), key);
    const chunk = Buffer.alloc(sealedChunk);
    for (let at = start.length; at < size; at += sealedChunk) {
      const read = fs.readSync(input, chunk, 0, sealedChunk, at);
      const pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk.subarray(0, read), null);
      if (!pulled) return false;
      fs.writeSync(output, pulled.message);
      if (pulled.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        whole = at + sealedChunk >= size;
        return whole;
      }
    }
    return false;
  } catch {
    return false;
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
    if (!whole) fs.rmSync(target, { force: true });
  }
}

/** A laptop's own key pair: a new team key is sealed to its public half. */
export async function newKeyPair(): Promise<{ publicKey: Uint8Array; secretKey: Uint8Array }> {
  await sodium.ready;
  const { publicKey, privateKey } = sodium.crypto_box_keypair();
  return { publicKey, secretKey: privateKey };
}

/** Sealed so that only the holder of the public key's secret half can open it. */
export async function sealFor(publicKey: Uint8Array, plain: Uint8Array): Promise<Buffer> {
  await sodium.ready;
  return Buffer.from(sodium.crypto_box_seal(plain, publicKey));
}

/** What was sealed for this key pair, or null if it was sealed for another (or damaged). */
export async function openSealedFor(
  pair: { publicKey: Uint8Array; secretKey: Uint8Array },
  sealed: Uint8Array,
): Promise<Buffer | null> {
  await sodium.ready;
  try {
    return Buffer.from(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.secretKey));
  } catch {
    return null;
  }
}

/** The key as 24 words. */
export const joinCodeOf = (key: Uint8Array) => entropyToMnemonic(key, wordlist);

/** The key from the words typed (any case, spaces or line breaks between), or why they are not one. */
export function keyFromJoinCode(typed: string): { key: Uint8Array } | { problem: string } {
  const words = typed
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const unknown = words.find((word) => !wordlist.includes(word));
  if (unknown) return { problem: `“${unknown}” is not one of the join code’s words. Check the spelling.` };
  if (words.length !== 24) return { problem: `The join code has 24 words; this has ${words.length}.` };
  try {
    return { key: mnemonicToEntropy(words.join(' '), wordlist) };
  } catch {
    return { problem: 'One of the words is wrong or in the wrong place. Check them against the code you were given.' };
  }
}
