/**
 * Countries by name in several languages, ISO alpha-2/alpha-3 and everyday aliases, from the maintained
 * i18n-iso-countries data.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import de from 'i18n-iso-countries/langs/de.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import es from 'i18n-iso-countries/langs/es.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { compactText } from './normalise';

for (const locale of [en, de, fr, es, zh]) countries.registerLocale(locale);
const LANGS = ['en', 'de', 'fr', 'es', 'zh'] as const;

/** Aliases people and forms use that the ISO data does not list. */
const ALIASES: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u k': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'hong kong sar': 'HK',
  'hong kong sar china': 'HK',
  'hong kong s a r': 'HK',
  hksar: 'HK',
  'macau sar': 'MO',
  'macao sar': 'MO',
  'macau sar china': 'MO',
  'mainland china': 'CN',
  prc: 'CN',
  "people's republic of china": 'CN',
  'peoples republic of china': 'CN',
  'south korea': 'KR',
  'republic of korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  russia: 'RU',
  'czech republic': 'CZ',
  holland: 'NL',
  'the netherlands': 'NL',
  uae: 'AE',
  vietnam: 'VN',
  'viet nam': 'VN',
  iran: 'IR',
  'taiwan roc': 'TW',
  'taiwan province of china': 'TW',
  turkey: 'TR',
  turkiye: 'TR',
  'ivory coast': 'CI',
};

let index: Map<string, string> | undefined;
function nameIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const lang of LANGS) {
    const names = countries.getNames(lang, { select: 'all' });
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) index.set(compactText(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) index.set(compactText(alias), code);
  return index;
}

/** The ISO alpha-2 code for a country name, alias, alpha-2 or alpha-3 code; undefined when unknown. */
export function countryCode(text: string): string | undefined {
  const raw = text.trim();
  if (!raw) return undefined;
  if (/^[A-Za-z]{2}$/.test(raw) && countries.isValid(raw.toUpperCase())) return raw.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const a2 = countries.alpha3ToAlpha2(raw.toUpperCase());
    if (a2) return a2;
  }
  return nameIndex().get(compactText(raw));
}

/** Every name form a country goes by, for matching options: names in each language, aliases, both codes. */
export function countryForms(alpha2: string): string[] {
  const forms = new Set<string>([alpha2, countries.alpha2ToAlpha3(alpha2) ?? alpha2]);
  for (const lang of LANGS)
    for (const name of countries.getName(alpha2, lang, { select: 'all' }) ?? []) forms.add(name);
  for (const [alias, code] of Object.entries(ALIASES)) if (code === alpha2) forms.add(alias);
  return [...forms];
}

/** The English short name ("United States of America" → "United States" where the data has an alias). */
export function countryName(alpha2: string, lang = 'en'): string {
  return countries.getName(alpha2, lang, { select: 'official' }) ?? alpha2;
}

/** How many of these option texts are country names: a select listing countries asks for a country. */
export function countCountryNames(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) if (t.trim().length > 3 && nameIndex().has(compactText(t))) n++;
  return n;
}
