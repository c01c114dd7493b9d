/** Bad input gets a clear answer, loses nothing, and never crashes the background. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonResume } from '../../../lib/export/json-resume';
import { parseImport } from '../../../lib/import';
import { MAX_CV_CHARS } from '../../../lib/import/cv-text';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[o++] = bigEndian ? 0xfe : 0xff;
    out[o++] = bigEndian ? 0xff : 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[o++] = bigEndian ? code >> 8 : code & 255;
    out[o++] = bigEndian ? code & 255 : code >> 8;
  }
  return out;
}

describe('empty and binary files', () => {
  it('refuses an empty file, as text or as bytes', async () => {
    for (const input of [{ text: '' }, { text: '  \n\t ' }, { bytes: new Uint8Array() }]) {
      expect(await parseImport({ format: 'auto', ...input })).toEqual({ ok: false, error: 'The file is empty.' });
    }
  });

  it('refuses random binary that is not a PDF, whatever format was asked', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 42;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255;
    for (const format of ['auto', 'cv-text', 'bibtex', 'json-resume'] as const) {
      const result = await parseImport({ format, bytes });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^This file is not text and not a PDF/);
    }
  });

  it('refuses bytes that are not a PDF when a PDF is asked for, and a PDF given as another format', async () => {
    expect(await parseImport({ format: 'cv-pdf', bytes: new TextEncoder().encode('Education\n') })).toEqual({
      ok: false,
      error: 'This file is not a PDF (a PDF starts with "%PDF-").',
    });
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF');
    const result = await parseImport({ format: 'bibtex', bytes: pdf });
    expect(result).toEqual({
      ok: false,
      error: 'This file is a PDF, not bibtex: import it as a CV PDF (or choose "auto").',
    });
  });
});

describe('text encodings', () => {
  const cv = fixture('cv-two-line.txt');

  it.each([
    ['UTF-16 LE with BOM', utf16(cv, false)],
    ['UTF-16 BE with BOM', utf16(cv, true)],
    ['UTF-16 LE without BOM', utf16(cv, false, false)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(cv)])],
  ])('reads a CV in %s', async (_name, bytes) => {
    const result = await parseImport({ format: 'auto', bytes, fileName: 'cv.txt' });
    expect(result.ok).toBe(true);
    if (result.ok && result.value.kind === 'profile') {
      expect(result.value.format).toBe('cv-text');
      expect(result.value.draft.name?.full).toBe('Anneliese Okonkwo-Varga');
      expect(result.value.draft.education?.[1]?.institution).toBe('University of Szeged');
    }
  });

  it('reads a Windows-1252 file and says so', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('EDUCATION\n2010 - 2014\tB.A., Linguistics, Universit'),
      0xe9,
      ...new TextEncoder().encode(' de Lyon\n'),
    ]);
    const result = await parseImport({ format: 'cv-text', bytes });
    expect(result.ok).toBe(true);
    if (result.ok && result.value.kind === 'profile') {
      expect(result.value.draft.education?.[0]?.institution).toBe('Université de Lyon');
      expect(result.value.warnings).toContain(
        'The file is not UTF-8; Vitae read it as Windows-1252 (Western European).',
      );
    }
  });
});

describe('broken and hostile JSON', () => {
  it('reads JSON with comments and trailing commas, and says so', async () => {
    const text = `{
      // hand-edited
      "basics": { "name": "Ruth Okonkwo", /* block */ "email": "ruth@lakeside.example.edu", },
      "work": [ { "name": "Lakeside College", "position": "Lecturer", }, ],
    }`;
    const result = await parseImport({ format: 'json-resume', text });
    expect(result.ok).toBe(true);
    if (result.ok && result.value.kind === 'profile') {
      expect(result.value.draft.name?.full).toBe('Ruth Okonkwo');
      expect(result.value.draft.positions?.[0]?.institution).toBe('Lakeside College');
      expect(result.value.warnings).toEqual(['The JSON had comments or trailing commas; Vitae ignored them.']);
    }
  });

  it('refuses JSON that is not JSON, with the parser message', async () => {
    const result = await parseImport({ format: 'json-resume', text: '{"basics": {"name": "X"' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Not valid JSON: /);
  });

  it('refuses JSON nested 100 000 levels deep without overflowing the stack', async () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    for (const format of ['auto', 'json-resume', 'csl-json', 'orcid-json', 'backup'] as const) {
      expect(await parseImport({ format, text })).toEqual({
        ok: false,
        error: 'The JSON is nested more than 500 levels deep; no CV or profile is. Refused.',
      });
    }
    const objects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect((await parseImport({ format: 'auto', text: objects })).ok).toBe(false);
  });

  it('refuses XML nested too deep', async () => {
    const text = '<dblpperson name="X">' + '<r>'.repeat(1_000) + '</r>'.repeat(1_000) + '</dblpperson>';
    expect(await parseImport({ format: 'dblp-xml', text })).toEqual({
      ok: false,
      error: 'The XML is nested deeper than 200 levels; refused.',
    });
  });
});

describe('HTML and javascript: URLs inside fields', () => {
  it('keeps markup as inert text and makes links only from http(s) URLs', async () => {
    const resume = {
      basics: {
        name: '<img src=x onerror=alert(1)>',
        url: 'javascript:alert(document.cookie)',
        summary: '<script>alert(1)</script> I study things.',
        profiles: [
          { network: 'Blog', url: 'javascript:alert(2)' },
          { network: 'Site', url: 'data:text/html,<b>x</b>' },
          { network: 'Home', url: 'https://ruth.example.org/<b>' },
        ],
      },
      publications: [{ name: 'A <b>Bold</b> Title', url: 'JavaScript:alert(3)', publisher: 'J' }],
    };
    const parsed = await parseImport({ format: 'json-resume', text: JSON.stringify(resume) });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('import failed');
    const { profile } = mergeIntoProfile(emptyProfile('p'), parsed.value.draft, { exclude: [] });
    expect(profile.name.full).toBe('<img src=x onerror=alert(1)>');
    expect(profile.bios[0]?.text).toBe('<script>alert(1)</script> I study things.');
    expect(profile.publications[0]?.title).toBe('A <b>Bold</b> Title');
    expect(profile.links.homepage).toBeUndefined();
    expect(profile.links.other).toEqual([{ label: 'Home', url: 'https://ruth.example.org/<b>' }]);
    expect(profile.publications[0]?.url).toBeUndefined();
    expect(parsed.value.warnings).toEqual([
      'Left out basics.url "javascript:alert(document.cookie)": only http(s) links are kept.',
      'Left out basics.profiles[0] (Blog): no usable id or http(s) link.',
      'Left out basics.profiles[1] (Site): no usable id or http(s) link.',
      'Left out publications[0].url: only http(s) links are kept.',
    ]);
    const exported = JSON.stringify(toJsonResume(profile));
    expect(exported).not.toMatch(/javascript:|data:text/i);
  });

  it('never makes a link from a javascript: URL in a CV or BibTeX', async () => {
    const cv =
      'Ruth Okonkwo\njavascript:alert(1)\nruth@lakeside.example.edu\n\nEDUCATION\n2010 - 2014\tB.A., Linguistics, University of Lakeside\n';
    const a = await parseImport({ format: 'cv-text', text: cv });
    expect(a.ok && a.value.kind === 'profile' && a.value.draft.links?.homepage).toBeFalsy();
    const bib =
      '@article{x, title={T <script>x</script>}, author={Doe, Jane}, url={javascript:alert(1)}, journal={J}, year=2020}';
    const b = await parseImport({ format: 'bibtex', text: bib });
    if (!b.ok || b.value.kind !== 'profile') throw new Error('import failed');
    expect(b.value.draft.publications?.[0]?.url).toBeUndefined();
    expect(b.value.draft.publications?.[0]?.title).toBe('T <script>x</script>');
  });
});

describe('a 5 MB CV text', () => {
  it('is read up to the cap within a few seconds, with a warning that says what was left out', async () => {
    const seedLike = fixture('cv-allcaps-tabs.txt');
    let text = seedLike;
    const filler = '- Reviewer for the Journal of Repetitive Studies, issue after issue, year after year.\n';
    while (text.length < 5 * 1024 * 1024) text += filler;
    const started = performance.now();
    const result = await parseImport({ format: 'cv-text', text });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    expect(result.ok).toBe(true);
    if (result.ok && result.value.kind === 'profile') {
      expect(result.value.warnings[0]).toBe(
        `The text is ${text.length.toLocaleString('en')} characters long; Vitae read only the first ${MAX_CV_CHARS.toLocaleString('en')} (about 150 pages) and left out the rest.`,
      );
      expect(result.value.draft.name?.full).toBe('Kofi Benedikt Asante-Rønning');
    }
  });
});

describe('JSON Resume with wrong types everywhere', () => {
  it('imports what is right and names each thing it left out', async () => {
    const text = JSON.stringify({
      basics: { name: ['not', 'text'], email: 'ruth@lakeside.example.edu', location: 'Lagos' },
      work: { name: 'not a list' },
      education: [{ institution: 7 }, { institution: 'Lakeside College', studyType: 'BSc', startDate: 2015 }],
      skills: [{ name: 'R' }, null],
      meta: { 'x-vitae': { service: 'not a list' } },
    });
    const parsed = await parseImport({ format: 'json-resume', text });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('import failed');
    expect(parsed.value.draft.emails?.[0]?.address).toBe('ruth@lakeside.example.edu');
    expect(parsed.value.draft.education).toEqual([{ degree: 'BSc', institution: 'Lakeside College' }]);
    expect(parsed.value.draft.skills).toEqual(['R']);
    expect(parsed.value.warnings).toEqual([
      'Left out basics.name: it is a list, expected text.',
      'Left out basics.location: it is a string, expected an object.',
      'Left out work: it is an object, expected a list.',
      'Left out education[0].institution: it is a number, expected text.',
      'Left out education[0]: it has no institution.',
      'Left out education[1].startDate: it is a number, expected text.',
      'Left out skills[1]: it is null, expected an object.',
      'Left out meta.x-vitae.service: it is a string, expected a list.',
    ]);
  });
});

describe('input with nothing usable in it', () => {
  it('is refused, naming what was wrong, instead of importing nothing', async () => {
    const text = JSON.stringify({ basics: { name: 42, email: ['x'] } });
    const parsed = await parseImport({ format: 'json-resume', text });
    expect(parsed).toEqual({
      ok: false,
      error:
        'Found nothing to import in this json-resume file; nothing was changed. ' +
        'Left out basics.name: it is a number, expected text. Left out basics.email: it is a list, expected text.',
    });
  });
});
