/**
 * Scanner for the built extension: code that turns strings into code (eval, new Function, string timers) and
 * HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write, createContextualFragment). Our own source
 * cannot contain them (ESLint, see tests/unit/safety/lint-rules.test.ts); this scan also covers vendor code that the
 * bundler pulled in, where ESLint does not look.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  file: string;
  pattern: string;
  excerpt: string;
}

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(|\b(?:window|globalThis|self)\.eval\s*\(/g },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/g },
  { name: 'Function(string)', re: /(?<!new\s+)(?<![\w$.])Function\s*\(\s*['"`]/g },
  { name: 'string timer', re: /\b(?:setTimeout|setInterval)\s*\(\s*['"`]/g },
  { name: 'innerHTML=', re: /\.innerHTML\s*(?:=(?!=)|\+=)/g },
  { name: 'outerHTML=', re: /\.outerHTML\s*(?:=(?!=)|\+=)/g },
  { name: 'insertAdjacentHTML', re: /\.insertAdjacentHTML\s*\(/g },
  { name: 'document.write', re: /\bdocument\.write(?:ln)?\s*\(/g },
  { name: 'createContextualFragment', re: /\.createContextualFragment\s*\(/g },
];

/**
 * Known-safe vendor code, each with the reason it is safe. An allowance matches the excerpt around a finding.
 */
export const ALLOWED: { pattern: string; excerpt: RegExp; why: string }[] = [
  {
    pattern: 'innerHTML=',
    // Preact's diff: `t.innerHTML = g.__html`, where g is the `dangerouslySetInnerHTML` prop.
    excerpt: /\.innerHTML\s*=\s*[\w$]+\.__html\b/,
    why:
      "Preact writes innerHTML only for the `dangerouslySetInnerHTML` prop; ESLint bans that prop in Vitae's own " +
      'JSX (no-restricted-syntax), so no Vitae data can reach this line.',
  },
  {
    pattern: 'innerHTML=',
    // @citation-js/core Cite#get: `if (format === 'real' && type === 'html' && document) { div.innerHTML = output }`.
    excerpt: /document\.createElement\(`div`\);return ([\w$]+)\.innerHTML=[\w$]+,\1\.firstChild/,
    why:
      "citation-js's Cite#get turns an HTML bibliography into DOM nodes for `format: 'real'`. Vitae never builds a " +
      'Cite object (it calls plugins.output.format; the test below checks the source), so this line never runs; ' +
      'the MV3 service worker has no document either.',
  },
  {
    pattern: 'Function(string)',
    // lodash's root detection: `freeGlobal || freeSelf || Function('return this')()` (via @retorquere/bibtex-parser).
    excerpt: /self\.Object===Object&&self,[\w$]+=[\w$]+\|\|[\w$]+\|\|Function\(`return this`\)\(\)/,
    why:
      "lodash looks for the global object as `global || self || Function('return this')()`; `self` always exists " +
      'in a service worker and in extension pages, so the Function call is never reached (and the default CSP ' +
      'would refuse it, not run it).',
  },
  {
    pattern: 'Function(string)',
    // core-js style global lookup: `(typeof this == 'object' && this) || (function () { return this })() || Function('return this')()`.
    excerpt: /\(function\(\)\{return this\}\)\(\)\|\|Function\(`return this`\)\(\)/,
    why:
      "A core-js style global lookup that tries globalThis, self and `this` first; the Function('return this') " +
      'fallback is unreachable where globalThis exists (every browser Vitae supports), and the CSP would refuse it.',
  },
  {
    pattern: 'Function(string)',
    // underscore's root detection (via mammoth, the .docx importer): `self || global || Function('return this')()`.
    excerpt: /typeof global==`object`&&global\.global===global&&global\|\|Function\(`return this`\)\(\)\|\|\{\}/,
    why:
      "underscore looks for the global object as `self || global || Function('return this')()`; `self` always " +
      'exists in a service worker and in extension pages, so the Function call is never reached (and the default ' +
      'CSP would refuse it, not run it).',
  },
  {
    pattern: 'Function(string)',
    // The setimmediate polyfill (via jszip, which mammoth uses to unzip .docx): `if (typeof cb != 'function') cb = new Function('' + cb)`.
    excerpt: /setImmediate=function\(([\w$]+)\)\{typeof \1!=`function`&&\(\1=Function\(``\+\1\)\)/,
    why:
      'setImmediate(string) would compile the string; jszip and mammoth only ever pass functions, Vitae never ' +
      'calls setImmediate, and the default extension CSP refuses compiling strings in the background.',
  },
];

/** Every unsafe construct in one source text (minified or not), with 60 characters of context either side. */
export function findUnsafeCode(source: string, file = '<text>'): Finding[] {
  const findings: Finding[] = [];
  for (const { name, re } of PATTERNS) {
    for (const m of source.matchAll(re)) {
      const at = m.index;
      findings.push({ file, pattern: name, excerpt: source.slice(Math.max(0, at - 60), at + m[0].length + 60) });
    }
  }
  return findings;
}

export function isAllowed(finding: Finding): boolean {
  return ALLOWED.some((a) => a.pattern === finding.pattern && a.excerpt.test(finding.excerpt));
}

export function listFiles(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extensions));
    else if (extensions.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

export function scanBuild(dir: string): Finding[] {
  return listFiles(dir, ['.js', '.mjs']).flatMap((file) =>
    findUnsafeCode(readFileSync(file, 'utf8'), relative(dir, file)),
  );
}

/**
 * Runs inside an extension page (passed to page.evaluate): tries eval and new Function from a timer, as the page's
 * own code would (DevTools/WebDriver evaluation itself may lift the CSP while it runs), and names what happened.
 */
export function tryCodeFromStrings(): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const tries: Record<string, string> = {};
      const attempt = (name: string, run: () => unknown) => {
        try {
          run();
          tries[name] = 'ran';
        } catch (error) {
          tries[name] = error instanceof Error ? error.name : String(error);
        }
      };
      // eslint-disable-next-line no-eval -- the point of the test: the browser must refuse it
      attempt('eval', () => eval('1 + 1'));
      // eslint-disable-next-line no-new-func, @typescript-eslint/no-implied-eval -- likewise
      attempt('new Function', () => new Function('return 1')());
      resolve(tries);
    }, 0);
  });
}
