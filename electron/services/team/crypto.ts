// Everything a team writes to its shared folder is sealed with the team's key (libsodium's
// secretstream: XChaCha20-Poly1305 in chunks), so the cloud drive's operator reads nothing and a
// file cut short or changed is noticed, never half-applied. The key travels between colleagues as
// a join code: 24 everyday words (BIP 39) a person can read out, one word per 11 bits.
import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
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
