import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../lib/encoding/base64';

describe('base64', () => {
  it('matches Node for every length and byte value', () => {
    for (let len = 0; len < 70; len++) {
      const bytes = new Uint8Array(len).map((_, i) => (i * 37 + len) & 255);
      const expected = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(expected);
      expect(Array.from(base64ToBytes(expected))).toEqual(Array.from(bytes));
    }
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => base64ToBytes('ab$d')).toThrow(/invalid character/);
  });
});
