import { describe, expect, it } from 'vitest';
import { insertMenuItems, insertText, isInsertItemId, INSERT_ROOT } from '../../lib/format/insert-menu';
import { OKONKWO } from '../fixtures/profile-okonkwo';

describe('the "Insert from Vitae" menu', () => {
  const items = insertMenuItems(OKONKWO, 'ieee');

  it('offers the stored bios, bio drafts, the list in the default style and the ids', () => {
    const titles = (parent: string | undefined) => items.filter((i) => i.parent === parent).map((i) => i.title);
    expect(titles(undefined)).toEqual(['Bio', 'Publication list (IEEE)', 'Ids and links']);
    expect(titles(`${INSERT_ROOT}/bios`)).toEqual([
      'Short',
      'Draft, 100 words (third person)',
      'Draft, 100 words (first person)',
    ]);
    expect(titles(`${INSERT_ROOT}/ids`)).toContain('ORCID id');
  });

  it('inserts exactly the chosen snippet', () => {
    expect(insertText(OKONKWO, 'bio:bio-short')).toBe(OKONKWO.bios[0]?.text);
    expect(insertText(OKONKWO, 'link:orcid:id')).toBe('0000-0002-1825-0097');
    expect(insertText(OKONKWO, 'link:dblp:url')).toBe('https://dblp.org/pid/123/4567.html');
    expect(insertText(OKONKWO, 'publications:ieee')?.split('\n')[0]).toMatch(/^\[1\] M\. Okonkwo, T\. Lindqvist/);
    expect(insertText(OKONKWO, 'bio-draft:100:first')).toMatch(/^I am an Assistant Professor/);
  });

  it('ignores ids that are not its own or no longer exist', () => {
    expect(isInsertItemId('fill-page')).toBe(false);
    expect(isInsertItemId(`${INSERT_ROOT}/bios`)).toBe(false);
    expect(insertText(OKONKWO, 'bio:deleted')).toBeUndefined();
    expect(insertText(OKONKWO, 'publications:mla')).toBeUndefined();
  });
});
