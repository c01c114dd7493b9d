/**
 * HTML `autocomplete` tokens (WHATWG autofill detail tokens) mapped to Vitae targets. Section (`section-x`),
 * `shipping`/`billing` and contact-type (`home`, `work`, `mobile`…) tokens are skipped.
 */
import type { Target } from './patterns';

const TOKENS: Record<string, Target> = {
  name: 'name.full',
  'given-name': 'name.given',
  'additional-name': 'name.middle',
  'family-name': 'name.family',
  'honorific-prefix': 'name.honorific',
  // "Nickname, screen name, handle" (WHATWG): on real sites a handle far more often than a preferred name.
  nickname: 'leave:username',
  email: 'email',
  tel: 'phone',
  'tel-country-code': 'phone.countryCode',
  'tel-national': 'phone.national',
  'tel-area-code': 'phone.national',
  'tel-local': 'phone.national',
  'tel-extension': 'phone.extension',
  'street-address': 'address.line1',
  'address-line1': 'address.line1',
  'address-line2': 'address.line2',
  'address-level2': 'address.city',
  'address-level1': 'address.region',
  'postal-code': 'address.postalCode',
  country: 'address.country',
  'country-name': 'address.country',
  organization: 'position.institution',
  'organization-title': 'position.title',
  url: 'homepage',
  username: 'leave:username',
  'current-password': 'leave:password',
  'new-password': 'leave:password',
  'one-time-code': 'leave:oneTimeCode',
  'cc-name': 'leave:payment',
  'cc-given-name': 'leave:payment',
  'cc-family-name': 'leave:payment',
  'cc-number': 'leave:payment',
  'cc-exp': 'leave:payment',
  'cc-exp-month': 'leave:payment',
  'cc-exp-year': 'leave:payment',
  'cc-csc': 'leave:payment',
  'cc-type': 'leave:payment',
  'transaction-amount': 'leave:payment',
  bday: 'leave:dateOfBirth',
  'bday-day': 'leave:dateOfBirth',
  'bday-month': 'leave:dateOfBirth',
  'bday-year': 'leave:dateOfBirth',
  sex: 'leave:gender',
};

const SKIPPED = /^(section-.*|shipping|billing|home|work|mobile|fax|pager|webauthn)$/;

/** The target named by an autocomplete attribute, if any. */
export function autocompleteTarget(autocomplete: string): { target: Target; token: string } | undefined {
  const tokens = autocomplete
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .filter((t) => t && !SKIPPED.test(t));
  const token = tokens[0];
  if (!token || tokens.length > 1) return undefined;
  const target = TOKENS[token];
  return target ? { target, token } : undefined;
}
