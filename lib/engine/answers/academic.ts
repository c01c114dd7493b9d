/**
 * Answers to the questions only academic forms ask (issue #13): the current affiliation and where it came from,
 * emails by kind, a postal address as lines, degree blocks, career stage, history rows, keyword rows, publication
 * lists in the chosen style, conflict domains, and places (Hong Kong, Macao, Taiwan) chosen by meaning.
 */
import type { FieldDescriptor, FieldOption } from '../types';
import type { Address, Education, EndDate, Profile } from '../../profile/schema';
import type { PublicationStyle } from '../../format/publication-style';
import {
  careerStage,
  currentAffiliation,
  degreeOfLevel,
  highestDegree,
  historyRows,
  stageOfOption,
  STAGE_WORDS,
  type Affiliation,
} from '../../profile/views';
import { primaryEmail } from '../../profile/create';
import { countryForms, countryName } from '../../values/countries';
import { chooseOption } from '../../values/options';
import type { DegreeLevel } from '../../values/degrees';
import { normaliseText } from '../../values/normalise';
import { formatPublicationList } from '../../format/publications';
import { selectPublications } from '../../format/publications-select';
import { collectConflicts, DEFAULT_CONFLICT_MONTHS } from '../../format/conflicts';
import { none, text, withSource, type Answer } from './answer';

// ---- current affiliation -----------------------------------------------------------------------------------

/**
 * The current affiliation, with the city and country of any entry at the same institution when the answering
 * entry has none (a CV header names the institution; the education line says "Hong Kong, China").
 */
export function affiliationOf(profile: Profile): Affiliation | undefined {
  const found = currentAffiliation(profile);
  if (!found || found.country) return found;
  const same = (name: string) => normaliseText(name) === normaliseText(found.institution);
  const placed = [...profile.positions, ...profile.education].find((e) => same(e.institution) && e.country);
  return placed?.country ? { ...found, country: placed.country, ...(placed.city ? { city: placed.city } : {}) } : found;
}

export function affiliationAnswer(
  kind: 'position.institution' | 'position.department' | 'position.title',
  profile: Profile,
): Answer {
  const a = affiliationOf(profile);
  if (!a) return none('no current position, and no position or education to name an affiliation');
  if (kind === 'position.institution') return withSource(text(a.institution, 'no institution'), a.source);
  if (kind === 'position.department')
    return withSource(text(a.department, `no department in the ${a.from} that answers (the ${a.source})`), a.source);
  return withSource(text(a.title, `no title in the ${a.from} that answers (the ${a.source})`), a.source);
}

// ---- emails by kind ----------------------------------------------------------------------------------------

export function emailOfKind(kind: 'email.personal' | 'email.work' | 'email.alternative', profile: Profile): Answer {
  const emails = profile.emails;
  if (!emails.length) return none('no email in the profile');
  const primary = primaryEmail(profile);
  if (kind === 'email.alternative') {
    const other =
      emails.find((e) => e.address !== primary && e.kind === 'personal') ?? emails.find((e) => e.address !== primary);
    return text(other?.address, 'the profile has one email, and an alternative email is a second one');
  }
  const wanted = kind === 'email.personal' ? ['personal'] : ['work', 'academic'];
  const ofKind = emails.find((e) => wanted.includes(e.kind));
  if (ofKind) return text(ofKind.address, 'no email');
  if (emails.length === 1) return text(emails[0]?.address, 'no email');
  return none(`none of the profile's emails is marked ${kind === 'email.personal' ? 'personal' : 'work or academic'}`);
}

// ---- postal address ----------------------------------------------------------------------------------------

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

// ---- places ------------------------------------------------------------------------------------------------

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

// ---- degrees -----------------------------------------------------------------------------------------------

/** The degree a block's heading names (PhD / Master's / Bachelor's), else the highest degree. */
export function degreeForBlock(field: FieldDescriptor, profile: Profile): Education | undefined {
  const context = normaliseText(`${field.legend} | ${field.heading}`);
  let level: DegreeLevel | undefined;
  if (/\b(ph ?d|phd|doctoral|doctorate|dphil)\b/.test(context)) level = 'doctorate';
  else if (/\b(master'?s?|msc|postgraduate taught|mphil)\b/.test(context)) level = 'masters';
  else if (/\b(bachelor'?s?|undergraduate|first degree|bsc)\b/.test(context)) level = 'bachelors';
  return level ? degreeOfLevel(profile, level) : highestDegree(profile);
}

export function degreeExtraAnswer(
  kind: 'degree.thesisTitle' | 'degree.supervisor',
  field: FieldDescriptor,
  profile: Profile,
): Answer {
  const degree = degreeForBlock(field, profile);
  if (!degree) return none('no degree in the profile');
  if (kind === 'degree.thesisTitle') return text(degree.thesisTitle, `no thesis title for the ${degree.degree}`);
  return text(degree.advisors.join(', '), `no supervisor for the ${degree.degree}`);
}

// ---- career stage ------------------------------------------------------------------------------------------

export function careerStageAnswer(field: FieldDescriptor, profile: Profile): Answer {
  const stage = careerStage(profile);
  if (!stage) return none('the profile does not say the career stage (no current title, no degree in progress)');
  const words = STAGE_WORDS[stage.stage];
  if (!field.options.length && field.control !== 'combobox' && field.control !== 'listbox-button')
    return withSource(text(words[0], 'no stage'), stage.source);
  return {
    kind: 'choice',
    candidates: words,
    match: (o: FieldOption) => stageOfOption(o.text) === stage.stage,
    preferMatch: true,
    source: stage.source,
  };
}

// ---- history rows ------------------------------------------------------------------------------------------

export function historyAnswer(
  kind:
    'history.position' | 'history.institution' | 'history.domain' | 'history.country' | 'history.start' | 'history.end',
  row: number,
  field: FieldDescriptor,
  profile: Profile,
  date: (field: FieldDescriptor, value: EndDate | undefined, what: string) => Answer,
): Answer {
  const h = historyRows(profile)[row];
  if (!h) return none(`the profile has no history entry ${row + 1}`);
  // Names the kind of entry only: the reason travels to the page with the value.
  const source = `history entry ${row + 1} (${h.from === 'position' ? 'a position' : 'a degree'})`;
  switch (kind) {
    case 'history.position': {
      if (!h.position) return none(`the CV gives no title for ${h.institution}`);
      const stage = stageOfOption(h.position);
      if (!field.options.length && field.control === 'input')
        return withSource(text(h.position, 'no position'), source);
      // A student or postdoc row is named by its stage ("Postdoctoral Researcher" is OpenReview's "Postdoc");
      // a faculty or research title by itself ("Assistant Professor").
      const byStage = stage && ['postdoc', 'phd-student', 'masters-student', 'undergraduate'].includes(stage);
      const words = stage ? STAGE_WORDS[stage] : [];
      return {
        kind: 'choice',
        candidates: byStage ? [...words, h.position] : [h.position, ...words],
        ...(stage ? { match: (o: FieldOption) => stageOfOption(o.text) === stage, preferMatch: true } : {}),
        source,
      };
    }
    case 'history.institution':
      return withSource(text(h.institution, 'no institution'), source);
    case 'history.domain':
      return text(h.domain, `the profile has no domain for ${h.institution}`);
    case 'history.country':
      return placeAnswer(field, h.country, h.city, source) ?? none(`the profile has no country for ${h.institution}`);
    case 'history.start':
      return date(field, h.start, `start of ${h.institution}`);
    case 'history.end':
      if (h.end === 'present' || h.end === undefined) return none(`${h.institution} is current: no end`);
      return date(field, h.end, `end of ${h.institution}`);
  }
}

// ---- research keywords -------------------------------------------------------------------------------------

export function keywordAnswer(row: number, profile: Profile): Answer {
  const items = [...new Set([...profile.interests, ...profile.keywords].map((i) => i.trim()).filter(Boolean))];
  return text(items[row], `the profile has ${items.length} research interests, this is row ${row + 1}`);
}

// ---- publications ------------------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** "your five most significant publications", "(max 3)", "up to ten papers" → 5, 3, 10; undefined when no count. */
export function countInLabel(words: string): number | undefined {
  const m = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(words.toLowerCase());
  if (!m?.[1]) return undefined;
  return NUMBER_WORDS[m[1]] ?? Number(m[1]);
}

/**
 * A publication list for a textarea: as many entries as the label asks (all for a plain "Publications"), the
 * selected ones first, then the most recent, formatted in the style set in the options.
 */
export function publicationsAnswer(
  kind: 'publications.list' | 'publications.selected',
  labelWords: string,
  field: FieldDescriptor,
  profile: Profile,
  style: PublicationStyle,
): Answer {
  const newestFirst = selectPublications(profile);
  if (!newestFirst.length) return none('no publications in the profile');
  const asked = countInLabel(labelWords) ?? (kind === 'publications.selected' ? 5 : undefined);
  const ordered = [...newestFirst.filter((p) => p.selected), ...newestFirst.filter((p) => !p.selected)];
  const chosen = asked === undefined ? ordered : ordered.slice(0, asked);
  // A one-line box cannot hold a list: plain text, entries joined.
  const formatStyle: PublicationStyle = field.control === 'input' && style !== 'plain' ? 'plain' : style;
  let list = formatPublicationList({ name: profile.name, publications: chosen }, formatStyle);
  // Fit whole entries into a maxlength: drop the last ones rather than cut one in half.
  let n = chosen.length;
  while (field.maxLength !== undefined && list.text.length > field.maxLength && n > 1) {
    n -= 1;
    list = formatPublicationList({ name: profile.name, publications: chosen.slice(0, n) }, formatStyle);
  }
  return text(list.text, 'no publications fit');
}

// ---- conflicts ---------------------------------------------------------------------------------------------

const WEBMAIL =
  /(^|\.)(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|qq|163|126|sina|foxmail|gmx|web|yandex|mail)\.\w+(\.\w+)?$/;

/** CMT "Domain conflicts": the person's work email domains and their institutions' domains in the window. */
export function conflictDomains(profile: Profile, now: Date): string[] {
  const set = collectConflicts(profile, { months: DEFAULT_CONFLICT_MONTHS['cmt-domains'], now });
  const fromEmails = profile.emails
    .filter((e) => e.kind !== 'personal')
    .map((e) => e.address.split('@')[1]?.toLowerCase() ?? '')
    .filter((d) => d && !WEBMAIL.test(d));
  const fromInstitutions = set.institutions.flatMap((i) => (i.domain ? [i.domain.toLowerCase()] : []));
  const all = [...new Set([...fromEmails, ...fromInstitutions])];
  // CMT matches domains by suffix: "cs.example.edu" adds nothing next to "example.edu".
  return all.filter((d) => !all.some((other) => other !== d && d.endsWith(`.${other}`)));
}
