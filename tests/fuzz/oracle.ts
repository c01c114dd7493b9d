/**
 * The fuzzing oracle: what may Vitae write into a generated field, and is a written value derived from the profile?
 *
 * "Derived from the profile" is checked without knowing how the planner formats values: a value passes when its
 * normalised text occurs in the profile's text, or when every word of it is a word of the profile (including the
 * profile's countries in the five generator languages, month names and numbers for its dates, dotless degree
 * abbreviations) or, for digit runs, part of a number in the profile (phones in national form drop the country
 * code and add a trunk 0). Options chosen in selects and radios are checked by what the option means (the generator
 * tags each real option: country:GB, degree:phd, honorific:dr, year:2020) against the profile's facts.
 */
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import type { Profile } from '../../lib/profile/schema';
import type { GenField, GenOption } from './generate';

for (const locale of [en, de, fr, es, zh]) countries.registerLocale(locale);

/** Keys of the profile that are bookkeeping, not facts a form could ask for. */
const NOT_FACTS = new Set(['id', 'createdAt', 'updatedAt', 'schemaVersion', 'label', 'profileId']);

const MONTHS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep sept oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
];

/** Words the planner may add around profile values: "present"/"current" for open dates, joiners in lists. */
const CONNECTIVES = ['present', 'current', 'now', 'and', 'et', 'al', 'pp', 'vol', 'no', 'in', 'of', 'the'];

export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  return normalise(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_FACTS.has(k)) collectStrings(v, out);
  }
}

export class ProfileOracle {
  readonly strings: string[];
  private readonly blob: string;
  private readonly bag = new Set<string>();
  private readonly digits: string;
  private readonly countryCodes = new Set<string>();
  private readonly degrees = new Set<string>();
  private readonly honorifics = new Set<string>();

  constructor(readonly profile: Profile) {
    this.strings = [];
    collectStrings(profile, this.strings);
    for (const p of profile.positions) if (p.country) this.countryCodes.add(p.country);
    for (const e of profile.education) if (e.country) this.countryCodes.add(e.country);
    if (profile.address?.country) this.countryCodes.add(profile.address.country);
    for (const code of this.countryCodes) {
      for (const lang of ['en', 'de', 'fr', 'es', 'zh']) {
        const names = countries.getName(code, lang, { select: 'all' }) ?? [];
        this.strings.push(...names);
      }
      this.strings.push(code, countries.alpha2ToAlpha3(code) ?? '');
    }
    this.blob = this.strings.map(normalise).join('\n');
    for (const s of this.strings) {
      for (const w of words(s)) this.bag.add(w);
      // "Ph.D." → "phd", "B.Sc." → "bsc"
      for (const w of words(s.replace(/\./g, ''))) this.bag.add(w);
    }
    if (/\d{4}-\d{2}/.test(this.blob)) {
      for (const line of MONTHS) for (const m of line.split(' ')) this.bag.add(m);
      for (let m = 1; m <= 31; m += 1) {
        this.bag.add(String(m));
        this.bag.add(String(m).padStart(2, '0'));
      }
    }
    for (const w of CONNECTIVES) this.bag.add(w);
    this.digits = this.strings
      .map((s) => s.replace(/\D+/g, ''))
      .filter((d) => d.length > 0)
      .join(' ');
    for (const e of profile.education) {
      const d = normalise(e.degree ?? '').replace(/\./g, '');
      if (/phd|doctor|dphil/.test(d)) this.degrees.add('phd');
      if (/^m|master/.test(d)) this.degrees.add('master');
      if (/^b|bachelor/.test(d)) this.degrees.add('bachelor');
    }
    const honorific = normalise(profile.name.honorific ?? '');
    if (honorific.startsWith('dr')) this.honorifics.add('dr');
    if (honorific.startsWith('prof')) this.honorifics.add('prof');
  }

  /** Is this written text derived from the profile? */
  isDerivable(value: string): boolean {
    const v = normalise(value);
    if (v === '') return true;
    if (this.blob.includes(v)) return true;
    return words(value).every((w) => {
      if (this.bag.has(w)) return true;
      if (/^\d+$/.test(w)) return this.digits.includes(w.replace(/^0+/, '') || '0');
      // Han runs are not split into words: look for the run itself.
      return /\p{Script=Han}/u.test(w) && this.blob.includes(w);
    });
  }

  /** Does choosing this option agree with the profile? */
  optionAgrees(option: GenOption): boolean {
    const meaning = option.meaning;
    if (!meaning) return this.isDerivable(option.text) && option.text.trim() !== '';
    const [kind, what = ''] = meaning.split(':');
    switch (kind) {
      case 'country':
        return this.countryCodes.has(what);
      case 'degree':
        return this.degrees.has(what);
      case 'honorific':
        return this.honorifics.has(what);
      case 'year':
        return this.isDerivable(what);
      default:
        return false;
    }
  }
}

/** Why a field must stay exactly as it was, or null if Vitae may write it (with a value derived from the profile). */
export function mustNotChange(field: GenField, options: { overwrite?: boolean } = {}): string | null {
  if (field.role.kind === 'forbidden') return `a ${field.role.what} field`;
  if (field.trap) return `a trap (${field.trap})`;
  // A select showing the option its markup selected shows the page's default, not a person's answer: issue #12 has
  // Vitae fill it. Every other prefilled field stays as it was.
  if (field.prefill !== '' && !options.overwrite && field.widget.tag !== 'select') return 'prefilled';
  if (field.widget.tag === 'input' && field.widget.type === 'file')
    return 'a file input (the profile has no documents)';
  return null;
}
