/**
 * The first end-to-end fill path (issue #2): classify fields by their HTML `autocomplete` token and make a simple
 * plan from the profile. The token is the strongest signal a page can give, so the full engine (classify.ts /
 * plan.ts) keeps using `kindFromAutocomplete` first.
 *
 * Until the engine lands, `classifyByAutocomplete` also falls back on a small table of unambiguous label words
 * (`LABEL_HINTS`) so that the in-page widgets (comboboxes, listbox buttons, numbered rows, file inputs) can be
 * exercised on realistic pages. TODO(2026-11-28, issue #4): drop the hints when classifyPage replaces this.
 */
import { FIELD_KINDS, LEAVE_ALONE, DOCUMENT_FIELD_KINDS, type FieldKind, type LeaveAloneReason } from '../fields/kinds';
import { currentPosition, displayName, primaryEmail } from '../profile/create';
import type { DocumentMeta, Profile } from '../profile/schema';
import type { Decision, FieldDescriptor, FillAction, FillPlan, FillStep, PageDescription, SkippedField } from './types';

export interface ParsedAutocomplete {
  section: string;
  addressType: 'shipping' | 'billing' | '';
  contact: 'home' | 'work' | 'mobile' | 'fax' | 'pager' | '';
  field: string;
  webauthn: boolean;
}

const CONTACT_TOKENS = new Set(['home', 'work', 'mobile', 'fax', 'pager']);

/** Split an autocomplete attribute into its WHATWG parts; null for "", "on", "off" or malformed values. */
export function parseAutocomplete(attribute: string): ParsedAutocomplete | null {
  const tokens = attribute.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return null;
  let webauthn = false;
  if (tokens[tokens.length - 1] === 'webauthn') {
    webauthn = true;
    tokens.pop();
  }
  const field = tokens.pop();
  if (!field || field === 'on' || field === 'off') return null;
  let contact: ParsedAutocomplete['contact'] = '';
  let addressType: ParsedAutocomplete['addressType'] = '';
  let section = '';
  const last = tokens[tokens.length - 1];
  if (last && CONTACT_TOKENS.has(last)) {
    contact = last as ParsedAutocomplete['contact'];
    tokens.pop();
  }
  const next = tokens[tokens.length - 1];
  if (next === 'shipping' || next === 'billing') {
    addressType = next;
    tokens.pop();
  }
  const first = tokens[0];
  if (first?.startsWith('section-')) {
    section = first;
    tokens.shift();
  }
  if (tokens.length > 0) return null;
  return { section, addressType, contact, field, webauthn };
}

type TokenMeaning = FieldKind | { leave: LeaveAloneReason } | null;

/** Every WHATWG autofill field name and what it asks of a Vitae profile. */
export const AUTOCOMPLETE_TOKENS: Record<string, TokenMeaning> = {
  name: 'name.full',
  'honorific-prefix': 'name.honorific',
  'given-name': 'name.given',
  'additional-name': 'name.middle',
  'family-name': 'name.family',
  'honorific-suffix': null,
  nickname: 'name.preferred',
  username: { leave: 'username' },
  'new-password': { leave: 'password' },
  'current-password': { leave: 'password' },
  'one-time-code': { leave: 'password' },
  'organization-title': 'position.title',
  organization: 'position.institution',
  'street-address': 'address.line1',
  'address-line1': 'address.line1',
  'address-line2': 'address.line2',
  'address-line3': null,
  'address-level4': null,
  'address-level3': null,
  'address-level2': 'address.city',
  'address-level1': 'address.region',
  country: 'address.country',
  'country-name': 'address.country',
  'postal-code': 'address.postalCode',
  'cc-name': { leave: 'payment' },
  'cc-given-name': { leave: 'payment' },
  'cc-additional-name': { leave: 'payment' },
  'cc-family-name': { leave: 'payment' },
  'cc-number': { leave: 'payment' },
  'cc-exp': { leave: 'payment' },
  'cc-exp-month': { leave: 'payment' },
  'cc-exp-year': { leave: 'payment' },
  'cc-csc': { leave: 'payment' },
  'cc-type': { leave: 'payment' },
  'transaction-currency': { leave: 'payment' },
  'transaction-amount': { leave: 'payment' },
  language: null,
  bday: { leave: 'dateOfBirth' },
  'bday-day': { leave: 'dateOfBirth' },
  'bday-month': { leave: 'dateOfBirth' },
  'bday-year': { leave: 'dateOfBirth' },
  sex: { leave: 'gender' },
  url: 'homepage',
  photo: null,
  tel: 'phone',
  'tel-country-code': 'phone.countryCode',
  'tel-national': 'phone.national',
  'tel-area-code': null,
  'tel-local': null,
  'tel-local-prefix': null,
  'tel-local-suffix': null,
  'tel-extension': 'phone.extension',
  email: 'email',
  impp: null,
};

/** The kind an autocomplete attribute names, a reason to leave the field alone, or null when it says nothing. */
export function kindFromAutocomplete(
  field: Pick<FieldDescriptor, 'autocomplete' | 'type'>,
): { kind: FieldKind } | { leave: LeaveAloneReason } | null {
  const parsed = parseAutocomplete(field.autocomplete);
  if (!parsed) return null;
  const meaning = AUTOCOMPLETE_TOKENS[parsed.field];
  if (meaning === undefined || meaning === null) return null;
  // Sites that sign in by email mark the email box "username" (HotCRP's uemail): it still wants the email.
  if (typeof meaning === 'object' && meaning.leave === 'username' && field.type === 'email') return { kind: 'email' };
  if (typeof meaning === 'object') return meaning;
  return { kind: meaning };
}

// ---------------------------------------------------------------------------------------------------------------
// Interim label hints (see the file comment).

type Hint = readonly [RegExp, FieldKind | { leave: LeaveAloneReason }];

/** Ordered: the first match wins. Matched against the field's own words (labels, name, id, data attributes). */
const LABEL_HINTS: readonly Hint[] = [
  [/\bpassword\b/, { leave: 'password' }],
  [/\bcaptcha\b/, { leave: 'captcha' }],
  [/\b(date of birth|birth ?date|dob|year of birth)\b/, { leave: 'dateOfBirth' }],
  [/\b(gender|pronoun)/, { leave: 'gender' }],
  [/\b(race|ethnic)/, { leave: 'race' }],
  [/\bveteran/, { leave: 'veteran' }],
  [/\bdisabilit/, { leave: 'disability' }],
  [/\bsalary\b/, { leave: 'salary' }],
  [/\bhow did you hear\b/, { leave: 'referral' }],
  [/\b(referee|reference|recommender)s?\b/, { leave: 'otherPerson' }],
  [/\b(resume|cv|curriculum vitae)\b/, 'document.cv'],
  [/\bcover letter\b/, 'document.coverLetter'],
  [/\bresearch statement\b/, 'document.researchStatement'],
  [/\bteaching statement\b/, 'document.teachingStatement'],
  [/\bdiversity statement\b/, 'document.diversityStatement'],
  [/\b(confirm|re ?enter|repeat|verify)\b.*\be ?mail\b/, 'email.confirm'],
  [/\be ?mail\b/, 'email'],
  [/\b(first|given|fore) ?name\b/, 'name.given'],
  [/\bmiddle ?name\b/, 'name.middle'],
  [/\b(last|family) ?name\b|\bsurname\b/, 'name.family'],
  [/\b(full|legal) ?name\b|^name$|^your name$/, 'name.full'],
  [/\b(phone|telephone|mobile)\b/, 'phone'],
  [/\borcid\b/, 'orcid.id'],
  [/\bgoogle scholar\b|\bgscholar\b/, 'scholar.url'],
  [/\bdblp\b/, 'dblp.url'],
  [/\bsemantic ?scholar\b/, 'semanticScholar.url'],
  [/\blinked ?in\b/, 'linkedin.url'],
  [/\bgit ?hub\b/, 'github.url'],
  [/\b(homepage|home page|personal website|web ?site)\b/, 'homepage'],
  [/\b(job ?title|position title)\b/, 'work.title'],
  [/\b(company|employer)( name)?\b/, 'work.organisation'],
  [/\b(school|university)( name)?\b/, 'education.institution'],
  [/\bfield of study\b|\bdiscipline\b|\bmajor\b/, 'education.field'],
  [/\bdegree\b/, 'education.degree'],
  [/\b(affiliation|institution|organi[sz]ation)\b/, 'position.institution'],
  [/\bdepartment\b/, 'position.department'],
  [/\b(current position|academic rank|position)\b/, 'position.title'],
  [/\bcountry\b/, 'address.country'],
  [/\b(zip|postal)( code)?\b|\bpostcode\b/, 'address.postalCode'],
  [/\bcity\b|\btown\b/, 'address.city'],
  [/\b(state|province|region)\b/, 'address.region'],
  [/\baddress( line)? ?2\b/, 'address.line2'],
  [/\b(street|address)\b/, 'address.line1'],
  [/\b(research (interests|areas)|expertise|keywords)\b/, 'research.interests'],
];

/** Words of an identifier or label: camelCase and separators split, lower case. */
function words(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-[\].:#/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function ownWords(field: FieldDescriptor): string[] {
  return [
    field.labelFor,
    field.labelWrap,
    field.ariaLabel,
    field.ariaLabelledBy,
    field.placeholder,
    field.precedingText,
    field.name,
    field.htmlId,
    ...Object.values(field.dataAttributes),
  ]
    .filter(Boolean)
    .map(words);
}

function hintFor(field: FieldDescriptor): { meaning: Hint[1]; source: string } | null {
  for (const source of ownWords(field)) {
    for (const [pattern, meaning] of LABEL_HINTS) {
      if (pattern.test(source)) return { meaning, source };
    }
  }
  return null;
}

const ROW_GROUPS = new Set(['education', 'work']);

function groupOf(kind: FieldKind): string {
  return FIELD_KINDS[kind].group;
}

/** A row number written in the field's id or name: Workday `workExperience-2--x` (1-based), `x--0`, `x[1]`. */
function explicitRow(field: FieldDescriptor): number | null {
  for (const text of [field.htmlId, field.name, field.dataAttributes['data-automation-id'] ?? '']) {
    const workday = /-(\d+)--/.exec(text);
    if (workday) return Math.max(0, Number(workday[1]) - 1);
    const suffix = /--(\d+)$/.exec(text);
    if (suffix) return Number(suffix[1]);
    const bracket = /\[(\d+)\]/.exec(text);
    if (bracket) return Number(bracket[1]);
  }
  return null;
}

/** Decide every field of a page: autocomplete first, then the interim label hints. */
export function classifyByAutocomplete(page: PageDescription): Decision[] {
  const seen = new Map<FieldKind, number>();
  return page.fields.map((field): Decision => {
    const fromToken = kindFromAutocomplete(field);
    let meaning: Hint[1] | null = null;
    let reason = '';
    let confidence = 0;
    if (fromToken) {
      meaning = 'kind' in fromToken ? fromToken.kind : fromToken;
      reason = `autocomplete="${field.autocomplete}"`;
      confidence = 0.95;
    } else {
      const hint = hintFor(field);
      if (hint) {
        meaning = hint.meaning;
        reason = `the field says "${hint.source}"`;
        confidence = 0.6;
      }
    }
    if (meaning === null) {
      return { fieldId: field.id, kind: null, leaveAlone: 'unknown', confidence: 0, reason: 'not recognised' };
    }
    if (typeof meaning === 'object') {
      return { fieldId: field.id, kind: null, leaveAlone: meaning.leave, confidence, reason };
    }
    let kind = meaning;
    // Inside numbered rows a "degree" is that row's; outside, the highest degree.
    if (kind === 'education.degree' && explicitRow(field) === null && !/educat/i.test(field.heading)) {
      kind = 'degree.level';
    }
    let row = 0;
    if (ROW_GROUPS.has(groupOf(kind))) {
      const explicit = explicitRow(field);
      const count = seen.get(kind) ?? 0;
      row = explicit ?? count;
      seen.set(kind, Math.max(count, row) + 1);
    }
    return { fieldId: field.id, kind, row, confidence, reason };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The simple plan.

export interface PlanOptions {
  documents: DocumentMeta[];
  /** Replace values already in fields. */
  overwrite: boolean;
}

const REGION_NAMES = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

function countryName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    return REGION_NAMES?.of(code) ?? code;
  } catch {
    return code;
  }
}

function urlOf(kind: FieldKind, id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (/^https?:\/\//i.test(id)) return id;
  switch (kind) {
    case 'orcid.url':
      return `https://orcid.org/${id}`;
    case 'scholar.url':
      return `https://scholar.google.com/citations?user=${encodeURIComponent(id)}`;
    case 'dblp.url':
      return `https://dblp.org/pid/${id}.html`;
    case 'semanticScholar.url':
      return `https://www.semanticscholar.org/author/${encodeURIComponent(id)}`;
    case 'openReview.url':
      return `https://openreview.net/profile?id=${encodeURIComponent(id)}`;
    case 'github.url':
      return `https://github.com/${encodeURIComponent(id)}`;
    case 'linkedin.url':
      return `https://www.linkedin.com/in/${encodeURIComponent(id)}`;
    default:
      return id;
  }
}

type Dated = { start?: string; end?: string };

function byRecency<T extends Dated>(rows: readonly T[]): T[] {
  const key = (r: Dated) => (r.end === undefined || r.end === 'present' ? '9999' : r.end) + (r.start ?? '');
  return [...rows].sort((a, b) => key(b).localeCompare(key(a)));
}

function workRows(profile: Profile) {
  const positions = profile.positions.map((p) => ({
    title: p.title,
    organisation: p.institution,
    location: [p.city, countryName(p.country)].filter(Boolean).join(', '),
    start: p.start,
    end: p.end,
  }));
  const experience = profile.experience.map((e) => ({
    title: e.role,
    organisation: e.organisation,
    location: e.location ?? '',
    start: e.start,
    end: e.end,
  }));
  return byRecency([...positions, ...experience]);
}

/** A partial date in the form the field takes. */
function dateFor(field: FieldDescriptor, date: string | undefined): string | undefined {
  if (!date || date === 'present') return undefined;
  const [year, month] = date.split('-');
  const hints = ownWords(field).join(' ');
  if (field.type === 'month') return month ? `${year}-${month}` : undefined;
  if (field.type === 'date') return month ? `${date.length === 7 ? `${date}-01` : date}` : undefined;
  if (/\bmonth\b/.test(hints) && !/\byear\b/.test(hints)) return month;
  if (/\byear\b/.test(hints) || field.maxLength === 4) return year;
  return month ? `${month}/${year}` : year;
}

/** The profile's value for one kind (row for repeated rows), or undefined when the profile has none. */
export function profileValue(
  kind: FieldKind,
  row: number,
  profile: Profile,
  field: FieldDescriptor,
): string | undefined {
  const name = profile.name;
  const position = currentPosition(profile);
  const education = byRecency(profile.education);
  const highest = education[0];
  const links = profile.links;
  const phone = profile.phones.find((p) => p.primary) ?? profile.phones[0];
  const edu = education[row];
  const work = workRows(profile)[row];
  switch (kind) {
    case 'name.full':
      return displayName(profile) || undefined;
    case 'name.given':
      return name.given;
    case 'name.middle':
      return name.middle;
    case 'name.family':
      return name.family;
    case 'name.preferred':
      return name.preferred;
    case 'name.native':
      return name.native;
    case 'name.honorific':
      return name.honorific;
    case 'name.pronouns':
      return name.pronouns;
    case 'email':
    case 'email.confirm':
      return primaryEmail(profile);
    case 'phone':
      return phone ? (phone.e164 ?? phone.raw) : undefined;
    case 'address.line1':
      return field.control === 'textarea' ? profile.address.lines.join('\n') || undefined : profile.address.lines[0];
    case 'address.line2':
      return profile.address.lines[1];
    case 'address.city':
      return profile.address.city;
    case 'address.region':
      return profile.address.region;
    case 'address.postalCode':
      return profile.address.postalCode;
    case 'address.country': {
      const code = profile.address.country ?? position?.country;
      if (parseAutocomplete(field.autocomplete)?.field === 'country' && field.control === 'input') return code;
      return countryName(code);
    }
    case 'homepage':
      return links.homepage;
    case 'orcid.id':
      return links.orcid;
    case 'scholar.id':
      return links.googleScholar;
    case 'dblp.id':
      return links.dblp;
    case 'semanticScholar.id':
      return links.semanticScholar;
    case 'openReview.id':
      return links.openReview;
    case 'github.id':
      return links.github;
    case 'linkedin.id':
      return links.linkedin;
    case 'orcid.url':
      return urlOf(kind, links.orcid);
    case 'scholar.url':
      return urlOf(kind, links.googleScholar);
    case 'dblp.url':
      return urlOf(kind, links.dblp);
    case 'semanticScholar.url':
      return urlOf(kind, links.semanticScholar);
    case 'openReview.url':
      return urlOf(kind, links.openReview);
    case 'github.url':
      return urlOf(kind, links.github);
    case 'linkedin.url':
      return urlOf(kind, links.linkedin);
    case 'position.title':
      return position?.title;
    case 'position.department':
      return position?.department;
    case 'position.institution':
      return position?.institution;
    case 'position.institutionDomain':
      return position?.institutionDomain;
    case 'position.startYear':
      return position?.start?.slice(0, 4);
    case 'degree.level':
      return highest?.degree;
    case 'degree.field':
      return highest?.field;
    case 'degree.institution':
      return highest?.institution;
    case 'degree.year':
      return highest?.end && highest.end !== 'present' ? highest.end.slice(0, 4) : undefined;
    case 'education.institution':
      return edu?.institution;
    case 'education.degree':
      return edu?.degree;
    case 'education.field':
      return edu?.field;
    case 'education.start':
      return dateFor(field, edu?.start);
    case 'education.end':
      return dateFor(field, edu?.end);
    case 'work.title':
      return work?.title;
    case 'work.organisation':
      return work?.organisation;
    case 'work.location':
      return work?.location || undefined;
    case 'work.start':
      return dateFor(field, work?.start);
    case 'work.end':
      return dateFor(field, work?.end);
    case 'work.current':
      return work ? String(work.end === undefined || work.end === 'present') : undefined;
    case 'research.interests':
      return (profile.interests.length > 0 ? profile.interests : profile.keywords).join(', ') || undefined;
    case 'bio.short':
    case 'bio.long':
      return profile.bios[0]?.text;
    default:
      return undefined;
  }
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The option of a select that means `value` (by value or text; exact first, then the shortest containing one). */
export function matchOption(field: FieldDescriptor, candidates: string[]): { value: string; text: string } | null {
  const wanted = candidates.filter(Boolean).map(normalise);
  const options = field.options.filter((o) => !o.disabled && normalise(o.text) !== '');
  for (const w of wanted) {
    const exact = options.find((o) => normalise(o.value) === w || normalise(o.text) === w);
    if (exact) return exact;
  }
  for (const w of wanted) {
    if (w.length < 3) continue;
    const partial = options
      .filter((o) => normalise(o.text).startsWith(w) || normalise(o.text).includes(` ${w}`))
      .sort((a, b) => a.text.length - b.text.length)[0];
    if (partial) return partial;
  }
  return null;
}

const ADD_SECTION: Record<string, RegExp> = {
  education: /educat|degree|school|universit/i,
  work: /work|experience|employment|position|job/i,
};

/** Turn decisions into steps: one per fillable, empty (or overwritable) field the profile has a value for. */
export function planFromDecisions(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
  options: PlanOptions,
): FillPlan {
  const fields = new Map(page.fields.map((f) => [f.id, f]));
  const steps: FillStep[] = [];
  const skipped: SkippedField[] = [];
  const rowsShown = new Map<string, number>();
  for (const decision of decisions) {
    const field = fields.get(decision.fieldId);
    if (!field) continue;
    if (decision.kind === null) {
      skipped.push({ fieldId: field.id, reason: `Left alone: ${LEAVE_ALONE[decision.leaveAlone]}` });
      continue;
    }
    const kind = decision.kind;
    const group = groupOf(kind);
    if (ROW_GROUPS.has(group)) rowsShown.set(group, Math.max(rowsShown.get(group) ?? 0, decision.row + 1));
    if (!field.fillable) {
      skipped.push({ fieldId: field.id, reason: `Not filled: ${field.notFillableReason ?? 'not fillable'}` });
      continue;
    }
    const isToggle = field.type === 'checkbox' || field.type === 'radio';
    if (!options.overwrite && !isToggle && field.value.trim() !== '') {
      skipped.push({ fieldId: field.id, reason: 'Already has a value (overwrite is off)' });
      continue;
    }
    const base = { fieldId: field.id, kind, reason: decision.reason, confidence: decision.confidence };
    const action = actionFor(kind, decision.row, field, profile, options);
    if ('skip' in action) skipped.push({ fieldId: field.id, reason: action.skip });
    else steps.push({ ...base, ...action });
  }
  // More rows in the profile than the form shows: press its "Add another" once; the caller collects again.
  for (const [group, shown] of rowsShown) {
    const wanted = group === 'education' ? profile.education.length : workRows(profile).length;
    if (wanted <= shown) continue;
    const pattern = ADD_SECTION[group];
    const button = page.buttons.find((b) => pattern?.test(`${b.text} ${b.heading}`));
    if (button) {
      steps.push({
        fieldId: button.id,
        kind: 'add-row',
        action: 'click-add',
        reason: `the profile has ${wanted} ${group} entries and the form shows ${shown}`,
        confidence: 0.6,
      });
    }
  }
  return { steps, skipped };
}

function actionFor(
  kind: FieldKind,
  row: number,
  field: FieldDescriptor,
  profile: Profile,
  options: PlanOptions,
): FillAction | { skip: string } {
  const label = FIELD_KINDS[kind].label;
  if (kind in DOCUMENT_FIELD_KINDS) {
    const docKind = DOCUMENT_FIELD_KINDS[kind as keyof typeof DOCUMENT_FIELD_KINDS];
    if (field.type !== 'file') return { skip: `${label}: not a file field` };
    const doc = [...options.documents]
      .filter((d) => d.kind === docKind)
      .sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0];
    if (!doc) return { skip: `The profile has no ${label} document` };
    return { action: 'attach-file', documentId: doc.id, fileName: doc.fileName };
  }
  if (field.type === 'file') return { skip: `${label}: a file field` };
  const value = profileValue(kind, row, profile, field);
  if (value === undefined || value === '') return { skip: `The profile has no ${label}` };
  if (field.type === 'checkbox') return { action: 'check', checked: value === 'true' };
  if (field.type === 'radio') {
    const option = matchOption(field, [value]);
    return option ? { action: 'check', checked: true } : { skip: `${label}: another option of the group` };
  }
  if (field.control === 'select') {
    const code = kind === 'address.country' ? (profile.address.country ?? currentPosition(profile)?.country) : '';
    const option = matchOption(field, [value, code ?? '']);
    if (!option) return { skip: `${label}: no option matches "${value}"` };
    return { action: 'select-option', value: option.value, optionText: option.text };
  }
  if (field.control === 'listbox-button') return { action: 'choose-listbox', value };
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return { skip: `${label} is longer than the field allows (${field.maxLength})` };
  }
  return { action: 'set-value', value };
}
