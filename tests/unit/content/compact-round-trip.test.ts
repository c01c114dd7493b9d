// @vitest-environment happy-dom
/**
 * The collect message (issue #16) leaves out what the background can tell for itself: empty texts, an input's
 * "text" type, a `precedingText` that repeats the label, the next id and index, what the field before said. Whatever
 * it leaves out, the background must read back exactly what the page collected, or the classifier would decide on
 * something else. Every labelled page we have, collected by the shipped collector, sent as JSON and expanded.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactFields, expandFields, type SentField } from '../../../lib/messaging/compact-fields';
import { collectFromHtml } from '../engine/collect-html';

const ROOT = join(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, '../shared/corpus/ddg-forms');

function htmlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

const OWN = ['forms', 'accuracy', 'pages'].flatMap((d) => htmlFiles(join(ROOT, 'tests/fixtures', d)));

function roundTrip(file: string): { fields: number; sent: number; whole: number } {
  const { page } = collectFromHtml(readFileSync(file, 'utf8'));
  const json = JSON.stringify(compactFields(page.fields));
  expect(expandFields(JSON.parse(json) as SentField[]), file).toEqual(page.fields);
  return { fields: page.fields.length, sent: json.length, whole: JSON.stringify(page.fields).length };
}

describe('the collect message read back in the background', () => {
  it('gives the classifier exactly the descriptors the page collected, on every fixture page', () => {
    expect(OWN.length).toBeGreaterThan(40);
    const totals = OWN.map(roundTrip);
    expect(totals.reduce((n, t) => n + t.fields, 0)).toBeGreaterThan(300);
    // And it is much smaller than the descriptors themselves.
    const sent = totals.reduce((n, t) => n + t.sent, 0);
    const whole = totals.reduce((n, t) => n + t.whole, 0);
    expect(sent).toBeLessThan(whole * 0.45);
  });

  it.runIf(existsSync(CORPUS))(
    'does so on every page of the DuckDuckGo corpus too (read in place)',
    () => {
      const files = htmlFiles(CORPUS);
      expect(files.length).toBeGreaterThan(100);
      for (const file of files) roundTrip(file);
    },
    300_000,
  );
});
