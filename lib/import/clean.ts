/**
 * Small, pure normalisers shared by the importers. Text from files is kept as inert text (HTML stays literal
 * characters; nothing here ever becomes markup), and a link is only ever made from an http(s) URL.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Email, Name, Phone } from '../profile/schema';
import { splitName as splitNameParts } from '../values/names';

countries.registerLocale(en);

/** Trimmed text without control characters (except newline and tab), cut to `max`; undefined when empty. */
export function cleanText(value: unknown, max = 2_000): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;

  const text = String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
  if (!text) return undefined;
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Collapse runs of whitespace (line breaks from PDFs and BibTeX) to single spaces. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * An http(s) URL or undefined. Bare hosts ("example.github.io/cv") get https://. Everything else (`javascript:`,
 * `data:`, `file:`) is refused: callers keep such text only as text.
 */
export function safeUrl(value: unknown): string | undefined {
  const raw = cleanText(value, 2_000);
  if (!raw || /\s/.test(raw)) return undefined;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw)
    ? raw
    : /^[\w-]+(\.[\w-]+)+(:\d+)?(\/.*)?$/.test(raw)
      ? `https://${raw}`
      : '';
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.length <= 2_000 ? candidate : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL_RE.test(value) && value.length <= 320;
}

/** Academic when the domain is a university's (.edu, .ac.xx, edu.xx, uni-, univ, …). */
export function emailKind(address: string): Email['kind'] {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  if (/(^|\.)(edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/.test(domain) || /(^|\.)(uni-|univ|university)/.test(domain))
    return 'academic';
  if (/^(gmail|googlemail|outlook|hotmail|yahoo|icloud|proton|protonmail|qq|163|126|foxmail)\./.test(domain))
    return 'personal';
  return 'other';
}

export function makeEmail(address: string, primary = false): Email | undefined {
  const clean = address.trim().replace(/^mailto:/i, '');
  if (!isEmail(clean)) return undefined;
  return { address: clean, kind: emailKind(clean), primary };
}

/** A phone as typed plus E.164 when libphonenumber can read it (numbers without + are read as `defaultCountry`). */
export function makePhone(raw: string, primary = false, defaultCountry?: string): Phone | undefined {
  const typed = cleanText(raw, 60);
  if (!typed || (typed.match(/\d/g)?.length ?? 0) < 5) return undefined;
  const phone: Phone = { raw: typed, kind: 'other', primary };
  try {
    const parsed = parsePhoneNumberFromString(
      typed,
      defaultCountry && countries.isValid(defaultCountry) ? (defaultCountry as 'US') : undefined,
    );
    if (parsed?.isPossible()) phone.e164 = parsed.number;
    if (parsed?.getType() === 'MOBILE') phone.kind = 'mobile';
  } catch {
    // Unparseable numbers keep only the typed form.
  }
  return phone;
}

/** ISO 3166 alpha-2 from a code or an English country name ("Hong Kong", "USA", "China"). */
export function countryCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v) && countries.isValid(v.toUpperCase())) return v.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(v)) {
    const alpha2 = countries.alpha3ToAlpha2(v.toUpperCase());
    if (alpha2) return alpha2;
  }
  const aliases: Record<string, string> = {
    usa: 'US',
    'united states of america': 'US',
    uk: 'GB',
    england: 'GB',
    'south korea': 'KR',
    korea: 'KR',
    'hong kong sar': 'HK',
    'hong kong sar china': 'HK',
    'macau sar': 'MO',
    'macao sar': 'MO',
    'p.r. china': 'CN',
    'p. r. china': 'CN',
    prc: 'CN',
  };
  const alias = aliases[v.toLowerCase()];
  if (alias) return alias;
  return countries.getAlpha2Code(v, 'en') ?? undefined;
}

/** Regions a CV may write as "…, China" that forms and ISO list as their own: "Hong Kong, China" is HK. */
const CHINA_REGIONS: Record<string, string> = {
  'hong kong': 'HK',
  'hong kong sar': 'HK',
  hk: 'HK',
  kowloon: 'HK',
  macao: 'MO',
  macau: 'MO',
  'macao sar': 'MO',
  'macau sar': 'MO',
  taiwan: 'TW',
};

/**
 * The country of a place written as comma-separated parts ("Shatin, Hong Kong, China"): the last part's code, except
 * that a Hong Kong, Macao or Taiwan part before "China" wins. `parts` is left as written, for display.
 */
export function placeCountry(parts: readonly string[]): string | undefined {
  const last = countryCode(parts[parts.length - 1]);
  if (last !== 'CN') return last;
  for (const part of parts.slice(0, -1)) {
    const region = CHINA_REGIONS[part.trim().toLowerCase().replace(/[.]/g, '')];
    if (region) return region;
  }
  return last;
}

/** Split a printed name into parts: "Lin, Wei" → Lin / Wei; "Prof. Hui-Ling Zhen" → Hui-Ling / Zhen. */
export function splitName(full: string): Pick<Name, 'given' | 'middle' | 'family'> {
  const { given, middle, family } = splitNameParts(oneLine(full));
  // A single word is kept as the family name (a mononym, or all a byline gives).
  if (!family) return given ? { family: given } : {};
  return { ...(given ? { given } : {}), ...(middle ? { middle } : {}), family };
}

/** Titles compared for duplicates: lower case, letters and digits only. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** arXiv id without version and prefix: "arXiv:2501.18092v2" → "2501.18092"; old style "cs/0112017". */
export function normaliseArxiv(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(\d{4}\.\d{4,5})(v\d+)?/.exec(value) ?? /([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?/i.exec(value);
  return m?.[1];
}

/** DOI without resolver prefix, lower case. */
export function normaliseDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /10\.\d{4,9}\/\S+/.exec(value.trim());
  return m ? m[0].replace(/[.,;]+$/, '').toLowerCase() : undefined;
}
