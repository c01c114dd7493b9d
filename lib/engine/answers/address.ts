/**
 * Where the person is: address parts, the whole address as lines in the country's order (issue #13), and places
 * chosen by meaning ("Hong Kong, China" is Hong Kong where a list has it, China where it does not). An address is
 * never made from an affiliation.
 */
import type { FieldDescriptor } from '../types';
import type { Address, Profile } from '../../profile/schema';
import { currentPosition } from '../../profile/create';
import { affiliationOf } from '../../profile/views';
import { countryForms, countryName } from '../../values/countries';
import { regionForms, streetLines } from '../../values/address';
import { chooseOption } from '../../values/options';
import { normaliseText } from '../../values/normalise';
import { asksFor, none, text, withSource, type Answer, type AnswerQuery, type AnswerTable } from './answer';

const ORGANISATION_LINE =
  /\b(department|dept|faculty|school of|college|universit\w*|institute|institut|laborator\w*|lab|centre|center|academy)\b/i;

/**
 * The profile's address, unless it is only an affiliation (a CV header's department and institution imported as
 * address lines): an address is never made from an affiliation.
 */
export function postalAddress(profile: Profile): Address | undefined {
  const a = profile.address;
  const lines = (a.lines ?? []).map((l) => l.trim()).filter(Boolean);
  const places = [a.city, a.postalCode, a.region].filter((x) => x && x.trim());
  if (!lines.length && !places.length && !a.country) return undefined;
  const names = new Set(
    [
      ...profile.positions.flatMap((p) => [p.institution, p.department ?? '']),
      ...profile.education.map((e) => e.institution),
    ]
      .map((n) => normaliseText(n))
      .filter(Boolean),
  );
  const onlyAffiliation =
    !places.length && lines.length > 0 && lines.every((l) => names.has(normaliseText(l)) || ORGANISATION_LINE.test(l));
  return onlyAffiliation ? undefined : a;
}

const POSTCODE_FIRST = new Set([
  'AT',
  'BE',
  'CH',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'IT',
  'NL',
  'NO',
  'PL',
  'PT',
  'SE',
]);
const POSTCODE_OWN_LINE = new Set(['GB', 'IE']);

/** The address as lines, in the order of the country's convention (city line shaped per country). */
export function addressLines(address: Address): string[] {
  const lines = (address.lines ?? []).map((l) => l.trim()).filter(Boolean);
  const { city, region, postalCode, country } = address;
  const out = [...lines];
  if (country && POSTCODE_OWN_LINE.has(country)) {
    out.push(...[city, region, postalCode].filter((x): x is string => !!x?.trim()));
  } else if (country && POSTCODE_FIRST.has(country)) {
    const cityLine = [postalCode, city].filter(Boolean).join(' ');
    if (cityLine) out.push(cityLine);
    if (region && country !== 'DE' && country !== 'CH') out.push(region);
  } else {
    const cityLine = [city, [region, postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (cityLine) out.push(cityLine);
  }
  if (country) out.push(countryName(country));
  return out;
}

export function postalAddressAnswer(field: FieldDescriptor, profile: Profile): Answer {
  const address = postalAddress(profile);
  if (!address) return none('no postal address in the profile (an affiliation is not an address)');
  const lines = addressLines(address);
  if (!lines.length) return none('no postal address in the profile');
  return text(
    field.control === 'textarea' || field.control === 'contenteditable' ? lines.join('\n') : lines.join(', '),
    'no address',
  );
}

const REGION_FORMS: Record<string, { city: RegExp; forms: string[] }> = {
  HK: {
    city: /hong ?kong|kowloon|sha ?tin|new territories|香港/i,
    forms: ['Hong Kong', 'Hong Kong SAR', 'Hong Kong SAR China', 'Hong Kong, China'],
  },
  MO: { city: /maca[ou]|澳门|澳門/i, forms: ['Macao', 'Macau', 'Macao SAR', 'Macau SAR', 'Macao SAR China'] },
  TW: {
    city: /taipei|hsinchu|taichung|tainan|kaohsiung|taoyuan|taiwan|台北|臺北|台湾|臺灣/i,
    forms: ['Taiwan', 'Taiwan, China', 'Chinese Taipei'],
  },
};

/**
 * The spellings of a place, most specific first: a CV saying "Hong Kong, China" (city Hong Kong, country CN)
 * gives Hong Kong's names, then China's. Groups are tried in order, so China is chosen only when no option is Hong
 * Kong.
 */
export function placeGroups(country: string, city: string | undefined): string[][] {
  const groups: string[][] = [];
  if (country === 'CN' && city) {
    for (const [code, region] of Object.entries(REGION_FORMS)) {
      if (region.city.test(city)) groups.push([countryName(code), ...region.forms, ...countryForms(code)]);
    }
  }
  const own = REGION_FORMS[country];
  groups.push([countryName(country), ...countryForms(country), ...(own?.forms ?? [])]);
  return groups;
}

/** A country question answered from a place: per group, the options decide (Hong Kong when listed, else China). */
export function placeAnswer(
  field: FieldDescriptor,
  country: string | undefined,
  city: string | undefined,
  source?: string,
): Answer | undefined {
  if (!country) return undefined;
  const groups = placeGroups(country, city);
  if (field.options.length) {
    for (const g of groups) {
      const hit = chooseOption(field.options, g);
      if (hit) return withSource({ kind: 'choice', candidates: [hit.option.text, hit.option.value] }, source);
    }
    return none(`no option is ${groups[0]?.[0] ?? country}`);
  }
  const flat = groups.flat();
  // A free-text box or a 2-letter box: the specific place.
  if (field.control === 'input' || field.control === 'textarea') {
    const code = Object.keys(REGION_FORMS).find((c) => REGION_FORMS[c]?.city.test(city ?? '')) ?? country;
    const hint = `${field.placeholder} ${field.description}`;
    if (
      (field.maxLength !== undefined && field.maxLength <= 2) ||
      /\b[A-Z]{2}\b.*(code|iso)|2-letter|two-letter/i.test(hint)
    )
      return text(code, 'no country');
    return withSource(text(countryName(code), 'no country'), source);
  }
  return withSource({ kind: 'choice', candidates: flat }, source);
}

/** A region by name, or by its postal code where the field's options, length or pattern want a code. */
function regionAnswer(field: FieldDescriptor, region: string | undefined, country: string | undefined): Answer {
  if (!region) return none('no region in the profile');
  const { name, code } = regionForms(region, country);
  if (!code) return text(name, 'no region');
  if (field.options.length || field.control === 'listbox-button' || field.control === 'combobox')
    return { kind: 'choice', candidates: [name, code] };
  const wantsCode =
    (field.maxLength !== undefined && field.maxLength <= 3) ||
    /\[A-Z(a-z)?\]\{[23]\b/.test(field.pattern) ||
    /^[A-Z]{2,3}$/.test(field.placeholder.trim());
  return text(wantsCode ? code : name, 'no region');
}

function countryAnswer(field: FieldDescriptor, code: string | undefined): Answer {
  if (!code) return none('no country in the profile');
  if (field.options.length || field.control === 'listbox-button' || field.control === 'combobox') {
    return { kind: 'choice', candidates: [countryName(code), ...countryForms(code)] };
  }
  const hint = `${field.placeholder} ${field.description}`;
  if (
    (field.maxLength !== undefined && field.maxLength <= 2) ||
    /\b[A-Z]{2}\b.*(code|iso)|2-letter|two-letter/i.test(hint)
  )
    return text(code, '');
  // An ISO alpha-3 box: three characters, or help text that says so.
  if (field.maxLength === 3 || /3-letter|three-letter|alpha-?3/i.test(hint)) return text(countryForms(code)[1], '');
  return text(countryName(code), 'no country');
}

/** The address's country, else the current affiliation's: "Hong Kong, China" is Hong Kong where listed. */
function addressCountryAnswer({ field, profile }: AnswerQuery): Answer {
  const address = addressOf(profile);
  const affiliation = affiliationOf(profile);
  const position = currentPosition(profile);
  const [country, city, source] = address.country
    ? [address.country, address.city, undefined]
    : [affiliation?.country ?? position?.country, affiliation?.city ?? position?.city, affiliation?.source];
  return country && placeGroups(country, city).length > 1
    ? (placeAnswer(field, country, city, source) ?? countryAnswer(field, country))
    : countryAnswer(field, country);
}

/** "City, Country" for one Location box, from the address or else the current affiliation. */
function locationAnswer({ profile }: AnswerQuery): Answer {
  const address = addressOf(profile);
  const affiliation = affiliationOf(profile);
  const position = currentPosition(profile);
  const city = address.city ?? affiliation?.city ?? position?.city;
  const country = address.country ?? affiliation?.country ?? position?.country;
  return text(
    [city, country ? countryName(country) : undefined].filter(Boolean).join(', '),
    'no city or country in the profile',
  );
}

/** The postal address, or an empty one: an address is never made from an affiliation. */
const addressOf = (profile: Profile): Address => postalAddress(profile) ?? { lines: [] };

export const ADDRESS_ANSWERS = {
  'address.line1': (q) =>
    text(
      streetLines(addressOf(q.profile).lines ?? [], asksFor(q, 'address.line2'))[0],
      'no street address in the profile',
    ),
  'address.line2': ({ profile }) =>
    text(streetLines(addressOf(profile).lines ?? [], true)[1], 'no second address line in the profile'),
  'address.city': ({ profile }) => text(addressOf(profile).city, 'no city in the profile'),
  'address.region': ({ field, profile }) => {
    const address = addressOf(profile);
    return regionAnswer(field, address.region, address.country);
  },
  'address.postalCode': ({ profile }) => text(addressOf(profile).postalCode, 'no postal code in the profile'),
  'address.full': ({ field, profile }) => postalAddressAnswer(field, profile),
  'address.country': addressCountryAnswer,
  'address.location': locationAnswer,
} satisfies Partial<AnswerTable>;
