import { describe, expect, it } from 'vitest';
import { exportProfile } from '../../lib/export';
import { exportQuickCopy } from '../../lib/format';
import { formatConflicts } from '../../lib/format/conflicts';
import { formatPublicationList } from '../../lib/format/publications';
import type { ExportRequest } from '../../lib/messaging/protocol';
import { NOW, OKONKWO } from '../fixtures/profile-okonkwo';

describe('profile.export answers the quick-copy texts', () => {
  it('gives the same publication list the formatter makes', async () => {
    const res = await exportProfile(OKONKWO, {
      type: 'profile.export',
      format: 'publications',
      style: 'ieee',
      filters: { fromYear: 2024 },
    });
    expect(res).toEqual({ ok: true, data: formatPublicationList(OKONKWO, 'ieee', { fromYear: 2024 }).text });
    expect(res.ok && res.data.split('\n')).toHaveLength(3);
  });

  it('counts the conflict window back from the date given', () => {
    const res = exportQuickCopy(OKONKWO, { type: 'profile.export', format: 'conflicts', style: 'nsf-coa-csv' }, NOW);
    expect(res).toEqual({ ok: true, data: formatConflicts(OKONKWO, 'nsf-coa-csv', { now: NOW }) });
  });

  it('drafts a bio of the asked length and person', async () => {
    const res = await exportProfile(OKONKWO, { type: 'profile.export', format: 'bio', words: 50, person: 'first' });
    expect(res.ok && res.data.startsWith('I am an Assistant Professor')).toBe(true);
  });

  it('refuses unknown styles and bad numbers with a clear error', async () => {
    const bad = { type: 'profile.export', format: 'publications', style: 'mla' } as unknown as ExportRequest;
    expect(await exportProfile(OKONKWO, bad)).toEqual({
      ok: false,
      error: 'Unknown publication style: mla (one of plain, markdown, html, bibtex, apa, ieee, acm, chicago)',
    });
    expect(
      await exportProfile(OKONKWO, { type: 'profile.export', format: 'conflicts', style: 'hotcrp', months: -3 }),
    ).toEqual({ ok: false, error: 'months must be a positive number' });
  });
});
