/** BibTeX a LaTeX user would commit (issue #15), on the fictional Castellano profile and the seed CV when present. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { arxivPrimaryClass, bibtexKey, bibtexTitle, properNouns, toBibtex } from '../../lib/export/bibtex';
import { parseImport } from '../../lib/import';
import { mergeIntoProfile } from '../../lib/import/merge';
import { emptyProfile } from '../../lib/profile/create';
import type { Publication } from '../../lib/profile/schema';
import { CASTELLANO } from '../fixtures/profile-castellano';

const vocabulary = properNouns(CASTELLANO);
const bib = toBibtex(CASTELLANO.publications, { vocabulary });

function entry(key: string): string {
  const start = bib.indexOf(`{${key},`);
  if (start < 0) throw new Error(`no entry ${key}`);
  return bib.slice(bib.lastIndexOf('@', start), bib.indexOf('\n}', start) + 2);
}

describe('BibTeX export', () => {
  it('braces acronyms, mixed case and proper names the profile spells, and nothing else', () => {
    expect(entry('castellano2024gnns')).toContain(
      'title = {{GNNs} for {Fed2Com}-Style Compression over {LoRaWAN} in {Eastvale}}',
    );
    expect(entry('moreau2022note')).toContain('title = {A Note on {Bayesian} Link Estimation}');
    expect(entry('castellano2023sparse')).toContain('title = {Sparse Mesh Routing with Learned Priors}');
    expect(bibtexTitle('Learning Provably Improves the Convergence of Gradient Descent')).toBe(
      'Learning Provably Improves the Convergence of Gradient Descent',
    );
    expect(bibtexTitle('MIMO Sum Rate (SINR) via L2O in Hong Kong', new Set(['Hong', 'Kong']))).toBe(
      '{MIMO} Sum Rate ({SINR}) via {L2O} in {Hong} {Kong}',
    );
  });

  it('learns proper names from institutions and places, not from people', () => {
    expect(vocabulary.has('Eastvale')).toBe(true);
    expect(vocabulary.has('Northmere')).toBe(true);
    expect(vocabulary.has('University')).toBe(false);
    expect(vocabulary.has('Tanabe')).toBe(false);
  });

  it('writes a preprint as @misc with eprint and archivePrefix, and primaryClass when the id tells it', () => {
    expect(entry('castellano2025scaling')).toBe(
      [
        '@misc{castellano2025scaling,',
        '  author = {Castellano, Ravi and Brandt, Oskar},',
        '  title = {Scaling Federated Learning to a Million Meshes},',
        '  year = {2025},',
        '  eprint = {2503.01234},',
        '  archivePrefix = {arXiv}',
        '}',
      ].join('\n'),
    );
    expect(arxivPrimaryClass('math.OC/0601001')).toBe('math.OC');
    expect(arxivPrimaryClass('2503.01234')).toBeUndefined();
    const old = toBibtex([{ ...(CASTELLANO.publications[3] as Publication), arxiv: 'cs.NI/0601001' }]);
    expect(old).toContain('primaryClass = {cs.NI}');
  });

  it('keys entries familyYearWord, unique within the export, and never "New" for an untitled one', () => {
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect([...keys].sort()).toEqual(
      [
        'castellanorobust',
        'tanabe2026stability',
        'castellano2025scaling',
        'castellano2024gnns',
        'castellano2023sparse',
        'moreau2022note',
        'castellano2022method',
        'castellano2021learning',
        'castellano2020mesh',
        'castellano2019routing',
      ].sort(),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const taken = new Set<string>();
    const twin = CASTELLANO.publications[0] as Publication;
    expect([bibtexKey(twin, taken), bibtexKey(twin, taken), bibtexKey(twin, taken)]).toEqual([
      'castellano2024gnns',
      'castellano2024gnnsb',
      'castellano2024gnnsc',
    ]);
    expect(bibtexKey({ ...twin, title: '', year: undefined }, new Set())).toBe('castellanountitled');
  });

  it('round-trips through @retorquere/bibtex-parser with nothing lost', () => {
    const library = parse(bib, { sentenceCase: false, english: false, caseProtection: false, unsupported: 'ignore' });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(CASTELLANO.publications.length);
    for (const pub of CASTELLANO.publications) {
      const back = library.entries.find((e) => e.fields.title === pub.title);
      expect(back, pub.title).toBeDefined();
      const f = back?.fields as Record<string, unknown>;
      const authors = (f.author as { firstName?: string; lastName?: string }[]).map((a) =>
        [a.firstName, a.lastName].filter(Boolean).join(' '),
      );
      expect(authors).toEqual(pub.authors.map((a) => a.name));
      expect(f.year).toBe(pub.year === undefined ? undefined : String(pub.year));
      if (pub.pages) expect(f.pages).toBe(pub.pages.replace('-', '–'));
      for (const [field, value] of [
        ['volume', pub.volume],
        ['number', pub.issue],
        ['doi', pub.doi],
        ['eprint', pub.arxiv],
        ['publisher', pub.publisher],
      ] as const) {
        const got = f[field];
        // The parser reads publisher as a list.
        expect(Array.isArray(got) ? got.join(' and ') : got, `${pub.id} ${field}`).toBe(value);
      }
      const venue = f.journal ?? f.booktitle ?? f.school ?? f.howpublished;
      const expectedVenue = pub.type === 'preprint' || pub.type === 'book' ? undefined : pub.venue;
      expect(venue, pub.id).toBe(expectedVenue);
    }
  });

  const SEED = resolve(__dirname, '../../../shared/cv-qingyu-song.txt');
  it.runIf(existsSync(SEED))('exports the seed CV with its acronyms protected and preprints as @misc', async () => {
    const parsed = await parseImport({ format: 'cv-text', text: readFileSync(SEED, 'utf8'), fileName: 'cv.txt' });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('the seed CV did not import');
    const seed = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] }).profile;
    const out = toBibtex(seed.publications, { vocabulary: properNouns(seed) });
    expect(out).toContain('{Fed2Com}: Towards Efficient Compression in Federated Learning');
    expect(out).toContain('title = {Learning Provably Improves the Convergence of Gradient Descent}');
    expect(out).not.toMatch(/\{Provably\}|\{Improves\}|publisher = \{arXiv/);
    expect(out.match(/^@misc\{/gm)).toHaveLength(3);
    expect(out.match(/archivePrefix = \{arXiv\}/g)).toHaveLength(3);
    expect(parse(out, { unsupported: 'ignore' }).errors).toEqual([]);
  });
});
