/**
 * Vitae's own source can never turn data into code or markup: ESLint (eslint.config.js) rejects every such sink in
 * every part of the code base. This test resolves the project's real config for files in each area and runs the
 * resolved sink rules on small snippets, so that weakening or scoping away a rule fails here. (Resolving the config
 * is cheap; a full type-aware lint of snippets would build the whole TypeScript program, ~20 s.) The built bundles,
 * vendor code included, are scanned in tests/e2e/code-safety.test.ts.
 */
import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

const SINKS: { code: string; rule: string }[] = [
  { code: 'el.innerHTML = data;', rule: 'no-restricted-properties' },
  { code: 'el.innerHTML += data;', rule: 'no-restricted-properties' },
  { code: 'el.outerHTML = data;', rule: 'no-restricted-properties' },
  { code: "el.insertAdjacentHTML('beforeend', data);", rule: 'no-restricted-properties' },
  { code: 'document.write(data);', rule: 'no-restricted-properties' },
  { code: 'eval(data);', rule: 'no-eval' },
  { code: 'new Function(data);', rule: 'no-new-func' },
  { code: 'const X = () => <div dangerouslySetInnerHTML={{ __html: data }} />;', rule: 'no-restricted-syntax' },
];

/** Rules that need no type information, so they can run on a snippet. */
const SYNTAX_RULES = ['no-eval', 'no-new-func', 'no-restricted-properties', 'no-restricted-syntax'];

// Existing files of each area, so that the config's file globs apply as they do to real code.
const PLACES = [
  'lib/profile/create.ts',
  'platform/fill.ts',
  'entrypoints/content/index.ts',
  'entrypoints/background/index.ts',
  'components/popup/PopupApp.tsx',
];

type RuleEntry = Linter.RuleEntry;

async function resolvedRules(place: string): Promise<Record<string, RuleEntry>> {
  const eslint = new ESLint({ cwd: ROOT });
  const config = (await eslint.calculateConfigForFile(resolve(ROOT, place))) as { rules?: Record<string, RuleEntry> };
  return config.rules ?? {};
}

function lintSnippet(code: string, rules: Record<string, RuleEntry>): (string | null)[] {
  const linter = new Linter({ configType: 'flat' });
  const text = `export function sink(el: HTMLElement, data: string): void {\n  ${code}\n  void el;\n}\n`;
  const picked = Object.fromEntries(SYNTAX_RULES.map((r) => [r, rules[r] ?? 'off']));
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: picked,
      },
    ],
    { filename: 'snippet.tsx' },
  );
  return messages.map((m) => m.ruleId);
}

function severity(entry: RuleEntry | undefined): number {
  const level = Array.isArray(entry) ? entry[0] : entry;
  return level === 'error' ? 2 : level === 'warn' ? 1 : level === 'off' || level === undefined ? 0 : Number(level);
}

describe('ESLint rejects every code-from-data and markup sink', () => {
  it.each(PLACES)('in %s', async (place) => {
    const rules = await resolvedRules(place);
    for (const rule of [...SYNTAX_RULES, '@typescript-eslint/no-implied-eval']) {
      expect(severity(rules[rule]), `${rule} in ${place}`).toBe(2);
    }
    for (const { code, rule } of SINKS) {
      expect(lintSnippet(code, rules), `${code} in ${place}`).toContain(rule);
    }
    // The safe equivalent passes, so the findings above are about the sinks.
    expect(lintSnippet('el.textContent = data;', rules)).toEqual([]);
  });
});
