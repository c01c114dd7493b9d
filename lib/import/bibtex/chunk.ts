/**
 * A fast, error-tolerant BibTeX reader: splits the file into entries with their line numbers, resolves @string
 * macros, `#` concatenation and month names, and reports each broken entry (unbalanced braces, cut off at the end)
 * by key and line while keeping every good one. Field values come back as raw LaTeX; latex.ts decodes them.
 */

export interface RawEntry {
  type: string;
  key: string;
  line: number;
  fields: Record<string, string>;
  /** The entry's source text, for the fallback parser. */
  source: string;
}

export interface ChunkResult {
  entries: RawEntry[];
  errors: { key: string; line: number; message: string }[];
}

const MONTHS: Record<string, string> = {
  jan: '1',
  feb: '2',
  mar: '3',
  apr: '4',
  may: '5',
  jun: '6',
  jul: '7',
  aug: '8',
  sep: '9',
  oct: '10',
  nov: '11',
  dec: '12',
};

class EntryError extends Error {
  constructor(
    message: string,
    readonly resumeAt: number,
  ) {
    super(message);
  }
}

export function chunkBibtex(text: string): ChunkResult {
  const entries: RawEntry[] = [];
  const errors: ChunkResult['errors'] = [];
  const macros: Record<string, string> = { ...MONTHS };
  // Line starts, for turning offsets into line numbers with a binary search.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const start = lineStarts[mid];
      if (start !== undefined && start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  /** An entry start: "@word{" at the beginning of a line (after optional spaces). */
  const entryStartAt = (i: number) => {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    return (j < 0 || text[j] === '\n') && /^@\s*[A-Za-z]+\s*[{(]/.test(text.slice(i, i + 40));
  };

  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(text.charAt(i))) i++;
  };

  /** A {…} or "…" value; throws when an entry start appears inside it (a brace was never closed). */
  const readDelimited = (close: string): string => {
    const start = i;
    let depth = 0;
    for (; i < n; i++) {
      const c = text.charAt(i);
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '@' && depth >= 0 && entryStartAt(i)) throw new EntryError('a brace is never closed', i);
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) {
          if (close === '}') {
            i++;
            return text.slice(start, i - 1);
          }
          throw new EntryError('a closing brace has no opening one', i + 1);
        }
        depth--;
      } else if (c === close && depth === 0) {
        i++;
        return text.slice(start, i - 1);
      }
    }
    throw new EntryError('the file ends inside this entry (cut off?)', n);
  };

  const readValue = (): string => {
    let value = '';
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === '{') {
        i++;
        value += readDelimited('}');
      } else if (c === '"') {
        i++;
        value += readDelimited('"');
      } else {
        const m = /^[A-Za-z0-9_:.+-]+/.exec(text.slice(i, i + 200));
        if (!m)
          throw new EntryError(i >= n ? 'the file ends inside this entry (cut off?)' : `unexpected "${c ?? ''}"`, i);
        i += m[0].length;
        const word = m[0];
        value += /^\d+$/.test(word) ? word : (macros[word.toLowerCase()] ?? word);
      }
      skipSpace();
      if (text[i] === '#') {
        i++;
        continue;
      }
      return value;
    }
  };

  while (i < n) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const typeMatch = /^\s*([A-Za-z]+)\s*([{(])/.exec(text.slice(i, i + 60));
    const typeName = typeMatch?.[1];
    if (!typeMatch || typeName === undefined) continue;
    const type = typeName.toLowerCase();
    const close = typeMatch[2] === '{' ? '}' : ')';
    const start = at;
    i += typeMatch[0].length;
    if (type === 'comment' || type === 'preamble') {
      try {
        readDelimited(close);
      } catch (error) {
        i = error instanceof EntryError ? error.resumeAt : n;
      }
      continue;
    }
    let key = '';
    try {
      if (type === 'string') {
        skipSpace();
        const name = /^[A-Za-z][\w:.+-]*/.exec(text.slice(i, i + 100))?.[0];
        if (!name) throw new EntryError('an @string without a name', i);
        i += name.length;
        skipSpace();
        if (text[i] !== '=') throw new EntryError('an @string without "="', i);
        i++;
        macros[name.toLowerCase()] = readValue();
        skipSpace();
        if (text[i] !== close) throw new EntryError('an @string is not closed', i);
        i++;
        continue;
      }
      skipSpace();
      const keyMatch = /^[^,\s{}()"#%'=]+/.exec(text.slice(i, i + 300));
      key = keyMatch?.[0] ?? '';
      i += key.length;
      skipSpace();
      const fields: Record<string, string> = {};
      if (text[i] === ',') i++;
      for (;;) {
        skipSpace();
        if (text[i] === close) {
          i++;
          break;
        }
        if (i >= n) throw new EntryError('the file ends inside this entry (cut off?)', n);
        if (text[i] === '@' && entryStartAt(i)) throw new EntryError('the entry is not closed', i);
        const name = /^[A-Za-z][\w:.+-]*/.exec(text.slice(i, i + 100))?.[0];
        if (!name) throw new EntryError(`unexpected "${text[i] ?? ''}" where a field name should be`, i);
        i += name.length;
        skipSpace();
        if (text[i] !== '=') throw new EntryError(`field "${name}" has no "="`, i);
        i++;
        fields[name.toLowerCase()] = readValue();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] !== close) {
          if (text[i] === '@' && entryStartAt(i)) throw new EntryError('the entry is not closed', i);
          if (i >= n) throw new EntryError('the file ends inside this entry (cut off?)', n);
          throw new EntryError(`a comma is missing after field "${name}"`, i);
        }
      }
      entries.push({ type, key, line: lineOf(start), fields, source: text.slice(start, i) });
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      errors.push({ key: key || `@${type}`, line: lineOf(start), message: error.message });
      // Resume at the next entry start after this one began.
      let next = Math.max(error.resumeAt, start + 1);
      const again = text.slice(next).search(/\n\s*@\s*[A-Za-z]+\s*[{(]/);
      if (!(text[next] === '@' && entryStartAt(next))) next = again < 0 ? n : next + again + 1;
      i = next;
    }
  }
  return { entries, errors };
}
