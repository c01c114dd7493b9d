/**
 * The fuzzing machinery itself: the generator covers every item of issue #8's list, and the browser run's checks
 * turn what `fill.tab` reports about its own failures into violations instead of letting them pass.
 */
import { describe, expect, it } from 'vitest';
import type { FillTabResponse } from '../../lib/messaging/protocol';
import { allFields, describeFrames, generatePage, type FuzzPage } from './generate';
import { checkFillResponse, formatViolations, type Violation } from './invariants';

const pages: FuzzPage[] = Array.from({ length: 1000 }, (_, i) => generatePage(i + 1));
const fields = pages.flatMap((p) => allFields(p).map(({ field, block }) => ({ field, block, page: p })));

describe('the form generator', () => {
  it('replays a seed exactly', () => {
    expect(JSON.stringify(generatePage(739))).toBe(JSON.stringify(generatePage(739)));
  });

  it('covers every item of the issue in 1 000 seeds', () => {
    const count = (test: (f: (typeof fields)[number]) => boolean) => fields.filter(test).length;
    // Labels in random places and languages.
    for (const placement of [
      'label-for',
      'label-after',
      'label-wrap',
      'aria-label',
      'aria-labelledby',
      'placeholder',
      'title',
      'preceding',
      'table-cell',
      'dt',
      'none',
    ])
      expect(
        count((f) => f.field.placement === placement),
        placement,
      ).toBeGreaterThan(20);
    for (const lang of ['en', 'zh', 'de', 'fr', 'es'])
      expect(
        count((f) => f.field.lang === lang),
        lang,
      ).toBeGreaterThan(500);
    // Nesting, tables, open and closed (and nested) shadow roots, iframes of three kinds.
    const blocks = pages.flatMap((p) => p.blocks);
    expect(blocks.filter((b) => b.depth >= 3).length).toBeGreaterThan(200);
    expect(blocks.filter((b) => b.layout === 'table').length).toBeGreaterThan(200);
    for (const container of ['open-shadow', 'closed-shadow', 'iframe', 'cross-origin-iframe', 'sandboxed-iframe'])
      expect(blocks.filter((b) => b.container === container).length, container).toBeGreaterThan(50);
    expect(blocks.filter((b) => b.innerShadow === 'open').length).toBeGreaterThan(20);
    expect(blocks.filter((b) => b.innerShadow === 'closed').length).toBeGreaterThan(20);
    // Hidden and off-screen traps, prefilled values.
    for (const trap of [
      'display-none',
      'visibility-hidden',
      'offscreen',
      'outside-document',
      'type-hidden',
      'covered',
      'disabled',
      'readonly',
    ])
      expect(
        count((f) => f.field.trap === trap),
        trap,
      ).toBeGreaterThan(20);
    expect(count((f) => f.field.prefill !== '')).toBeGreaterThan(500);
    // Odd input types, type names in upper case or unknown to the browser.
    for (const type of ['color', 'range', 'week', 'time', 'datetime-local', 'month', 'file', 'number', 'search'])
      expect(
        count((f) => f.field.widget.tag === 'input' && f.field.widget.type === type),
        type,
      ).toBeGreaterThan(10);
    expect(count((f) => f.field.widget.tag === 'input' && /[A-Z]/.test(f.field.widget.type))).toBeGreaterThan(10);
    expect(
      count((f) => f.field.widget.tag === 'input' && ['textfield', 'string', 'fancy'].includes(f.field.widget.type)),
    ).toBeGreaterThan(10);
    // Duplicate ids on one page.
    const duplicated = pages.filter((p) => {
      const ids = allFields(p)
        .map(({ field }) => field.htmlId)
        .filter(Boolean);
      return new Set(ids).size < ids.length;
    });
    expect(duplicated.length).toBeGreaterThan(100);
    // Thousands of options.
    const huge = count((f) => f.field.widget.tag === 'select' && f.field.widget.options.length >= 1000);
    expect(huge).toBeGreaterThan(20);
    // Fields Vitae must never write.
    for (const what of ['password', 'card', 'cvc', 'expiry', 'captcha', 'consent'])
      expect(
        count((f) => f.field.role.kind === 'forbidden' && f.field.role.what === what),
        what,
      ).toBeGreaterThan(50);
  });

  it('describes type=hidden twins not at all, as the collector does, and unknown types as text boxes', () => {
    for (const page of pages.slice(0, 200)) {
      const described = describeFrames(page).flatMap((f) => [...f.truth.values()].map((t) => t.field));
      expect(described.some((f) => f.trap === 'type-hidden')).toBe(false);
      for (const frame of describeFrames(page))
        for (const d of frame.page.fields) expect(d.type).toBe(d.type.toLowerCase());
    }
  });
});

describe('the browser run’s reading of fill.tab', () => {
  const base: FillTabResponse = { ok: true, filled: [], skipped: [] };

  it('counts an exception Vitae met in a frame or a step as a violation', () => {
    const response: FillTabResponse = {
      ...base,
      skipped: [
        { selector: '#f', reason: 'Left alone: a captcha' },
        {
          selector: 'frame http://x/',
          reason: 'Could not fill this frame: the content script failed: boom',
          error: true,
        },
        { selector: '#g', reason: "Could not fill: Cannot read properties of null (reading 'x')", error: true },
      ],
    };
    const violations = checkFillResponse(7, response);
    expect(violations.map((v) => v.field)).toEqual(['frame http://x/', '#g']);
    expect(violations[0]!.problem).toMatch(/exception.*boom/);
  });

  it('counts an error answer and a field reported filled twice', () => {
    expect(checkFillResponse(1, { ok: false, error: 'no profile' })).toHaveLength(1);
    const twice = { frameUrl: 'http://x/', selector: '#a', field: 'email', value: 'a@b' };
    expect(checkFillResponse(1, { ...base, filled: [twice, twice] })[0]!.problem).toBe('reported as filled twice');
  });

  it('prints every failing seed with the command that replays it', () => {
    const violations: Violation[] = [
      { seed: 5, field: 'x', problem: 'p', replay: '5,6,7,8' },
      { seed: 11, field: 'y', problem: 'q', replay: '9,10,11,12' },
    ];
    const text = formatViolations(violations, 'npx vitest run tests/e2e/fuzz.test.ts');
    expect(text).toContain('seed 5: x: p');
    expect(text).toContain('FUZZ_SEED=5,6,7,8 npx vitest run tests/e2e/fuzz.test.ts');
    expect(text).toContain('FUZZ_SEED=9,10,11,12 npx vitest run tests/e2e/fuzz.test.ts');
  });
});
