/**
 * JSON reading that never crashes the background: depth is checked before `JSON.parse` (a file nested 100 000
 * levels deep would otherwise overflow the stack in later recursive walks), and files with comments or trailing
 * commas (hand-edited JSON Resumes) are read after stripping them, with a warning.
 */

export const MAX_JSON_DEPTH = 500;

export type JsonResult = { ok: true; value: unknown; warnings: string[] } | { ok: false; error: string };

/** Deepest nesting of arrays and objects, counted outside strings; stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Remove // and /* *\/ comments and trailing commas, leaving strings alone. */
export function stripJsonExtensions(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charAt(i);
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ',') {
      let j = i + 1;
      while (j < n && /\s/.test(text.charAt(j))) j++;
      if (text[j] === '}' || text[j] === ']') i++;
      else {
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The parser's message, with the line and column of the fault (engines give a character position, some both). */
function describe(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/line \d+ column \d+/i.test(message)) return message;
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : /end of JSON|Unterminated/i.test(message) ? text.length : undefined;
  if (position === undefined) return message;
  const before = text.slice(0, position).split('\n');
  return `${message} (line ${before.length} column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Parse JSON text. Never throws. */
export function parseJsonText(text: string): JsonResult {
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH)
    return {
      ok: false,
      error: `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep; no CV or profile is. Refused.`,
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown, warnings: [] };
  } catch (first) {
    try {
      // Twice: a comment between a trailing comma and its bracket hides the comma from the first pass.
      const value = JSON.parse(stripJsonExtensions(stripJsonExtensions(text))) as unknown;
      return { ok: true, value, warnings: ['The JSON had comments or trailing commas; Vitae ignored them.'] };
    } catch {
      return { ok: false, error: `Not valid JSON: ${describe(first, text)}` };
    }
  }
}
