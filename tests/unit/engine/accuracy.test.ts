// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIELD_KIND_LIST } from '../../../lib/fields/kinds';
import { scoreFixtures, totals } from './accuracy';

const ROOT = join(__dirname, '..', '..', '..');

describe('accuracy on the labelled form replicas', () => {
  const pages = scoreFixtures(ROOT);

  it('has at least twelve labelled replicas', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const p of pages) expect(p.results.length).toBeGreaterThan(5);
  });

  it('meets the precision and recall targets (≥ 99 %, ≥ 95 %)', () => {
    const t = totals(pages);
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('recognises every field kind correctly somewhere in the replicas', () => {
    const seen = new Set<string>();
    for (const p of pages)
      for (const r of p.results) if (r.filled && r.correct && r.decision?.kind) seen.add(r.decision.kind);
    const missing = FIELD_KIND_LIST.filter((k) => !seen.has(k));
    expect(missing).toEqual([]);
  });

  it('leaves every labelled never-fill field alone', () => {
    const wrong = pages.flatMap((p) =>
      p.results
        .filter((r) => r.label.startsWith('leave:') && r.filled)
        .map((r) => `${p.page}: ${r.label} → ${r.decision?.kind ?? ''}`),
    );
    expect(wrong).toEqual([]);
  });
});
