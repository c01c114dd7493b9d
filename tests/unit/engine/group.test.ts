import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../lib/engine/group';

describe('grouping fields in one pass', () => {
  it('keeps groups in first-seen order and items in their own order, leaving out items without a key', () => {
    const items = ['a1', 'b1', 'x', 'a2', 'c1', 'b2', 'a3'];
    const groups = groupBy(items, (s) => (s === 'x' ? undefined : s.charAt(0)));
    expect([...groups.entries()]).toEqual([
      ['a', ['a1', 'a2', 'a3']],
      ['b', ['b1', 'b2']],
      ['c', ['c1']],
    ]);
  });

  it('groups a form of 10 000 fields', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ form: i % 3 === 0 ? 'f' : '', i }));
    const groups = groupBy(items, (w) => w.form || '(page)');
    expect(groups.get('f')?.length).toBe(3334);
    expect(
      groups
        .get('(page)')
        ?.map((w) => w.i)
        .slice(0, 3),
    ).toEqual([1, 2, 4]);
  });
});
