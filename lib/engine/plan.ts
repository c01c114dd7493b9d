/**
 * The planner: decisions + profile → FillSteps carrying the exact value in each field's own format.
 *
 * Rules that never bend: no step for a field the collector marked unfillable, for a field that already has a
 * value (unless overwrite), or for a field the classifier left alone; every skipped field says why; and every
 * value comes from the profile (or a stored document) — nothing is invented.
 */
import { collectConflicts, DEFAULT_CONFLICT_MONTHS } from '../format/conflicts';
import { displayName } from '../format/names';
import type {
  Decision,
  FieldDescriptor,
  FieldOption,
  FillAction,
  FillPlan,
  FillStep,
  PageDescription,
  SkippedField,
} from './types';
import { fieldWords } from './field-text';
import { DOCUMENT_FIELD_KINDS, FIELD_KINDS, LEAVE_ALONE, type FieldKind } from '../fields/kinds';
import type { Address, DocumentMeta, EndDate, Profile } from '../profile/schema';
import { currentPosition, primaryEmail } from '../profile/create';
import { dateParts } from '../profile/dates';
import { initialOf, resolveName } from '../values/names';
import { SCHOLAR_IDS, type ScholarService } from '../values/scholar-ids';
import { phoneFormats } from '../values/phones';
import { countryForms, countryName } from '../values/countries';
import { regionForms, streetLines } from '../values/address';
import { degreeLevel, type DegreeLevel } from '../values/degrees';
import { chooseOption, isPlaceholderOption } from '../values/options';
import { fitLength, joinList, listSeparatorFor, pickFitting } from '../values/fit';
import { dateFormatFor, formatDate, monthForms } from '../values/dates';
import type { PublicationStyle } from '../messaging/protocol';
import { none, text, type Answer } from './answers/answer';
import {
  affiliationAnswer,
  affiliationOf,
  careerStageAnswer,
  conflictDomains,
  degreeExtraAnswer,
  degreeForBlock,
  emailOfKind,
  historyAnswer,
  keywordAnswer,
  placeAnswer,
  placeGroups,
  postalAddress,
  postalAddressAnswer,
  publicationsAnswer,
} from './answers/academic';
import { highestDegree } from '../profile/views';
import { educationRows, planAddRows, websiteRows, workRows } from './rows';

export interface PlanOptions {
  documents: DocumentMeta[];
  overwrite: boolean;
  /** "Now" for recent-years rules (conflict domains); defaults to the current date. */
  now?: Date;
  /** The citation style set in the options, for publication lists written into a textarea (issue #13). */
  publicationStyle?: PublicationStyle;
  /** Presses of each "Add" button earlier in this fill (issue #18), by button id. */
  pressed?: Readonly<Record<string, number>>;
}

export { workRows, educationRows } from './rows';

/** The highest degree: by level, then the latest (lib/profile/views.ts). */
export { highestDegree };

const DEGREE_WORDS: Record<DegreeLevel, string[]> = {
  doctorate: ['PhD', 'Ph.D.', 'Doctorate', 'Doctor of Philosophy', 'Doctoral degree'],
  masters: ["Master's", 'Master', 'MSc', 'M.S.', 'MA', "Master's Degree"],
  bachelors: ["Bachelor's", 'Bachelor', 'BSc', 'B.S.', 'BA', "Bachelor's Degree"],
  associate: ["Associate's", 'Associate Degree'],
  highschool: ['High School', 'High School Diploma'],
  professional: ['MD', 'JD', 'Professional degree'],
};

function degreeAnswer(degree: string | undefined): Answer {
  if (!degree) return none('no degree in the profile');
  const level = degreeLevel(degree);
  return {
    kind: 'choice',
    candidates: [degree, ...(level ? DEGREE_WORDS[level] : [])],
    ...(level ? { match: (o: FieldOption) => degreeLevel(o.text) === level } : {}),
  };
}

function dateAnswer(field: FieldDescriptor, date: EndDate | undefined, what: string): Answer {
  if (!date) return none(`no ${what} in the profile`);
  if (date === 'present') return none(`${what} is "present"`);
  const parts = dateParts(date);
  if (!parts) return none(`${what} is not a date`);
  const words = `${fieldWords(field)} ${field.name} ${field.htmlId}`.toLowerCase();
  if (field.options.length) {
    const isMonth =
      /month|mm\b|monat|mois|mes\b/.test(words) || field.options.some((o) => /^(jan|january|feb)/i.test(o.text.trim()));
    if (isMonth)
      return parts.month ? { kind: 'choice', candidates: monthForms(parts.month) } : none(`${what} has no month`);
    return { kind: 'choice', candidates: [String(parts.year)] };
  }
  const format = /month/.test(words) && !/year/.test(words) ? 'month-number' : dateFormatFor(field, words);
  return text(formatDate(date, format), `${what} lacks the precision this field asks for`);
}

function scholarAnswer(
  field: FieldDescriptor,
  service: ScholarService,
  stored: string | undefined,
  as: 'url' | 'id',
): Answer {
  if (!stored) return none(`no ${service} id in the profile`);
  const handler = SCHOLAR_IDS[service];
  const id = handler.parse(stored);
  if (!id) return none(`the stored ${service} id is not valid`);
  return text(as === 'url' ? handler.url(id) : id, 'no value');
}

function phoneAnswer(
  kind: FieldKind,
  field: FieldDescriptor,
  profile: Profile,
  page: PageDescription,
  decisions: Decision[],
): Answer {
  const phone = profile.phones.find((p) => p.primary) ?? profile.phones[0];
  if (!phone) return none('no phone in the profile');
  const f = phoneFormats(phone, profile.address.country);
  if (!f) return kind === 'phone' ? text(phone.raw, 'no phone') : none('the stored phone could not be parsed');
  // A formatted number that does not fit goes in as digits: cut at a space it would be "(206)" (issue #12).
  const national = field.maxLength !== undefined && f.national.length > field.maxLength ? f.nationalDigits : f.national;
  switch (kind) {
    case 'phone.countryCode': {
      const names = f.country ? countryForms(f.country) : [];
      return field.options.length
        ? {
            kind: 'choice',
            candidates: [f.countryCode, f.countryCodeDigits, ...names],
            match: (o) =>
              new RegExp(`\\+\\s?${f.countryCodeDigits}\\b`).test(o.text) &&
              (!f.country || names.some((n) => o.text.includes(n) || o.value === n)),
          }
        : text(field.maxLength !== undefined && field.maxLength <= 3 ? f.countryCodeDigits : f.countryCode, 'no code');
    }
    case 'phone.national': {
      const digitsOnly = /\\d|\[0-9\]/.test(field.pattern) || field.type === 'number';
      return text(digitsOnly ? f.nationalDigits : national, 'no number');
    }
    case 'phone.extension':
      return text(f.extension, 'the stored phone has no extension');
    default: {
      // With a separate country-code box on the page, the number box takes the national number.
      const hasCode = decisions.some(
        (d) => d.kind === 'phone.countryCode' && page.fields.some((x) => x.id === d.fieldId && x.fillable),
      );
      if (hasCode) return text(national, 'no number');
      const placeholder = field.placeholder.trim();
      if (/^\(?\d{3}\)?[ -]?\d{3}-?\d{4}$/.test(placeholder) && f.countryCodeDigits === '1')
        return text(national, 'no number');
      // The longest form that fits the box: international, then E.164, then the national number, then its digits.
      const max = field.maxLength ?? Infinity;
      const fitting = [f.international, f.e164, f.national, f.nationalDigits].find((v) => v.length <= max);
      return fitting ? text(fitting, 'no number') : none(`the phone number does not fit in ${max} characters`);
    }
  }
}

/** Whether a fillable field of the page was classified as `kind` (a form with a line 2, a country-code box). */
function asksFor(ctx: { page: PageDescription; decisions: Decision[] }, kind: FieldKind): boolean {
  return ctx.decisions.some((d) => d.kind === kind && ctx.page.fields.some((x) => x.id === d.fieldId && x.fillable));
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

function listAnswer(field: FieldDescriptor, items: string[], why: string, defaultSeparator?: '\n'): Answer {
  const unique = [...new Set(items.map((i) => i.trim()).filter(Boolean))];
  if (!unique.length) return none(why);
  const hint = `${fieldWords(field)} ${field.description}`;
  let separator = listSeparatorFor(hint, field.control);
  if (defaultSeparator && !/comma|semicolon|,|;/.test(hint) && field.control !== 'input') separator = defaultSeparator;
  return text(joinList(unique, separator, field.maxLength), why);
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };
/** "your top 3 publications", "up to five papers" → 3, 5; otherwise 5. */
export function selectedCount(words: string): number {
  const m = /\b(\d{1,2}|one|two|three|four|five|six|ten)\b/.exec(words);
  if (!m?.[1]) return 5;
  return NUMBER_WORDS[m[1]] ?? Number(m[1]);
}

function answerFor(
  kind: FieldKind,
  row: number,
  field: FieldDescriptor,
  profile: Profile,
  ctx: {
    page: PageDescription;
    decisions: Decision[];
    documents: DocumentMeta[];
    now: Date;
    publicationStyle?: PublicationStyle;
  },
): Answer {
  const name = resolveName(profile.name);
  const position = currentPosition(profile);
  const links = profile.links;
  // An address is never made from an affiliation (a CV header imported as address lines).
  const address: Address = postalAddress(profile) ?? { lines: [] };
  const affiliation = affiliationOf(profile);
  switch (kind) {
    case 'name.full':
      return text(name.full, 'no name in the profile');
    case 'name.given':
      return text(name.given, 'no given name in the profile');
    case 'name.middle': {
      const initialOnly =
        (field.maxLength !== undefined && field.maxLength <= 2) || /\binitial\b|\bm\.? ?i\.?\b/.test(fieldWords(field));
      const initial = field.maxLength === 1 ? initialOf(name.middle).replace('.', '') : initialOf(name.middle);
      return text(initialOnly ? initial : name.middle, 'no middle name in the profile');
    }
    case 'name.family':
      return text(name.family, 'no family name in the profile');
    case 'name.preferred':
      return text(profile.name.preferred, 'no preferred name in the profile');
    case 'name.native':
      return text(profile.name.native, 'no native-script name in the profile');
    case 'name.honorific': {
      const h = profile.name.honorific?.trim();
      return h
        ? { kind: 'text', text: h, candidates: [h, h.replace(/\.$/, ''), `${h.replace(/\.$/, '')}.`] }
        : none('no title in the profile');
    }
    case 'name.pronouns':
      return text(profile.name.pronouns, 'no pronouns in the profile');
    case 'email':
    case 'email.confirm':
      return text(primaryEmail(profile), 'no email in the profile');
    case 'email.personal':
    case 'email.work':
    case 'email.alternative':
      return emailOfKind(kind, profile);
    case 'phone':
    case 'phone.countryCode':
    case 'phone.national':
    case 'phone.extension':
      return phoneAnswer(kind, field, profile, ctx.page, ctx.decisions);
    case 'address.line1':
      return text(
        streetLines(address.lines ?? [], asksFor(ctx, 'address.line2'))[0],
        'no street address in the profile',
      );
    case 'address.line2':
      return text(streetLines(address.lines ?? [], true)[1], 'no second address line in the profile');
    case 'address.city':
      return text(address.city, 'no city in the profile');
    case 'address.region':
      return regionAnswer(field, address.region, address.country);
    case 'address.postalCode':
      return text(address.postalCode, 'no postal code in the profile');
    case 'address.full':
      return postalAddressAnswer(field, profile);
    case 'address.country': {
      // The address's country, else the current affiliation's: "Hong Kong, China" is Hong Kong where listed.
      const [country, city, source] = address.country
        ? [address.country, address.city, undefined]
        : [affiliation?.country ?? position?.country, affiliation?.city ?? position?.city, affiliation?.source];
      return country && placeGroups(country, city).length > 1
        ? (placeAnswer(field, country, city, source) ?? countryAnswer(field, country))
        : countryAnswer(field, country);
    }
    case 'address.location': {
      const city = address.city ?? affiliation?.city ?? position?.city;
      const country = address.country ?? affiliation?.country ?? position?.country;
      return text(
        [city, country ? countryName(country) : undefined].filter(Boolean).join(', '),
        'no city or country in the profile',
      );
    }
    case 'homepage':
      return text(links.homepage, 'no homepage in the profile');
    case 'orcid.url':
    case 'orcid.id':
    case 'scholar.url':
    case 'scholar.id':
    case 'dblp.url':
    case 'dblp.id':
    case 'semanticScholar.url':
    case 'semanticScholar.id':
    case 'openReview.url':
    case 'openReview.id':
    case 'github.url':
    case 'github.id':
    case 'linkedin.url':
    case 'linkedin.id': {
      // The kind names the service and the form the field wants: "dblp.id" → DBLP pid, "orcid.url" → ORCID URL.
      const [service, form] = kind.split('.') as [ScholarService, 'url' | 'id'];
      return scholarAnswer(field, service, links[service === 'scholar' ? 'googleScholar' : service], form);
    }
    case 'position.title':
    case 'position.department':
    case 'position.institution':
      return affiliationAnswer(kind, profile);
    case 'position.institutionDomain':
      return text(affiliation?.domain, 'no institution domain in the profile');
    case 'position.startYear':
      return dateAnswer(field, position?.start, 'position start');
    case 'position.careerStage':
      return careerStageAnswer(field, profile);
    // A degree block names its degree ("PhD details") or asks for the highest.
    case 'degree.level':
      return degreeAnswer(degreeForBlock(field, profile)?.degree);
    case 'degree.field':
      return text(degreeForBlock(field, profile)?.field, 'no degree field in the profile');
    case 'degree.institution':
      return text(degreeForBlock(field, profile)?.institution, 'no degree institution in the profile');
    case 'degree.thesisTitle':
    case 'degree.supervisor':
      return degreeExtraAnswer(kind, field, profile);
    case 'degree.year': {
      const end = degreeForBlock(field, profile)?.end;
      const awarded = end === undefined || end === 'present' ? undefined : end;
      // A date or month input asks for the date itself; any other box here asks for the year.
      if (field.type === 'date' || field.type === 'month') return dateAnswer(field, awarded, 'degree date');
      return dateAnswer(
        { ...field, maxLength: field.maxLength ?? 4 },
        awarded && (dateParts(awarded)?.year.toString() ?? undefined),
        'degree year',
      );
    }
    case 'education.institution':
    case 'education.degree':
    case 'education.field':
    case 'education.start':
    case 'education.end': {
      const e = educationRows(profile)[row];
      if (!e) return none(`the profile has no education row ${row + 1}`);
      if (kind === 'education.institution') return text(e.institution, 'no institution');
      if (kind === 'education.degree') return degreeAnswer(e.degree);
      if (kind === 'education.field') return text(e.field, 'no field of study in this education row');
      return dateAnswer(
        field,
        kind === 'education.start' ? e.start : e.end,
        kind === 'education.start' ? 'start date' : 'end date',
      );
    }
    case 'work.title':
    case 'work.organisation':
    case 'work.location':
    case 'work.start':
    case 'work.end':
    case 'work.current': {
      const w = workRows(profile)[row];
      if (!w) return none(`the profile has no work row ${row + 1}`);
      if (kind === 'work.title') return text(w.title, 'no title');
      if (kind === 'work.organisation') return text(w.organisation, 'no organisation');
      if (kind === 'work.location') return text(w.location, 'no location in this work row');
      if (kind === 'work.current') return { kind: 'check', checked: w.end === undefined || w.end === 'present' };
      return dateAnswer(
        field,
        kind === 'work.start' ? w.start : w.end,
        kind === 'work.start' ? 'start date' : 'end date',
      );
    }
    case 'history.position':
    case 'history.institution':
    case 'history.domain':
    case 'history.country':
    case 'history.start':
    case 'history.end':
      return historyAnswer(kind, row, field, profile, dateAnswer);
    case 'research.keyword':
      return keywordAnswer(row, profile);
    case 'website.url':
      return text(websiteRows(profile)[row], `the profile has no link ${row + 1}`);
    case 'skills': {
      // A multi-select offers its own list: every skill or interest it offers is chosen, nothing else.
      const items = [...profile.skills, ...profile.interests];
      return items.length ? { kind: 'choice', candidates: items } : none('no skills or interests in the profile');
    }
    case 'research.interests':
      // A "Keywords" textarea (EasyChair, most submission systems) takes one per line unless it asks for commas.
      return listAnswer(
        field,
        [...profile.interests, ...profile.keywords],
        'no research interests in the profile',
        field.control === 'textarea' && /\bkey ?words\b/.test(fieldWords(field)) ? '\n' : undefined,
      );
    case 'research.subjectAreas': {
      const items = [...profile.interests, ...profile.keywords];
      if (!items.length) return none('no research interests in the profile');
      return field.options.length
        ? { kind: 'choice', candidates: items }
        : listAnswer(field, items, 'no research interests');
    }
    case 'bio.short':
    case 'bio.long': {
      if (!profile.bios.length) return none('no bio in the profile');
      if (kind === 'bio.long')
        return text(
          pickFitting(
            profile.bios.map((b) => b.text),
            field.maxLength,
          ),
          'no bio fits',
        );
      // A short bio: the variant named short if it fits, else the shortest that fits, else the shortest cut.
      const limit = field.maxLength ?? 1_000;
      const named = profile.bios.find((b) => /short|brief|kurz|court/i.test(b.name) && b.text.length <= limit);
      if (named) return text(named.text, 'no bio');
      const shortest = [...profile.bios].sort((a, b) => a.text.length - b.text.length).map((b) => b.text);
      return text(shortest.find((t) => t.length <= limit) ?? pickFitting(shortest, limit), 'no bio fits');
    }
    case 'publications.list':
    case 'publications.selected':
      return publicationsAnswer(kind, fieldWords(field), field, profile, ctx.publicationStyle ?? 'plain');
    // The same conflict set the popup copies (lib/format/conflicts.ts): one line per person, titles dropped,
    // co-authors and relations within the HotCRP default window, advisors for life.
    case 'conflicts.people': {
      const set = collectConflicts(profile, { months: DEFAULT_CONFLICT_MONTHS.hotcrp, now: ctx.now });
      const lines = set.people.map((p) =>
        p.affiliation ? `${displayName(p.name)} (${p.affiliation})` : displayName(p.name),
      );
      return listAnswer(field, lines, 'no collaborators or advisors in the profile', '\n');
    }
    case 'conflicts.domains': {
      // CMT: "a.edu; b.org" unless the help asks for commas or lines.
      const hint = `${fieldWords(field)} ${field.description}`;
      const asked = /comma|,|one per line|per line|new line|semicolon|;/i.test(hint);
      const domains = conflictDomains(profile, ctx.now);
      if (asked) return listAnswer(field, domains, 'no email or institution domains in the profile');
      return text(joinList(domains, '; ', field.maxLength), 'no email or institution domains in the profile');
    }
    case 'document.cv':
    case 'document.researchStatement':
    case 'document.teachingStatement':
    case 'document.diversityStatement':
    case 'document.coverLetter':
    case 'document.publicationList':
    case 'document.transcript': {
      const docKind = DOCUMENT_FIELD_KINDS[kind];
      const doc = ctx.documents
        .filter((d) => d.kind === docKind && d.profileId === profile.id)
        .sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0];
      return doc ? { kind: 'file', document: doc } : none(`no stored ${FIELD_KINDS[kind].label.toLowerCase()}`);
    }
  }
}

/**
 * Every spelling the planner gives `kind` for `field` from the first row of the profile: the value it would write
 * and the alternatives it would accept for an option. [] when the profile has no such fact or it is not text (a
 * document, a checkbox). "Remember for this site" (lib/engine/learn.ts) compares what a person typed against these,
 * so a value is recognised in exactly the format Vitae itself would fill.
 */
export function answerSpellings(
  kind: FieldKind,
  field: FieldDescriptor,
  profile: Profile,
  page: PageDescription,
  now: Date = new Date(),
): string[] {
  const answer = answerFor(kind, 0, field, profile, { page, decisions: [], documents: [], now });
  if (answer.kind === 'text') return [answer.text, ...(answer.candidates ?? [])];
  if (answer.kind === 'choice') return answer.candidates;
  return [];
}

function hasValue(field: FieldDescriptor): boolean {
  if (field.type === 'checkbox' || field.type === 'radio') return field.checked === true;
  if (field.showsDefault) return false;
  if (field.control === 'select' || field.control === 'listbox-button') {
    const selected = field.options.find((o) => o.selected);
    // An empty-valued first choice ("Country/Region") is the select's prompt, not an answer.
    if (selected)
      return !isPlaceholderOption(selected) && !(selected.value.trim() === '' && field.options[0] === selected);
  }
  return field.value.trim() !== '';
}

/** Facts a person types as they are, never picks from a list: a suggesting box takes them as text. */
const FREE_TEXT_KINDS: ReadonlySet<string> = new Set([
  'name.full',
  'name.given',
  'name.middle',
  'name.family',
  'email',
  'email.confirm',
  'address.line1',
  'address.line2',
  'address.city',
  'address.postalCode',
]);
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'tel']);

function shapeStep(
  field: FieldDescriptor,
  answer: Answer,
  radioIndex: number,
  freeText = false,
): { step?: FillAction; why?: string } {
  if (answer.kind === 'none') return { why: answer.why };
  if (answer.kind === 'file') {
    if (field.type !== 'file') return { why: 'a document for a field that is not a file input' };
    return { step: { action: 'attach-file', documentId: answer.document.id, fileName: answer.document.fileName } };
  }
  if (answer.kind === 'check') {
    if (field.type !== 'checkbox') return { why: 'a yes/no answer for a field that is not a checkbox' };
    return { step: { action: 'check', checked: answer.checked } };
  }
  const candidates = answer.kind === 'text' ? (answer.candidates ?? [answer.text]) : answer.candidates;
  // A text box that only suggests (a street-address autocomplete, role=combobox): a person types the answer.
  if (field.control === 'combobox' && freeText && answer.kind === 'text' && !answer.candidates) {
    if (field.options.length === 0 && field.type !== '' && TEXT_INPUT_TYPES.has(field.type))
      return { step: { action: 'set-value', value: answer.text } };
  }
  // A listbox whose options only appear once it is open: name the answer and its other spellings.
  if ((field.control === 'listbox-button' || field.control === 'combobox') && field.options.length === 0) {
    const [first, ...rest] = candidates;
    if (!first) return { why: 'no value' };
    return {
      step: { action: 'choose-listbox', value: first, ...(rest.length ? { alternatives: rest.slice(0, 12) } : {}) },
    };
  }
  const needsOption =
    field.control === 'select' ||
    field.control === 'listbox-button' ||
    field.type === 'radio' ||
    field.control === 'combobox';
  if (needsOption) {
    const byMeaning =
      answer.kind === 'choice' && answer.preferMatch && answer.match
        ? field.options.filter((o) => !o.disabled && !isPlaceholderOption(o) && answer.match?.(o))
        : [];
    let choice = byMeaning.length === 1 ? byMeaning[0] : chooseOption(field.options, candidates)?.option;
    if (!choice && answer.kind === 'choice' && answer.match) {
      const hits = field.options.filter((o) => !o.disabled && !isPlaceholderOption(o) && answer.match?.(o));
      if (hits.length === 1) choice = hits[0];
    }
    if (!choice) return { why: `no option matches "${candidates[0] ?? ''}"` };
    if (field.type === 'radio') {
      // Only the radio that is the chosen answer gets a step.
      const mine = field.options[radioIndex];
      if (!mine || mine.value !== choice.value || mine.text !== choice.text)
        return { why: 'another answer in this group is the one to choose' };
      return { step: { action: 'check', checked: true, optionText: choice.text } };
    }
    if (field.control === 'select')
      return { step: { action: 'select-option', value: choice.value, optionText: choice.text } };
    return { step: { action: 'choose-listbox', value: choice.text } };
  }
  if (field.type === 'checkbox' || field.type === 'file') return { why: 'a text answer for a checkbox or file field' };
  const value = answer.kind === 'text' ? answer.text : (candidates[0] ?? '');
  const fitted =
    field.maxLength !== undefined && value.length > field.maxLength ? fitLength(value, field.maxLength) : value;
  if (!fitted) return { why: `the value does not fit in ${field.maxLength ?? 0} characters` };
  return { step: { action: 'set-value', value: fitted } };
}

export function planFill(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
  options: PlanOptions,
): FillPlan {
  const steps: FillStep[] = [];
  const skipped: SkippedField[] = [];
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const ctx = {
    page,
    decisions,
    documents: options.documents,
    now: options.now ?? new Date(),
    publicationStyle: options.publicationStyle,
  };
  const selfRows = personSelfRows(page, decisions, profile);
  const radioSeen = new Map<string, number>();
  const radioKeyOf = (field: FieldDescriptor) =>
    field.type === 'radio' ? `${field.form ?? ''}|${field.group ?? field.name}` : '';
  // A radio group is answered when any of its radios is ticked, not only the one Vitae would tick.
  const answeredGroups = new Set(page.fields.filter((f) => f.type === 'radio' && f.checked).map(radioKeyOf));
  for (const decision of decisions) {
    const field = byId.get(decision.fieldId);
    if (!field) continue;
    const radioKey = radioKeyOf(field);
    const radioIndex = radioKey ? (radioSeen.get(radioKey) ?? 0) : 0;
    if (radioKey) radioSeen.set(radioKey, radioIndex + 1);
    if (decision.kind === null) {
      // The collector's own finding ("opacity below 0.1", "disabled") is what the person can check on the page.
      const seen = !field.fillable && field.notFillableReason ? `; not fillable: ${field.notFillableReason}` : '';
      skipped.push({
        fieldId: field.id,
        reason: `left alone: ${LEAVE_ALONE[decision.leaveAlone]} (${decision.reason})${seen}`,
      });
      continue;
    }
    if (!field.fillable) {
      skipped.push({ fieldId: field.id, reason: `not fillable (${field.notFillableReason ?? 'hidden or disabled'})` });
      continue;
    }
    // An author table: only the person's own row (issue #13).
    if (decision.person && selfRows.get(decision.person.block)?.row !== decision.person.row) {
      const self = selfRows.get(decision.person.block);
      skipped.push({
        fieldId: field.id,
        reason: `left alone: ${LEAVE_ALONE.otherPerson} (author row ${decision.person.row + 1}; ${
          self ? `you are row ${self.row + 1}, ${self.why}` : 'no row holds your email or is marked as you'
        })`,
      });
      continue;
    }
    if (!options.overwrite && (hasValue(field) || (radioKey !== '' && answeredGroups.has(radioKey)))) {
      skipped.push({ fieldId: field.id, reason: 'already has a value' });
      continue;
    }
    const answer = answerFor(decision.kind, decision.row, field, profile, ctx);
    const shaped = shapeStep(field, answer, radioIndex, FREE_TEXT_KINDS.has(decision.kind));
    if (!shaped.step) {
      skipped.push({ fieldId: field.id, reason: shaped.why ?? 'no value' });
      continue;
    }
    const source = answer.kind === 'text' || answer.kind === 'choice' ? answer.source : undefined;
    // Skills lists are multi-selects (issue #18): the widget picks each offered skill, not only the first.
    if (decision.kind === 'skills' && shaped.step.action === 'choose-listbox') shaped.step.each = true;
    steps.push({
      ...shaped.step,
      fieldId: field.id,
      kind: decision.kind,
      reason: source ? `${decision.reason}; from ${source}` : decision.reason,
      confidence: decision.confidence,
    });
  }

  // Sections with fewer rows than the profile has entries, empty ones included, get their "Add" pressed.
  steps.push(...planAddRows(page, decisions, profile, options.pressed));
  return { steps, skipped };
}

/**
 * Which row of each author table is the person: the row that already holds one of their emails, else a row the
 * page marks as theirs ("(you)", a ticked "corresponding" box), else the first row when the form asks for the
 * submitting author first. A table with none of these has no row for Vitae to fill.
 */
function personSelfRows(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
): Map<string, { row: number; why: string }> {
  const emails = new Set(profile.emails.map((e) => e.address.trim().toLowerCase()));
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const out = new Map<string, { row: number; why: string }>();
  const rows = decisions.flatMap((d) => (d.kind !== null && d.person ? [{ d, person: d.person }] : []));
  for (const { d, person } of rows) {
    const value = byId.get(d.fieldId)?.value.trim().toLowerCase() ?? '';
    if (d.kind === 'email' && value && emails.has(value))
      out.set(person.block, { row: person.row, why: 'the row that holds your email' });
  }
  for (const { person } of rows) {
    if (out.has(person.block)) continue;
    if (person.marked) out.set(person.block, { row: person.row, why: 'the row marked as yours' });
  }
  for (const { person } of rows) {
    if (out.has(person.block) || !person.submitterFirst) continue;
    const first = Math.min(...rows.filter((r) => r.person.block === person.block).map((r) => r.person.row));
    out.set(person.block, { row: first, why: 'the form asks for the submitting author first' });
  }
  return out;
}
