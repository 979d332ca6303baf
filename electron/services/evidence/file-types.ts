// What an evidence file's bytes must start with for its name's type. A "payslip.pdf" that is a
// program would be opened by the system as whatever its bytes are: refused when attached or
// imported, so nothing runs when a person opens what they think is a document.
const signatures: Record<string, (bytes: Buffer) => boolean> = {
  'application/pdf': (bytes) => startsWith(bytes, '%PDF'),
  'image/png': (bytes) => startsWith(bytes, '\x89PNG\r\n\x1a\n'),
  'image/jpeg': (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  'image/gif': (bytes) => startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a'),
  'image/webp': (bytes) => startsWith(bytes, 'RIFF') && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  'image/heic': (bytes) => bytes.subarray(4, 8).toString('latin1') === 'ftyp',
  // Word's newer files are zip archives; older Word and Outlook files are compound documents.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (bytes) => startsWith(bytes, 'PK\x03\x04'),
  'application/msword': (bytes) => startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'),
  'application/vnd.ms-outlook': (bytes) => startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'),
  'text/plain': isText,
  'message/rfc822': isText,
};

const programs = ['MZ', '\x7fELF', '\xcf\xfa\xed\xfe', '\xca\xfe\xba\xbe', '#!'];

/** Why these bytes cannot be kept as this type of file, or null when they can. */
export function fileTypeProblem(mediaType: string, bytes: Buffer): string | null {
  const matches = signatures[mediaType];
  if (matches ? !matches(bytes) : programs.some((start) => startsWith(bytes, start))) {
    return 'That file is not what its name says it is, so Bridgework will not keep it. Save it again from the program that made it, then attach the copy.';
  }
  return null;
}

function startsWith(bytes: Buffer, start: string): boolean {
  return bytes.length >= start.length && bytes.subarray(0, start.length).equals(Buffer.from(start, 'latin1'));
}

function isText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 8192).includes(0) && !programs.some((start) => startsWith(bytes, start));
}
