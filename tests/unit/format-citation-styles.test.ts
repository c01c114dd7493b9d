/**
 * Publication lists in every style on a fictional profile with one publication of every type and status (issue #15).
 * The golden entries were checked against each style's published examples: the IEEE Reference Guide (preprint
 * "2025, arXiv:…", "Ph.D. dissertation", "U.S. Patent …"), the ACM Reference Format, APA 7 ("(arXiv:…). arXiv.",
 * "[Doctoral dissertation]", "(in press)", "[Manuscript submitted for publication]") and Chicago 17 author-date
 * ("Preprint, arXiv:…", "PhD diss.", "Forthcoming").
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPublicationList, tidyEntry } from '../../lib/format/publications';
import { PUBLICATION_STYLES } from '../../lib/format/publications-select';
import { parseImport } from '../../lib/import';
import { mergeIntoProfile } from '../../lib/import/merge';
import { emptyProfile } from '../../lib/profile/create';
import { CASTELLANO } from '../fixtures/profile-castellano';

const GOLDEN = {
  ieee: [
    '[1] R. Castellano and Y. Tanabe, “Robust Aggregation under Churn,” Submitted.',
    '[2] Y. Tanabe and R. Castellano, “On the Stability of Learned Routing,” Journal of Fictional Networking, 2026, In press.',
    '[3] R. Castellano and O. Brandt, “Scaling Federated Learning to a Million Meshes,” 2025, arXiv:2503.01234.',
    '[4] R. Castellano, A. Verhoeven, and Y. Tanabe, “GNNs for Fed2Com-Style Compression over LoRaWAN in Eastvale,” Journal of Fictional Networking, vol. 12, no. 3, pp. 101–118, 2024, doi: 10.5555/jfn.2024.0042.',
    '[5] R. Castellano and H. Sorensen, “Sparse Mesh Routing with Learned Priors,” in Proceedings of the IEEE Conference on Imaginary Communications (ICIC), 2023, pp. 55–64.',
    '[6] L. Moreau and R. Castellano, “A Note on Bayesian Link Estimation,” in Workshop on Learned Systems, 2022.',
    '[7] R. Castellano and O. Brandt, “Method for Adaptive Mesh Routing,” US Patent 11,234,567, 2022.',
    '[8] R. Castellano, “Learning to Route Packets in Sparse Meshes,” Ph.D. dissertation, Northmere Institute of Technology, 2021.',
    '[9] R. Castellano, Mesh Networks: A Practical Introduction. Fictional Academic Press, 2020.',
    '[10] R. Castellano and P. Oduya, “Routing in the Wild,” in Handbook of Imaginary Networks, Fictional Academic Press, 2019, pp. 77–98.',
  ],
  acm: [
    '[1] Ravi Castellano and Yuki Tanabe. Robust Aggregation under Churn. Submitted.',
    '[2] Yuki Tanabe and Ravi Castellano. 2026. On the Stability of Learned Routing. Journal of Fictional Networking (2026). In press.',
    '[3] Ravi Castellano and Oskar Brandt. 2025. Scaling Federated Learning to a Million Meshes. arXiv:2503.01234. Retrieved from https://arxiv.org/abs/2503.01234',
    '[4] Ravi Castellano, Anouk Verhoeven, and Yuki Tanabe. 2024. GNNs for Fed2Com-Style Compression over LoRaWAN in Eastvale. Journal of Fictional Networking 12, 3 (2024), 101–118. https://doi.org/10.5555/jfn.2024.0042',
    '[5] Ravi Castellano and Helga Sorensen. 2023. Sparse Mesh Routing with Learned Priors. In Proceedings of the IEEE Conference on Imaginary Communications (ICIC), 2023. 55–64.',
    '[6] Lena Moreau and Ravi Castellano. 2022. A Note on Bayesian Link Estimation. In Workshop on Learned Systems, 2022.',
    '[7] Ravi Castellano and Oskar Brandt. 2022. Method for Adaptive Mesh Routing. US Patent 11,234,567.',
    '[8] Ravi Castellano. 2021. Learning to Route Packets in Sparse Meshes. Ph.D. Dissertation. Northmere Institute of Technology.',
    '[9] Ravi Castellano. 2020. Mesh Networks: A Practical Introduction. Fictional Academic Press.',
    '[10] Ravi Castellano and Peter Oduya. 2019. Routing in the Wild. In Handbook of Imaginary Networks. Fictional Academic Press, 77–98.',
  ],
  apa: [
    'Castellano, R., & Tanabe, Y. (n.d.). Robust Aggregation under Churn [Manuscript submitted for publication].',
    'Tanabe, Y., & Castellano, R. (in press). On the Stability of Learned Routing. Journal of Fictional Networking.',
    'Castellano, R., & Brandt, O. (2025). Scaling Federated Learning to a Million Meshes (arXiv:2503.01234). arXiv. https://doi.org/10.48550/arXiv.2503.01234',
    'Castellano, R., Verhoeven, A., & Tanabe, Y. (2024). GNNs for Fed2Com-Style Compression over LoRaWAN in Eastvale. Journal of Fictional Networking, 12(3), 101–118. https://doi.org/10.5555/jfn.2024.0042',
    'Castellano, R., & Sorensen, H. (2023). Sparse Mesh Routing with Learned Priors. Proceedings of the IEEE Conference on Imaginary Communications (ICIC), 55–64.',
    'Moreau, L., & Castellano, R. (2022). A Note on Bayesian Link Estimation. Workshop on Learned Systems.',
    'Castellano, R., & Brandt, O. (2022). Method for Adaptive Mesh Routing (US Patent No. 11,234,567).',
    'Castellano, R. (2021). Learning to Route Packets in Sparse Meshes [Doctoral dissertation]. Northmere Institute of Technology.',
    'Castellano, R. (2020). Mesh Networks: A Practical Introduction. Fictional Academic Press.',
    'Castellano, R., & Oduya, P. (2019). Routing in the Wild. In Handbook of Imaginary Networks (pp. 77–98). Fictional Academic Press.',
  ],
  chicago: [
    'Castellano, Ravi, and Yuki Tanabe. Submitted. “Robust Aggregation under Churn.”',
    'Tanabe, Yuki, and Ravi Castellano. Forthcoming. “On the Stability of Learned Routing.” Journal of Fictional Networking.',
    'Castellano, Ravi, and Oskar Brandt. 2025. “Scaling Federated Learning to a Million Meshes.” Preprint, arXiv:2503.01234. https://doi.org/10.48550/arXiv.2503.01234.',
    'Castellano, Ravi, Anouk Verhoeven, and Yuki Tanabe. 2024. “GNNs for Fed2Com-Style Compression over LoRaWAN in Eastvale.” Journal of Fictional Networking 12 (3): 101–18. https://doi.org/10.5555/jfn.2024.0042.',
    'Castellano, Ravi, and Helga Sorensen. 2023. “Sparse Mesh Routing with Learned Priors.” In Proceedings of the IEEE Conference on Imaginary Communications (ICIC), 55–64.',
    'Moreau, Lena, and Ravi Castellano. 2022. “A Note on Bayesian Link Estimation.” In Workshop on Learned Systems.',
    'Castellano, Ravi, and Oskar Brandt. 2022. Method for Adaptive Mesh Routing. US Patent 11,234,567, issued 2022.',
    'Castellano, Ravi. 2021. “Learning to Route Packets in Sparse Meshes.” PhD diss., Northmere Institute of Technology.',
    'Castellano, Ravi. 2020. Mesh Networks: A Practical Introduction. Fictional Academic Press.',
    'Castellano, Ravi, and Peter Oduya. 2019. “Routing in the Wild.” In Handbook of Imaginary Networks, 77–98. Fictional Academic Press.',
  ],
};

/** Punctuation around a field that is not there. */
const EMPTY_PUNCTUATION = [/\.\s+\./, /\bIn\s*[.,]/, /\(\s*\)/, /,\s*[.,]/, /\s[.,]/];

describe('publication lists in every citation style', () => {
  for (const style of ['ieee', 'acm', 'apa', 'chicago'] as const) {
    it(`writes every publication type as ${style.toUpperCase()}'s published examples do`, () => {
      expect(formatPublicationList(CASTELLANO, style).text.split('\n')).toEqual(GOLDEN[style]);
    });
  }

  for (const style of PUBLICATION_STYLES) {
    it(`prints no empty punctuation and keeps the preprint's arXiv id in ${style}`, () => {
      const { text, count } = formatPublicationList(CASTELLANO, style);
      expect(count).toBe(10);
      for (const pattern of EMPTY_PUNCTUATION) expect(text).not.toMatch(pattern);
      expect(text).toMatch(style === 'bibtex' ? /eprint = \{2503\.01234\}/ : /arXiv:2503\.01234/);
    });
  }

  it('cleans punctuation a style prints around a missing field', () => {
    expect(tidyEntry('In Workshop on X, 2022. .')).toBe('In Workshop on X, 2022.');
    expect(tidyEntry('“Robust.” In .')).toBe('“Robust.”');
    expect(tidyEntry('Title (). Venue, , 2024')).toBe('Title. Venue, 2024.');
    expect(tidyEntry('Castellano, R., &amp; Tanabe, Y. (2024).')).toBe('Castellano, R., &amp; Tanabe, Y. (2024).');
    expect(tidyEntry('Retrieved from https://arxiv.org/abs/2503.01234')).toBe(
      'Retrieved from https://arxiv.org/abs/2503.01234',
    );
  });

  describe('filters', () => {
    const titles = (filters: Parameters<typeof formatPublicationList>[2]) =>
      formatPublicationList(CASTELLANO, 'plain', filters)
        .text.split('\n')
        .filter(Boolean)
        .map((line) => /\) ?\.? ?([^.[(]+)/.exec(line.replace(/^\d+\. /, ''))?.[1]?.trim());

    it('keeps selected work only', () => {
      expect(titles({ selectedOnly: true })).toEqual([
        'GNNs for Fed2Com-Style Compression over LoRaWAN in Eastvale',
        'Sparse Mesh Routing with Learned Priors',
      ]);
    });

    it('keeps first-author work only', () => {
      expect(formatPublicationList(CASTELLANO, 'plain', { firstAuthorOnly: true }).count).toBe(8);
    });

    it('keeps peer-reviewed work only: journal, conference, workshop, chapter, published or accepted', () => {
      const { text, count } = formatPublicationList(CASTELLANO, 'ieee', { peerReviewedOnly: true });
      expect(count).toBe(5);
      expect(text).not.toMatch(/arXiv|Patent|dissertation|Mesh Networks: A Practical|Robust Aggregation/);
      expect(text).toContain('On the Stability of Learned Routing');
    });

    it('keeps a year range and a count, newest first', () => {
      const range = formatPublicationList(CASTELLANO, 'ieee', {
        fromYear: 2021,
        toYear: 2023,
        includeInSubmission: false,
      });
      expect(range.count).toBe(4);
      expect(range.text).not.toMatch(/2024|2025|2026|2020|2019/);
      const top = formatPublicationList(CASTELLANO, 'ieee', { limit: 3, includeInSubmission: false });
      expect(top.count).toBe(3);
      expect(top.text.split('\n')[0]).toContain('On the Stability of Learned Routing');
    });
  });

  const SEED = resolve(__dirname, '../../../shared/cv-qingyu-song.txt');
  it.runIf(existsSync(SEED))(
    'writes the seed CV in IEEE and ACM without empty punctuation, arXiv ids kept',
    async () => {
      const parsed = await parseImport({ format: 'cv-text', text: readFileSync(SEED, 'utf8'), fileName: 'cv.txt' });
      if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('the seed CV did not import');
      const seed = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] }).profile;
      for (const style of ['ieee', 'acm', 'chicago', 'apa'] as const) {
        const { text } = formatPublicationList(seed, style);
        for (const pattern of EMPTY_PUNCTUATION) expect(text).not.toMatch(pattern);
        for (const id of ['2505.15030', '2501.18092', '2412.00059']) expect(text).toContain(`arXiv:${id}`);
      }
    },
  );
});
