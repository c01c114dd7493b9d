/**
 * Bytes to text for every text importer. Detects UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM, or
 * without one when the zero bytes give it away); refuses other binary with a message that says what to do.
 * TextDecoder is a plain ECMAScript-host API available in Node, pages and service workers (not a DOM global).
 */

export type DecodeResult =
  { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; error: string };

/** PDF files start with `%PDF-` (the spec allows junk in the first 1 KB; some generators put a BOM or blank line). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const length = bytes.length - (bytes.length % 2);
  const out = new Uint8Array(length);
  // Read each pair little-endian and write it big-endian: the two bytes change places.
  const from = new DataView(bytes.buffer, bytes.byteOffset, length);
  const to = new DataView(out.buffer);
  for (let i = 0; i < length; i += 2) to.setUint16(i, from.getUint16(i, true), false);
  return out;
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  return new TextDecoder('utf-16le').decode(bigEndian ? swapBytes(bytes) : bytes);
}

/** Guess UTF-16 without BOM: in Latin text every other byte is zero. */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'be';
  return undefined;
}

/** Share of characters that no text file contains (C0 controls other than tab, newlines, form feed; U+FFFD). */
function binaryShare(text: string): number {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

const BINARY_ERROR =
  'This file is not text and not a PDF (it looks like binary data). Vitae imports CVs as PDF or text, BibTeX, JSON ' +
  '(JSON Resume, CSL-JSON, ORCID, Vitae backup) and dblp XML.';

/** Decode file bytes as text. Never throws. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8 (BOM)');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(utf16(bytes.subarray(2), false), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(utf16(bytes.subarray(2), true), 'utf-16be');
  const guess = guessUtf16(bytes);
  if (guess) return checked(utf16(bytes, guess === 'be'), `utf-16${guess} (no BOM)`);
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: old Windows exports are often Windows-1252. Decode as such, but only if it still reads as text.
    const text = new TextDecoder('windows-1252').decode(bytes);
    const result = checked(text, 'windows-1252');
    if (result.ok) result.warnings.push('The file is not UTF-8; Vitae read it as Windows-1252 (Western European).');
    return result;
  }
}

function checked(text: string, encoding: string): DecodeResult {
  if (binaryShare(text) > 0.01) return { ok: false, error: BINARY_ERROR };
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding, warnings: [] };
}
