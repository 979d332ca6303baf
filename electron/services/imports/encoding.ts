// Text files as people's tools save them: UTF-8 (with or without its mark), UTF-16 (Excel's
// "Unicode text"), and otherwise the old code page of the computer that saved them, which for
// Excel on a Windows PC in Britain is Windows-1252. Decoded by iconv-lite, never by the runtime's
// own TextDecoder, whose Windows-1252 differs between Node versions (Node 20 turns an en dash
// into a control character).
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { text: string; encoding: string };

// Latin-1 is read as Windows-1252, as browsers and Excel read it: the same letters, and more.
const western = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);
const readable: Record<string, string> = {
  'windows-1250': 'Windows-1250 (Central European)',
  'ISO-8859-2': 'ISO-8859-2 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'KOI8-R': 'KOI8-R (Cyrillic)',
  'windows-1253': 'Windows-1253 (Greek)',
  'windows-1254': 'Windows-1254 (Turkish)',
  'ISO-8859-9': 'ISO-8859-9 (Turkish)',
  Shift_JIS: 'Shift JIS (Japanese)',
  'EUC-JP': 'EUC-JP (Japanese)',
  GB18030: 'GB18030 (Chinese)',
  Big5: 'Big5 (Chinese)',
  'EUC-KR': 'EUC-KR (Korean)',
};
/** Another code page is believed only when the detector is this sure of it; short Western text fools it. */
const sureEnough = 60;

export function decode(bytes: Buffer): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: iconv.decode(bytes.subarray(3), 'utf-8'), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  if (isUtf8(bytes)) return { text: iconv.decode(bytes, 'utf-8'), encoding: 'UTF-8' };
  const [guess] = chardet.analyse(bytes);
  if (guess && !western.has(guess.name) && guess.confidence >= sureEnough && readable[guess.name]) {
    return { text: iconv.decode(bytes, guess.name), encoding: readable[guess.name]! };
  }
  return { text: windows1252(bytes), encoding: 'Windows-1252 (Western European)' };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The five bytes Windows-1252 leaves undefined become the control characters of the same number, as browsers make them. */
function windows1252(bytes: Buffer): string {
  const text = iconv.decode(bytes, 'windows-1252');
  if (!text.includes('\uFFFD')) return text;
  return Array.from(text, (char, index) => (char === '\uFFFD' ? String.fromCharCode(bytes[index]!) : char)).join('');
}
