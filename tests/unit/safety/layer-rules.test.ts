/**
 * The layers stay as issue #17 set them: ESLint's resolved config (eslint.config.js) forbids import cycles
 * everywhere, the browser globals (the global object, location and fetch among them) in lib/, and non-null
 * assertions in product code and scripts. Weakening or scoping away one of these rules fails here.
 */
import { resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

async function rulesFor(place: string): Promise<Record<string, Linter.RuleEntry>> {
  const eslint = new ESLint({ cwd: ROOT });
  const config = (await eslint.calculateConfigForFile(resolve(ROOT, place))) as {
    rules?: Record<string, Linter.RuleEntry>;
  };
  return config.rules ?? {};
}

const level = (entry: Linter.RuleEntry | undefined) => (Array.isArray(entry) ? entry[0] : entry);

describe('layer rules', () => {
  it.each(['lib/engine/classify.ts', 'platform/fill.ts', 'components/options/OptionsApp.tsx', 'scripts/bench.ts'])(
    'forbid import cycles and non-null assertions in %s',
    async (place) => {
      const rules = await rulesFor(place);
      expect(String(level(rules['import-x/no-cycle']))).toMatch(/^(error|2)$/);
      expect(String(level(rules['@typescript-eslint/no-non-null-assertion']))).toMatch(/^(error|2)$/);
    },
  );

  it('forbid the browser globals in lib/', async () => {
    const rules = await rulesFor('lib/profile/create.ts');
    const entry = rules['no-restricted-globals'];
    expect(Array.isArray(entry) ? entry.slice(1) : []).toEqual(
      expect.arrayContaining(['document', 'window', 'globalThis', 'self', 'location', 'fetch']),
    );
  });
});
