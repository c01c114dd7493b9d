/**
 * Typed reads from untrusted JSON. A value of the wrong type is left out and named in a warning
 * ("basics.email is a number, expected text"), so a partial import says exactly what it left out.
 */
/** Fields where a number is a fine way to write the text (a postal code, a phone number, a grade). */
const NUMERIC_TEXT = new Set(['postalCode', 'phone', 'score', 'volume', 'issue', 'pages', 'year']);

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export class JsonReader {
  readonly warnings: string[] = [];

  wrong(path: string, value: unknown, expected: string): void {
    this.warnings.push(`Left out ${path}: it is ${kind(value)}, expected ${expected}.`);
  }

  str(obj: Json, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && NUMERIC_TEXT.has(key)) return String(value);
    this.wrong(join(path, key), value, 'text');
    return undefined;
  }

  obj(obj: Json, key: string, path: string): Json | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (isObject(value)) return value;
    this.wrong(join(path, key), value, 'an object');
    return undefined;
  }

  /** The objects of a list; other items are left out with a warning each. */
  objects(obj: Json, key: string, path: string): { item: Json; path: string }[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.wrong(join(path, key), value, 'a list');
      return [];
    }
    const out: { item: Json; path: string }[] = [];
    value.forEach((item, i) => {
      if (isObject(item)) out.push({ item, path: `${join(path, key)}[${i}]` });
      else this.wrong(`${join(path, key)}[${i}]`, item, 'an object');
    });
    return out;
  }

  strings(obj: Json, key: string, path: string): string[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.wrong(join(path, key), value, 'a list of text');
      return [];
    }
    return value.filter((item, i) => {
      if (typeof item === 'string') return true;
      this.wrong(`${join(path, key)}[${i}]`, item, 'text');
      return false;
    }) as string[];
  }
}
