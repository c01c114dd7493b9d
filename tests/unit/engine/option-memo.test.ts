import { describe, expect, it } from 'vitest';
import { OptionMemo } from '../../../lib/engine/option-memo';

describe('option lists read once per page', () => {
  it('works a list out once per question and gives the same answer for the same texts', () => {
    const memo = new OptionMemo();
    let calls = 0;
    const count = (texts: readonly string[]) => {
      calls++;
      return texts.length;
    };
    expect(memo.of('n', ['a', 'b'], count)).toBe(2);
    expect(memo.of('n', ['a', 'b'], count)).toBe(2);
    expect(calls).toBe(1);
    // Another question about the same list, or another list, is worked out anew.
    expect(memo.of('other', ['a', 'b'], count)).toBe(2);
    expect(memo.of('n', ['a', 'b', 'c'], count)).toBe(3);
    expect(calls).toBe(3);
  });

  it('does not mistake lists whose texts join to the same string', () => {
    const memo = new OptionMemo();
    const first = (texts: readonly string[]) => texts.join('/');
    expect(memo.of('j', ['a b', 'c'], first)).toBe('a b/c');
    expect(memo.of('j', ['a', 'b c'], first)).toBe('a/b c');
    expect(memo.of('j', ['ab'], first)).toBe('ab');
    expect(memo.of('j', ['a', 'b'], first)).toBe('a/b');
  });

  it('keeps nothing from one page to the next', () => {
    let calls = 0;
    const count = (texts: readonly string[]) => ++calls + texts.length;
    expect(new OptionMemo().of('n', ['x'], count)).toBe(2);
    expect(new OptionMemo().of('n', ['x'], count)).toBe(3);
  });
});
