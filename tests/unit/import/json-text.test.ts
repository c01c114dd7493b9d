import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { stillMissing } from '../../../lib/import/still-missing';
import { emptyProfile } from '../../../lib/profile/create';

describe('a .json file that is not strict JSON', () => {
  it('names the line and column of the fault', async () => {
    const text = '{\n  "basics": {\n    "name": "Oskar Pellinen"\n    "email": "oskar@example.org"\n  }\n}\n';
    const result = await parseImport({ format: 'auto', fileName: 'resume.json', text });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Not valid JSON: .*\(line 4 column 5\)$/) });
  });

  it('reads comments, also before the first brace and between a trailing comma and its bracket, with a warning', async () => {
    const text = '// exported by hand\n{\n  "basics": { "name": "Oskar Pellinen", }, // trailing comma\n}\n';
    const result = await parseImport({ format: 'auto', fileName: 'resume.json', text });
    if (!result.ok || result.value.kind !== 'profile') throw new Error(result.ok ? 'not a profile' : result.error);
    expect(result.value.draft.name?.full).toBe('Oskar Pellinen');
    expect(result.value.warnings).toContain('The JSON had comments or trailing commas; Vitae ignored them.');
  });
});

describe('what is still missing after an import', () => {
  it('lists each missing fact with the section where it is added, and drops what the profile has', () => {
    const profile = emptyProfile();
    expect(stillMissing(profile).map((m) => `${m.section}:${m.label}`)).toEqual([
      'positions:A current position',
      'basics:An email address',
      'links:Your ORCID iD',
      'links:Your Google Scholar profile',
      'links:Your DBLP pid',
      'education:Your education',
      'publications:Your publications',
      'bios:A bio',
    ]);
    profile.links.orcid = '0000-0002-1825-0097';
    profile.positions.push({
      id: 'p1',
      title: 'Lecturer',
      institution: 'Karsthaven University',
      end: 'present',
    });
    const labels = stillMissing(profile).map((m) => m.label);
    expect(labels).not.toContain('Your ORCID iD');
    expect(labels).not.toContain('A current position');
  });
});
