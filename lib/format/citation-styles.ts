/**
 * The CSL engine: citation-js with its CSL plugin (citeproc-js underneath) and the style files Vitae bundles.
 *
 * @citation-js/plugin-csl ships only APA 7, Vancouver and Harvard; IEEE, ACM and Chicago (author-date) come from
 * the CSL project's style files in assets/csl/ (CC BY-SA 3.0, see assets/csl/README.md), imported as text at build
 * time so that nothing is fetched at run time.
 *
 * A CV's publication list is not a reference list, so each style is registered in a variant that keeps the caller's
 * order (reverse chronological), never replaces a repeated author by a dash, never disambiguates (no "2025a"), and
 * applies the caller's "et al." rule
 * (by default every author is listed: a CV must not hide its owner behind "et al.").
 */
import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-csl';
import ieeeXml from '../../assets/csl/ieee.csl?raw';
import acmXml from '../../assets/csl/association-for-computing-machinery.csl?raw';
import chicagoXml from '../../assets/csl/chicago-author-date.csl?raw';

export const CITATION_STYLES = ['apa', 'ieee', 'acm', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

// The labels of every style, these included, are one table: PUBLICATION_STYLE_LABELS in publications-select.ts.

const config = plugins.config.get('@csl');

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`The bundled ACM style changed: ${from.trim().slice(0, 60)}…`);
  return xml.replace(from, to);
}

/**
 * The ACM style file, with three repairs: a proceedings paper without publisher or pages ended "2024. ." (the date
 * group closed with ". " and the empty publisher group with "."); preprints, patents and other works printed no
 * number (a preprint lost its "arXiv:2505.15030"); and the status ("Submitted", "In press") was never printed.
 */
function acmForCv(xml: string): string {
  let out = replaceOnce(
    xml,
    `<group delimiter=", " suffix=". ">
              <date variable="issued" prefix="">`,
    `<group delimiter=", ">
              <date variable="issued" prefix="">`,
  );
  out = replaceOnce(
    out,
    `            <group delimiter=", " suffix=".">
              <text macro="book-publisher"/>
              <text variable="page"/>
            </group>
          </else-if>
          <else-if type="chapter" match="any">`,
    `            <group delimiter=", " prefix=". ">
              <text macro="book-publisher"/>
              <text variable="page"/>
            </group>
          </else-if>
          <else-if type="chapter" match="any">`,
  );
  out = replaceOnce(
    out,
    `            <group suffix="." delimiter=", ">
              <group delimiter=" " font-style="italic">`,
    `            <group suffix="." delimiter=", ">
              <text variable="number"/>
              <group delimiter=" " font-style="italic">`,
  );
  return replaceOnce(
    out,
    `      <text macro="access" prefix=" "/>
    </layout>`,
    `      <text variable="status" text-case="capitalize-first" prefix=" " suffix="."/>
      <text macro="access" prefix=" "/>
    </layout>`,
  );
}

function baseXml(style: CitationStyle): string {
  switch (style) {
    case 'apa': {
      const xml = config.styles.get('apa');
      if (!xml) throw new Error('The APA style is missing from @citation-js/plugin-csl');
      return xml;
    }
    case 'ieee':
      return ieeeXml;
    case 'acm':
      return acmForCv(acmXml);
    case 'chicago':
      return chicagoXml;
  }
}

/**
 * The style with our CV rules: no et-al rule anywhere but the one on cs:bibliography (inherited by every cs:names
 * of the bibliography), and no subsequent-author-substitute.
 */
export function cvStyleXml(style: CitationStyle, maxAuthors: number | undefined): string {
  const xml = baseXml(style)
    .replace(
      /\s(?:et-al-min|et-al-use-first|et-al-use-last|et-al-subsequent-min|et-al-subsequent-use-first)="[^"]*"/g,
      '',
    )
    .replace(/\ssubsequent-author-substitute(?:-rule)?="[^"]*"/g, '')
    // No disambiguation: a CV must not turn 2025 into 2025a/2025b, and with hundreds of entries by one author
    // citeproc's disambiguation passes cost seconds.
    .replace(
      /\s(?:disambiguate-add-year-suffix|disambiguate-add-names|disambiguate-add-givenname|givenname-disambiguation-rule)="[^"]*"/g,
      '',
    );
  const rule =
    maxAuthors !== undefined && maxAuthors > 0
      ? ` et-al-min="${maxAuthors + 1}" et-al-use-first="${maxAuthors}"`
      : ' et-al-min="10000" et-al-use-first="10000"';
  // On cs:bibliography (inherited) and on every cs:name: APA and Chicago only honour it on cs:name.
  return xml.replace(/<bibliography\b/, `<bibliography${rule}`).replace(/<name\b(?=[\s/>])/g, `<name${rule}`);
}

function registeredStyle(style: CitationStyle, maxAuthors: number | undefined): string {
  const name = `vitae-${style}-${maxAuthors ?? 'all'}`;
  if (!config.styles.has(name)) config.styles.add(name, cvStyleXml(style, maxAuthors));
  return name;
}

export interface RenderOptions {
  style: CitationStyle;
  format: 'text' | 'html';
  /** "et al." after this many authors; all authors when undefined. */
  maxAuthors?: number | undefined;
}

/**
 * Rendered entries by style variant, format and item. citeproc-js takes milliseconds per entry (500 entries take
 * about a second), and with order, numbering and disambiguation out of the engine's hands every entry renders the
 * same on its own, so a list that changes only by filters or order reuses what was rendered before.
 */
const entryCache = new Map<string, string>();
const ENTRY_CACHE_LIMIT = 5_000;

export function entryCacheSize(): number {
  return entryCache.size;
}

/** Render each item as one bibliography entry, in the order given. */
export function renderEntries(items: readonly CSL[], options: RenderOptions): string[] {
  if (items.length === 0) return [];
  const style = registeredStyle(options.style, options.maxAuthors);
  const keys = items.map((item) => `${style}|${options.format}|${JSON.stringify(item)}`);
  const missing = items.filter((_, i) => !entryCache.has(keys[i] ?? ''));
  if (missing.length > 0) {
    const raw: unknown = plugins.output.format('bibliography', [...missing], {
      style,
      format: options.format,
      lang: 'en-US',
      nosort: true,
      asEntryArray: true,
    });
    const rendered = new Map((raw as Array<[string, string]>).map(([id, entry]) => [id, entry.trim()]));
    if (entryCache.size + missing.length > ENTRY_CACHE_LIMIT) entryCache.clear();
    items.forEach((item, i) => {
      const entry = rendered.get(String(item.id));
      if (entry !== undefined) entryCache.set(keys[i] ?? '', entry);
    });
  }
  return keys.map((key) => entryCache.get(key) ?? '');
}
