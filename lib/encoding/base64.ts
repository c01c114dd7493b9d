/** Base64 without Buffer (not in browsers) and without btoa on huge strings (stack limits). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    chunk.push(
      ALPHABET.charAt(a >> 2) +
        ALPHABET.charAt(((a & 3) << 4) | ((b ?? 0) >> 4)) +
        (b === undefined ? '=' : ALPHABET.charAt(((b & 15) << 2) | ((c ?? 0) >> 6))) +
        (c === undefined ? '=' : ALPHABET.charAt(c & 63)),
    );
    if (chunk.length >= 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

/** Decode base64 (whitespace ignored). Throws on characters outside the alphabet or a bad length. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const clean = base64.replace(/\s+/g, '');
  if (clean.length % 4 === 1) throw new Error('base64 has a bad length');
  const body = clean.replace(/={1,2}$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < body.length; i += 4) {
    let triple = 0;
    for (let k = 0; k < 4; k += 1) {
      const code = i + k < body.length ? body.charCodeAt(i + k) : -1;
      // Past the end (padding) counts as zero bits; outside the alphabet is an error.
      const value = code < 0 ? 0 : (LOOKUP[code] ?? -1);
      if (value < 0) throw new Error(`base64 has an invalid character at ${i + k}`);
      triple = (triple << 6) | value;
    }
    if (o < out.length) out[o++] = (triple >> 16) & 255;
    if (o < out.length) out[o++] = (triple >> 8) & 255;
    if (o < out.length) out[o++] = triple & 255;
  }
  return out;
}
