/**
 * LaTeX in BibTeX field values to Unicode text: accents (`{\"u}`, `\'{e}`, `\c{c}`), special letters (`\ss`, `\o`,
 * `\aa`), escaped symbols, dashes, text-formatting commands, simple math, and case-protecting braces.
 * Returns undefined when the value uses a command this table does not know, so the caller can hand the entry to
 * the full parser (@retorquere/bibtex-parser).
 */
import { LATEX_ACCENTS, LATEX_LETTERS } from '../latex-symbols';

const ACCENTS = LATEX_ACCENTS;

/** On top of the shared table: what a BibTeX value means by `\\` (a space), `\/`, `\-`, and maths. */
const LETTERS: Record<string, string> = {
  ...LATEX_LETTERS,
  OE: 'Œ',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textquoteright: '’',
  textquoteleft: '‘',
  textquotedblleft: '“',
  textquotedblright: '”',
  textregistered: '®',
  texttrademark: '™',
  copyright: '©',
  S: '§',
  P: '¶',
  euro: '€',
  pounds: '£',
  '\\': ' ',
  '/': '',
  '-': '',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  theta: 'θ',
  ell: 'ℓ',
  infty: '∞',
  times: '×',
  pm: '±',
  leq: '≤',
  geq: '≥',
};

/** Commands whose argument is the text: formatting, font, protection. */
const TEXT_COMMANDS = new Set([
  'emph',
  'textit',
  'textbf',
  'textsc',
  'texttt',
  'textrm',
  'textsf',
  'textup',
  'textmd',
  'textsl',
  'text',
  'mathrm',
  'mathit',
  'mathbf',
  'mathcal',
  'mathbb',
  'mbox',
  'hbox',
  'url',
  'NoCaseChange',
  'MakeUppercase',
  'MakeLowercase',
  'uppercase',
  'lowercase',
  'ensuremath',
]);

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
};

/** The argument after position i: `{…}` or a single character. */
function argument(text: string, i: number): { arg: string; end: number } {
  while (text[i] === ' ') i++;
  if (text[i] === '{') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      if (text[j] === '\\') {
        j++;
        continue;
      }
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) return { arg: text.slice(i + 1, j), end: j + 1 };
    }
    return { arg: text.slice(i + 1), end: text.length };
  }
  if (text[i] === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(text.slice(i));
    return { arg: m ? m[0] : '', end: i + (m ? m[0].length : 1) };
  }
  return { arg: text[i] ?? '', end: i + 1 };
}

export function decodeLatex(value: string, verbatim = false): string | undefined {
  if (verbatim) return value.replace(/\s+/g, ' ').trim();
  let out = '';
  let unknown = false;
  let math = false;
  for (let i = 0; i < value.length;) {
    const c = value.charAt(i);
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(value.slice(i));
      if (!m) {
        i++;
        continue;
      }
      const name = m[1] ?? '';
      i += m[0].length;
      if (name in ACCENTS) {
        const { arg, end } = argument(value, i);
        const decoded = decodeLatex(arg) ?? arg;
        const base = decoded === 'ı' ? 'i' : decoded === 'ȷ' ? 'j' : decoded;
        out += (base.slice(0, 1) + (ACCENTS[name] ?? '') + base.slice(1)).normalize('NFC');
        i = end;
      } else if (name in LETTERS) {
        out += LETTERS[name] ?? '';
        if (/^[A-Za-z]/.test(name) && value[i] === ' ') i++;
        if (/^[A-Za-z]/.test(name) && value.slice(i, i + 2) === '{}') i += 2;
      } else if (TEXT_COMMANDS.has(name)) {
        const { arg, end } = argument(value, i);
        out += decodeLatex(arg) ?? arg;
        i = end;
      } else {
        unknown = true;
        if (value[i] === '{') {
          const { arg, end } = argument(value, i);
          out += decodeLatex(arg) ?? arg;
          i = end;
        }
      }
      continue;
    }
    if (c === '$') {
      math = !math;
      i++;
      continue;
    }
    if (math && (c === '^' || c === '_')) {
      const { arg, end } = argument(value, i + 1);
      const table = c === '^' ? SUPERSCRIPT : SUBSCRIPT;
      const mapped = [...arg].map((ch) => table[ch]);
      out += mapped.every(Boolean) ? mapped.join('') : arg;
      i = end;
      continue;
    }
    if (c === '{' || c === '}') {
      i++;
      continue;
    }
    if (c === '~') {
      out += ' ';
      i++;
      continue;
    }
    if (c === '-' && value.startsWith('---', i)) {
      out += '—';
      i += 3;
      continue;
    }
    if (c === '-' && value.startsWith('--', i)) {
      out += '–';
      i += 2;
      continue;
    }
    if (c === '`' && value[i + 1] === '`') {
      out += '“';
      i += 2;
      continue;
    }
    if (c === "'" && value[i + 1] === "'") {
      out += '”';
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return unknown ? undefined : out.replace(/\s+/g, ' ').trim();
}
