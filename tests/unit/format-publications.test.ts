import { describe, expect, it } from 'vitest';
import { entryCacheSize } from '../../lib/format/citation-styles';
import { formatPublicationList, selectPublications } from '../../lib/format/publications';
import { OKONKWO } from '../fixtures/profile-okonkwo';

// Seven entry types of a fictional researcher: journal, preprint (in submission), conference, workshop, chapter,
// book, thesis, plus an older journal paper.
const IEEE = [
  '[1] M. Okonkwo, T. Lindqvist, and P. Raman, “Sparse priors for tidal flow reconstruction,” Journal of Imaginary Hydrology, vol. 12, no. 3, pp. 45–67, Mar. 2025, doi: 10.5555/jih.2025.0012.',
  '[2] M. Okonkwo and J. Feld, “Harbour acoustics at scale,” 2025, arXiv:2501.01234.',
  '[3] A. Brennan, M. Okonkwo, and T. Lindqvist, “Learning to route research vessels,” in Proceedings of the International Conference on Fictional Systems, FSA Press, July 2024, pp. 101–112.',
  '[4] P. Raman, M. Okonkwo, and K. Mensah, “Uncertainty-aware buoy placement,” in Workshop on Ocean Machine Learning, Dec. 2023, pp. 1–8.',
  '[5] M. Okonkwo, “Estuaries as dynamical systems,” in Handbook of Imaginary Waters, Fictional Academic Press, 2022, pp. 55–80.',
  '[6] M. Okonkwo and H. Aalto, Numerical methods for coastal modelling. Fictional Academic Press, 2021.',
  '[7] M. Okonkwo, “Currents, models and the sea,” Ph.D. dissertation, Lakeside University, 2020.',
  '[8] L. Vogt and M. Okonkwo, “Wave spectra of enclosed bays,” Annals of Fictional Physics, vol. 7, pp. 12–19, Feb. 2019.',
];

const APA = [
  'Okonkwo, M., Lindqvist, T., & Raman, P. (2025). Sparse priors for tidal flow reconstruction. Journal of Imaginary Hydrology, 12(3), 45–67. https://doi.org/10.5555/jih.2025.0012',
  'Okonkwo, M., & Feld, J. (2025). Harbour acoustics at scale (arXiv:2501.01234). arXiv. https://doi.org/10.48550/arXiv.2501.01234',
  'Brennan, A., Okonkwo, M., & Lindqvist, T. (2024). Learning to route research vessels. Proceedings of the International Conference on Fictional Systems, 101–112.',
  'Raman, P., Okonkwo, M., & Mensah, K. (2023). Uncertainty-aware buoy placement. Workshop on Ocean Machine Learning, 1–8.',
  'Okonkwo, M. (2022). Estuaries as dynamical systems. In Handbook of Imaginary Waters (pp. 55–80). Fictional Academic Press.',
  'Okonkwo, M., & Aalto, H. (2021). Numerical methods for coastal modelling. Fictional Academic Press.',
  'Okonkwo, M. (2020). Currents, models and the sea [Doctoral dissertation]. Lakeside University.',
  'Vogt, L., & Okonkwo, M. (2019). Wave spectra of enclosed bays. Annals of Fictional Physics, 7, 12–19.',
];

describe('publication lists through the CSL engine', () => {
  it('formats every entry type in IEEE, newest first, numbered by the style', () => {
    expect(formatPublicationList(OKONKWO, 'ieee').text.split('\n')).toEqual(IEEE);
  });

  it('formats every entry type in APA 7th', () => {
    expect(formatPublicationList(OKONKWO, 'apa').text.split('\n')).toEqual(APA);
  });

  it('renders ACM and Chicago from the bundled style files', () => {
    const acm = formatPublicationList(OKONKWO, 'acm').text.split('\n');
    expect(acm[0]).toBe(
      '[1] Mira Okonkwo, Tomas Lindqvist, and Priya Raman. 2025. Sparse priors for tidal flow reconstruction. Journal of Imaginary Hydrology 12, 3 (March 2025), 45–67. https://doi.org/10.5555/jih.2025.0012',
    );
    const chicago = formatPublicationList(OKONKWO, 'chicago').text.split('\n');
    expect(chicago[0]).toBe(
      'Okonkwo, Mira, Tomas Lindqvist, and Priya Raman. 2025. “Sparse Priors for Tidal Flow Reconstruction.” Journal of Imaginary Hydrology 12 (3): 45–67. https://doi.org/10.5555/jih.2025.0012.',
    );
    // A CV list repeats the owner's name instead of Chicago's "———" for the same author.
    expect(chicago.join('\n')).not.toContain('———');
  });

  it('numbers a plain list and bolds the owner in Markdown', () => {
    const plain = formatPublicationList(OKONKWO, 'plain').text.split('\n');
    expect(plain).toHaveLength(8);
    expect(plain[0]).toBe(`1. ${APA[0]}`);
    expect(plain[7]).toMatch(/^8\. Vogt, L\., & Okonkwo, M\. \(2019\)/);
    const markdown = formatPublicationList(OKONKWO, 'markdown').text.split('\n');
    expect(markdown[2]).toBe(
      '3. Brennan, A., **Okonkwo, M.**, & Lindqvist, T. (2024). Learning to route research vessels. *Proceedings of the International Conference on Fictional Systems*, 101–112.',
    );
    expect(markdown[6]).toContain('\\[Doctoral dissertation\\]');
  });

  it('underlines the owner in HTML and cuts author lists with "et al." after n authors', () => {
    const html = formatPublicationList(OKONKWO, 'html', { ownName: 'underline', maxAuthors: 2 }).text;
    expect(html.startsWith('<ol>\n  <li><u>Okonkwo, M.</u>, Lindqvist, T., et al. (2025).')).toBe(true);
    expect(html).toContain('<li>Brennan, A., <u>Okonkwo, M.</u>, et al. (2024).');
    expect(html).not.toContain('Raman, P., <u>Okonkwo, M.</u>, &#38; Mensah');
    const ieee = formatPublicationList(OKONKWO, 'ieee', { maxAuthors: 1 }).text.split('\n');
    expect(ieee[0]).toMatch(/^\[1\] M\. Okonkwo et al\., “Sparse priors/);
  });

  it('marks the owner in IEEE initials-first order for the rich clipboard copy', () => {
    const { html } = formatPublicationList(OKONKWO, 'ieee');
    expect(html).toContain('<li>A. Brennan, <strong>M. Okonkwo</strong>, and T. Lindqvist,');
    expect(formatPublicationList(OKONKWO, 'ieee').text).not.toMatch(/[\uE000\uE001]/);
  });

  it('writes BibTeX entries with all authors and no markup', () => {
    const bib = formatPublicationList(OKONKWO, 'bibtex').text;
    expect(bib.startsWith('@article{okonkwo2025sparse,')).toBe(true);
    expect(bib).toContain('author = {Okonkwo, Mira and Lindqvist, Tomas and Raman, Priya}');
    expect(bib).toContain('@phdthesis{okonkwo2020currents,');
    expect(bib.match(/^@/gm)).toHaveLength(8);
    expect(bib).not.toMatch(/[\uE000\uE001]/);
  });

  it('answers an empty text when the filters keep nothing', () => {
    expect(formatPublicationList(OKONKWO, 'ieee', { fromYear: 2030 })).toEqual({ text: '', count: 0 });
  });
});

describe('publication filters', () => {
  const ids = (filters: Parameters<typeof selectPublications>[1]) =>
    selectPublications(OKONKWO, filters).map((p) => p.id);

  it('keeps a year range, with work in submission', () => {
    expect(ids({ fromYear: 2023, toYear: 2024 })).toEqual(['pub-conference', 'pub-workshop']);
    expect(ids({ fromYear: 2025 })).toEqual(['pub-journal', 'pub-preprint']);
  });

  it('drops work in submission when asked', () => {
    expect(ids({ includeInSubmission: false, fromYear: 2025 })).toEqual(['pub-journal']);
  });

  it('keeps chosen types and selected papers', () => {
    expect(ids({ types: ['book', 'thesis'] })).toEqual(['pub-book', 'pub-thesis']);
    expect(ids({ selectedOnly: true })).toEqual(['pub-journal', 'pub-conference']);
  });

  it('counts equal-contribution first authors as first authors', () => {
    expect(ids({ firstAuthorOnly: true })).toEqual([
      'pub-journal',
      'pub-preprint',
      'pub-workshop',
      'pub-chapter',
      'pub-book',
      'pub-thesis',
    ]);
  });

  it('finds the owner by name when no author is flagged as self', () => {
    const unflagged = {
      ...OKONKWO,
      publications: OKONKWO.publications.map((p) => ({ ...p, authors: p.authors.map((a) => ({ ...a, self: false })) })),
    };
    expect(selectPublications(unflagged, { firstAuthorOnly: true }).map((p) => p.id)).toContain('pub-journal');
    expect(formatPublicationList(unflagged, 'markdown').text).toContain('Brennan, A., **Okonkwo, M.**');
  });
});

describe('rendering cache', () => {
  it('renders a list once and reuses the entries when only the filters change', () => {
    const first = formatPublicationList(OKONKWO, 'acm', { maxAuthors: 3 }).text.split('\n');
    const size = entryCacheSize();
    const filtered = formatPublicationList(OKONKWO, 'acm', { maxAuthors: 3, fromYear: 2023 }).text.split('\n');
    expect(entryCacheSize()).toBe(size);
    // Same entries, renumbered for the shorter list.
    expect(filtered.map((l) => l.replace(/^\[\d+\] /, ''))).toEqual(
      first.slice(0, filtered.length).map((l) => l.replace(/^\[\d+\] /, '')),
    );
    expect(filtered[0]?.startsWith('[1] ')).toBe(true);
  });
});
