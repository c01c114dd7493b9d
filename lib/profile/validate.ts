/**
 * Inline validation for the profile editor (issue 7). Pure: every function takes a value and answers an error
 * message a person can act on, or `undefined` when the value is fine. Empty values are fine unless a field is
 * required (`requireText`), so optional fields can be left blank.
 */
import { checkOrcid } from '../values/scholar-ids';
import type { EndDate, PartialDate } from './schema';

export type ValidationError = string | undefined;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ORCID_FORM = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
/** Deliberately simple: one @, no spaces, a dot in the domain. The same shape valibot's `email()` accepts. */
const EMAIL_FORM = /^[\w+-]+(?:\.[\w+-]+)*@[\da-z]+(?:[.-][\da-z]+)*\.[a-z]{2,}$/iu;
const DOI_FORM = /^10\.\d{4,9}\/\S+$/;
/** New-style (2301.01234v2) and old-style (hep-th/9901001) arXiv identifiers. */
const ARXIV_FORM = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

export function requireText(value: string | undefined, label = 'This field'): ValidationError {
  return blank(value) ? `${label} is required.` : undefined;
}

/** Accepts the bare iD or its https://orcid.org/ URL; returns the bare iD, or undefined if it is not one. */
export function normaliseOrcid(value: string): string | undefined {
  const bare = value
    .trim()
    .replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')
    .toUpperCase();
  return ORCID_FORM.test(bare) ? bare : undefined;
}

export function validateOrcid(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  const bare = normaliseOrcid(value);
  if (!bare) return 'An ORCID iD looks like 0000-0002-1825-0097.';
  if (!checkOrcid(bare).ok) return 'This ORCID iD has a typo: its last character does not match the checksum.';
  return undefined;
}

export function validateEmail(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  return EMAIL_FORM.test(value.trim()) ? undefined : 'Not an email address (name@example.org).';
}

/** A web address: http or https, with a host. */
export function validateUrl(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Not a web address: start with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http:// and https:// addresses.';
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'The address needs a domain.';
  return undefined;
}

export function validatePartialDate(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  return PARTIAL_DATE.test(value.trim()) ? undefined : 'Write dates as YYYY, YYYY-MM or YYYY-MM-DD.';
}

export function validateEndDate(value: string | undefined): ValidationError {
  if (value === undefined || blank(value) || value.trim() === 'present') return undefined;
  return validatePartialDate(value);
}

/** A range is fine when both ends are well formed and the end is not before the start (prefix-wise). */
export function validateDateRange(start: PartialDate | undefined, end: EndDate | undefined): ValidationError {
  if (!start || !end || end === 'present') return undefined;
  if (validatePartialDate(start) || validatePartialDate(end)) return undefined;
  const common = Math.min(start.length, end.length);
  return end.slice(0, common) < start.slice(0, common) ? 'The end is before the start.' : undefined;
}

export function validateYear(value: string | undefined, min = 1900, max = 2200): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < min || year > max) return `A year between ${min} and ${max}.`;
  return undefined;
}

export function validateMonth(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  const month = Number(value);
  return Number.isInteger(month) && month >= 1 && month <= 12 ? undefined : 'A month from 1 to 12.';
}

export function validateCountryCode(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  return /^[A-Z]{2}$/.test(value.trim()) ? undefined : 'A two-letter country code (GB, HK, US).';
}

/** Phones are stored as typed; they need at least a few digits and only phone punctuation. */
export function validatePhone(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  const text = value.trim();
  if (!/^[+\d\s().\-/x]+$/i.test(text)) return 'Only digits, spaces, + ( ) - . and x for an extension.';
  return (text.match(/\d/g)?.length ?? 0) >= 5 ? undefined : 'Too few digits for a phone number.';
}

/** Accepts a bare DOI or a doi.org URL; returns the bare DOI or undefined. */
export function normaliseDoi(value: string): string | undefined {
  const bare = value
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return DOI_FORM.test(bare) ? bare : undefined;
}

export function validateDoi(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  return normaliseDoi(value) ? undefined : 'A DOI looks like 10.1145/3368089.3409731.';
}

export function normaliseArxiv(value: string): string | undefined {
  const bare = value
    .trim()
    .replace(/^https?:\/\/arxiv\.org\/(abs|pdf)\//i, '')
    .replace(/\.pdf$/i, '')
    .replace(/^arxiv:\s*/i, '');
  return ARXIV_FORM.test(bare) ? bare : undefined;
}

export function validateArxiv(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  return normaliseArxiv(value) ? undefined : 'An arXiv id looks like 2301.01234 or hep-th/9901001.';
}

/** The https link for a DOI, or undefined when the value is not a DOI (never any other scheme). */
export function doiLink(value: string | undefined): string | undefined {
  const doi = value ? normaliseDoi(value) : undefined;
  return doi ? `https://doi.org/${encodeURI(doi)}` : undefined;
}

export function arxivLink(value: string | undefined): string | undefined {
  const id = value ? normaliseArxiv(value) : undefined;
  return id ? `https://arxiv.org/abs/${id}` : undefined;
}

/** An https (or http) URL safe to show as a link; undefined for javascript:, data: and the like. */
export function safeLink(value: string | undefined): string | undefined {
  return value && !validateUrl(value) ? value.trim() : undefined;
}

/** A host name as typed in "never act on" lists: `example.org` or `*.example.org`, no scheme or path. */
export function validateHost(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  return /^(\*\.)?([a-z\d]([a-z\d-]*[a-z\d])?\.)*[a-z\d]([a-z\d-]*[a-z\d])?(:\d+)?$/i.test(value.trim())
    ? undefined
    : 'A host name such as apply.example.org (no https:// or path).';
}

/** An origin such as https://jobs.example.org (scheme + host + optional port). */
export function validateOrigin(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.origin === 'null' || url.origin !== value.trim().replace(/\/$/, ''))
      return 'An origin such as https://jobs.example.org (no path).';
    return undefined;
  } catch {
    return 'An origin such as https://jobs.example.org (no path).';
  }
}

/** The first error among several checks. */
export function firstError(...errors: ValidationError[]): ValidationError {
  return errors.find((error) => error !== undefined);
}

/** Scholar profiles are stored as bare ids; a pasted profile URL is a common slip. */
export function validateBareId(value: string | undefined): ValidationError {
  if (value === undefined || blank(value)) return undefined;
  if (/^https?:\/\//i.test(value.trim()) || /\s/.test(value.trim()))
    return 'Only the id, not the whole address (for example abcDEF12345A).';
  return undefined;
}
