/**
 * The classifier: which profile fact each field asks for, or why it must be left alone.
 *
 * Signals, strongest first: learned per-site rules (the user corrected this very field), site adapters, the
 * HTML `autocomplete` token, weighted text patterns (labels > placeholder > preceding text > attribute names),
 * and the field's shape (type=email, a select listing countries). Then page context: referee and co-author
 * sections, First/Last versus Full-name layouts, confirm-email boxes, repeated rows, one fact per field.
 * Precision over recall: below the threshold a field is left alone as "not recognised".
 */
import type { Decision, FieldDescriptor, PageDescription } from './types';
import type { SiteRule } from '../sites/site-rule';
import { FIELD_KINDS, isFieldKind, LEAVE_ALONE, type FieldKind, type LeaveAloneReason } from '../fields/kinds';
import { recogniseSites, type SiteAdapter } from '../sites';
import { ROW_GROUPS } from './rows';
import { autocompleteTarget } from './autocomplete';
import { OTHER_PERSON_SECTION, SECTION_PATTERNS, TEXT_RULES, type Section, type Shape, type Target } from './patterns';
import { fieldSignature, originOf } from './signature';
import { RuleMatcher } from './rule-match';
import { groupBy } from './group';
import { OptionMemo } from './option-memo';
import {
  LABEL_STRENGTH,
  attributeTexts,
  fieldKeys,
  fieldShape,
  fieldWords,
  labelSources,
  labelText,
} from './field-text';
import { attributeWords, normaliseText } from '../values/normalise';
import { countCountryNames } from '../values/countries';
import {
  academicCandidates,
  assignKeywordRows,
  assignRefereeRows,
  markPersonRows,
  navigationSearch,
  type PersonRow,
} from './academic-classify';

const cut = (text: string, n = 40): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export interface ClassifyContext {
  rules?: SiteRule[];
}

/** Below these, a field is left alone. */
const FILL_THRESHOLD = 0.65;
const LEAVE_THRESHOLD = 0.5;

interface Candidate {
  target: Target;
  score: number;
  reason: string;
  /** Evidence a person sees (label, placeholder, question text) or type=password, as opposed to markup names. */
  visible?: boolean;
}

interface Working {
  field: FieldDescriptor;
  target: Target;
  score: number;
  reason: string;
  section: Section;
  /** form + heading + legend: fields that belong together. */
  block: string;
  row: number;
  /** A row of an author table (issue #13): only the person's own row is filled. */
  person?: PersonRow;
}

const CURRENT_JOB_SECTION =
  /\b(present|current) (employment|position|appointment|post|employer)\b(?! (history|and previous))/;

function sectionOf(field: FieldDescriptor): Section {
  const context = normaliseText(`${field.legend} ${field.heading}`);
  const attrs = attributeTexts(field)
    .map((a) => a.text)
    .join(' ');
  // Attribute names are the most reliable (workExperience-1--companyName, educations[][school_name_id]).
  if (/\b(education|educations|school name)\b/.test(attrs)) return 'education';
  if (/\b(work experience|employments?|experience|job history|work history)\b/.test(attrs)) return 'work';
  const edu = SECTION_PATTERNS.education.exec(context);
  // "Present employment" / "Current position" holds one job, the current one: the position.* facts answer it
  // (department included), not the rows of a work history.
  if (!edu && CURRENT_JOB_SECTION.test(context)) return 'other';
  const work = SECTION_PATTERNS.work.exec(context);
  // "Career & Education History": the first named wins.
  if (edu && work) return edu.index < work.index ? 'education' : 'work';
  if (edu) return 'education';
  if (work) return 'work';
  return 'other';
}

const BARE_START = /^(start|start date|started|from|since|date started|start month|start year|beginning)$/;

/**
 * "Start date" inside a "Current employment" block is when the current position began: the bare label names no
 * position, the block around it does.
 */
function currentPositionStart(field: FieldDescriptor): Candidate | undefined {
  const context = normaliseText(`${field.legend} ${field.heading}`);
  if (!CURRENT_JOB_SECTION.test(context)) return undefined;
  const label = labelSources(field).find((l) => l.source === 'label' || l.source === 'aria-label');
  if (!label || !BARE_START.test(label.text)) return undefined;
  return {
    target: 'position.startYear',
    score: 0.9,
    reason: `label '${cut(label.raw)}' in '${cut(context, 30)}'`,
    visible: true,
  };
}

function isLatinish(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  const covered = letters.replace(/[^a-z\u3040-\u30ff\u4e00-\u9fff]/gi, '');
  return covered.length / letters.length > 0.8;
}

/**
 * Which TEXT_RULES (by index) can apply to a field of this shape in this section: a checkbox, radio or file box
 * cannot hold a name or an email, so only leave-alone rules and rules naming its shape apply. Worked out once per
 * shape and section, not per field.
 */
const rulesFor = new Map<string, readonly boolean[]>();

function applicableRules(shape: Shape, section: Section): readonly boolean[] {
  const key = `${shape}|${section}`;
  const known = rulesFor.get(key);
  if (known) return known;
  const noNameHere = shape === 'checkbox' || shape === 'radio' || shape === 'file';
  const applies = TEXT_RULES.map((rule) => {
    if (rule.shapes && !rule.shapes.includes(shape)) return false;
    if (!rule.shapes && noNameHere && !rule.target.startsWith('leave:')) return false;
    return !rule.sections || rule.sections.includes(section);
  });
  rulesFor.set(key, applies);
  return applies;
}

function textCandidates(field: FieldDescriptor, section: Section, matcher: RuleMatcher): Candidate[] {
  const labels = labelSources(field);
  const attrs = attributeTexts(field);
  // Each text's verdicts (worked out once per page): only the rules some text of this field matches are weighed.
  const labelSays = labels.map((l) => matcher.label(l.text));
  const attrSays = attrs.map((a) => matcher.attr(a.text));
  const said = new Set<number>();
  for (const v of [...labelSays, ...attrSays]) for (const i of v.hits) said.add(i);
  if (!said.size) return [];
  const applies = applicableRules(fieldShape(field), section);
  const vetoed = new Set(attrs.flatMap((a) => matcher.attrNot(a.text).hits));
  const primaryLabel = labels.find((l) => l.strength >= 0.85 && l.source !== 'help text');
  let latinLabel: boolean | undefined;
  const out: Candidate[] = [];
  for (const i of [...said].sort((a, b) => a - b)) {
    const rule = TEXT_RULES[i];
    if (!rule || !applies[i] || vetoed.has(i)) continue;
    let best: Candidate | undefined;
    let labelHit = false;
    if (rule.label) {
      for (let k = 0; k < labels.length; k++) {
        const l = labels[k];
        if (!l || !labelSays[k]?.has(i)) continue;
        if (rule.maxWords !== undefined && l.text.split(' ').length > rule.maxWords) continue;
        labelHit = true;
        const score = rule.weight * l.strength;
        if (!best || score > best.score) best = { target: rule.target, score, reason: `${l.source} '${cut(l.raw)}'` };
      }
    }
    if (rule.attr) {
      const unmatchedLabel = primaryLabel !== undefined && !labelHit && (latinLabel ??= isLatinish(primaryLabel.raw));
      const strength = unmatchedLabel ? LABEL_STRENGTH.attrAfterLabel : LABEL_STRENGTH.attr;
      for (let k = 0; k < attrs.length; k++) {
        const a = attrs[k];
        if (!a || !attrSays[k]?.has(i)) continue;
        const score = rule.weight * strength;
        if (!best) best = { target: rule.target, score, reason: `attribute '${cut(a.raw)}'` };
        else if (labelHit) {
          // Label and attribute agree: a little more sure, and never less sure than the attribute alone
          // (a weak help-text hit must not drag down a clear `name="card"`).
          best = {
            ...best,
            score: Math.min(0.99, Math.max(best.score + 0.03, score)),
            reason: `${best.reason} + attribute '${cut(a.raw, 30)}'`,
          };
          break;
        } else if (score > best.score) best = { target: rule.target, score, reason: `attribute '${cut(a.raw)}'` };
      }
    }
    if (best) out.push(labelHit ? { ...best, visible: true } : best);
  }
  return out;
}

const GENDER_OPTIONS = /^(male|female|man|woman|non-?binary|mannlich|weiblich|homme|femme|hombre|mujer|男|女)$/;
const HONORIFIC_OPTIONS = /^(mr|mrs|ms|miss|mx|dr|prof|professor|herr|frau|m|mme|sr|sra)\.?$/;
const US_STATES =
  /^(alabama|alaska|arizona|california|colorado|florida|georgia|new york|texas|washington|ontario|quebec|bavaria|bayern|al|ak|az|ca|co|fl|ga|ny|tx|wa)$/;

function shapeCandidates(field: FieldDescriptor, shape: Shape, options = new OptionMemo()): Candidate[] {
  const out: Candidate[] = [];
  const t = field.type;
  if (t === 'password') out.push({ target: 'leave:password', score: 0.99, reason: 'type=password', visible: true });
  if (t === 'search') out.push({ target: 'leave:search', score: 0.9, reason: 'type=search' });
  const signIn = attributeTexts(field).some((a) => /username|user name|userid|login|signin|sign in/.test(a.text));
  if (t === 'email' && !signIn) out.push({ target: 'email', score: 0.74, reason: 'type=email' });
  if (t === 'tel') out.push({ target: 'phone', score: 0.7, reason: 'type=tel' });
  if (field.options.length >= 2 && (shape === 'select' || shape === 'radio')) {
    const said = options.of(
      'shape',
      field.options.map((o) => o.text),
      optionCandidates,
    );
    out.push(...said.map((c) => ({ ...c })));
  }
  return out;
}

/** What a list of option texts says by itself: countries, dialling codes, states, gender, honorifics and more. */
function optionCandidates(texts: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const norm = texts.map((x) => normaliseText(x));
  const countries = countCountryNames(texts);
  const dialCodes = texts.filter((x) => /\+\s?\d{1,4}\b/.test(x)).length;
  // Country names win over dialling codes ("Afghanistan (+93)"): the choice is the same country either way.
  const countriesWithCodes = countCountryNames(
    texts.map((x) => x.replace(/[\s\u200e\u202a-\u202e]*\(?\+\s?\d{1,4}\)?[\s\u200e\u202a-\u202e]*/g, ' ')),
  );
  if (countriesWithCodes >= 15 && countriesWithCodes >= texts.length * 0.5) {
    out.push({
      target: 'address.country',
      score: countriesWithCodes >= 30 ? 0.93 : 0.84,
      reason: `${countriesWithCodes} country options`,
    });
  } else if (dialCodes >= 10 && dialCodes >= texts.length * 0.6) {
    out.push({ target: 'phone.countryCode', score: 0.88, reason: `${dialCodes} dialling-code options` });
  } else if (countries >= 15 && countries >= texts.length * 0.5) {
    out.push({
      target: 'address.country',
      score: countries >= 30 ? 0.93 : 0.84,
      reason: `${countries} country options`,
    });
  }
  if (norm.filter((x) => US_STATES.test(x)).length >= 5)
    out.push({ target: 'address.region', score: 0.8, reason: 'state options' });
  if (norm.filter((x) => GENDER_OPTIONS.test(x)).length >= 2)
    out.push({ target: 'leave:gender', score: 0.92, reason: 'gender options' });
  if (norm.filter((x) => HONORIFIC_OPTIONS.test(x)).length >= 3)
    out.push({ target: 'name.honorific', score: 0.86, reason: 'Mr/Ms/Dr options' });
  if (norm.some((x) => /\b(hispanic|latino|asian|white|black|african american)\b/.test(x))) {
    out.push({ target: 'leave:race', score: 0.92, reason: 'ethnicity options' });
  }
  if (norm.some((x) => /\bveteran\b/.test(x)))
    out.push({ target: 'leave:veteran', score: 0.92, reason: 'veteran options' });
  if (norm.some((x) => /\bdisabilit/.test(x)))
    out.push({ target: 'leave:disability', score: 0.92, reason: 'disability options' });
  return out;
}

function adapterCandidate(field: FieldDescriptor, adapters: readonly SiteAdapter[]): Candidate | undefined {
  const keys = fieldKeys(field);
  const labels = labelSources(field).map((l) => l.text);
  for (const adapter of adapters) {
    for (const f of adapter.fields) {
      const keyHit = f.key ? keys.find((k) => f.key?.test(k)) : undefined;
      if (f.key && !keyHit) continue;
      const labelHit = f.label ? labels.find((l) => f.label?.test(l)) : undefined;
      if (f.label && labelHit === undefined) continue;
      const what = keyHit ?? labelHit ?? '';
      return { target: f.target, score: 0.97, reason: `${adapter.name} adapter: ${f.note ?? 'field'} '${cut(what)}'` };
    }
  }
  return undefined;
}

function ruleCandidate(
  field: FieldDescriptor,
  page: PageDescription,
  rules: readonly SiteRule[],
): Candidate | undefined {
  if (!rules.length) return undefined;
  const origin = originOf(page.topUrl);
  const signature = fieldSignature(field);
  const rule = rules.find((r) => r.origin.toLowerCase() === origin && r.signature === signature);
  if (!rule) return undefined;
  if (rule.target === 'ignore') return { target: 'leave:userIgnored', score: 0.99, reason: 'your rule for this site' };
  if (isFieldKind(rule.target)) return { target: rule.target, score: 0.99, reason: 'your rule for this site' };
  return undefined;
}

/** URL or bare id for a scholar identity, by the field's type, placeholder, pattern and wording. */
const LINK_FORMS: Partial<Record<FieldKind, { url: FieldKind; id: FieldKind; fallback: 'url' | 'id' }>> = {
  'orcid.id': { url: 'orcid.url', id: 'orcid.id', fallback: 'id' },
  'orcid.url': { url: 'orcid.url', id: 'orcid.id', fallback: 'url' },
  'scholar.url': { url: 'scholar.url', id: 'scholar.id', fallback: 'url' },
  'scholar.id': { url: 'scholar.url', id: 'scholar.id', fallback: 'id' },
  'dblp.url': { url: 'dblp.url', id: 'dblp.id', fallback: 'url' },
  'dblp.id': { url: 'dblp.url', id: 'dblp.id', fallback: 'id' },
  'semanticScholar.url': { url: 'semanticScholar.url', id: 'semanticScholar.id', fallback: 'url' },
  'semanticScholar.id': { url: 'semanticScholar.url', id: 'semanticScholar.id', fallback: 'id' },
  'openReview.id': { url: 'openReview.url', id: 'openReview.id', fallback: 'id' },
  'openReview.url': { url: 'openReview.url', id: 'openReview.id', fallback: 'id' },
  'github.url': { url: 'github.url', id: 'github.id', fallback: 'url' },
  'github.id': { url: 'github.url', id: 'github.id', fallback: 'url' },
  'linkedin.url': { url: 'linkedin.url', id: 'linkedin.id', fallback: 'url' },
  'linkedin.id': { url: 'linkedin.url', id: 'linkedin.id', fallback: 'url' },
};

export function linkForm(field: FieldDescriptor, kind: FieldKind): FieldKind {
  const forms = LINK_FORMS[kind];
  if (!forms) return kind;
  const placeholder = field.placeholder.trim();
  if (/^(https?:\/\/|www\.)/i.test(placeholder) || field.type === 'url') return forms.url;
  if (/^(\d{4}-){3}\d{3}[\dx]$|^\d+\/\d+$|^~\w|^[\w-]{12}$|^e\.?g\.?[:,]? ?(\d|~|[a-z]\/)/i.test(placeholder))
    return forms.id;
  const words = normaliseText(
    [
      field.labelFor,
      field.labelWrap,
      field.ariaLabel,
      field.ariaLabelledBy,
      field.precedingText,
      field.description,
      field.name,
      field.htmlId,
    ]
      .map((x) => x.replace(/([a-z])([A-Z])/g, '$1 $2'))
      .join(' '),
  );
  const idHint = /\b(id|ids|identifier|pid|user ?name|handle|user)\b|\be\.?g\.? ?(\d|~)/.test(words);
  const urlHint = /\b(url|urls|link|links|profile (page|link)|web ?page|address|https?)\b/.test(words);
  if (urlHint && !idHint) return forms.url;
  if (idHint && !urlHint) return forms.id;
  return forms[forms.fallback];
}

function pickCandidate(candidates: Candidate[]): Candidate | undefined {
  const byTarget = new Map<Target, Candidate & { agree: number }>();
  for (const c of candidates) {
    const prev = byTarget.get(c.target);
    if (!prev) byTarget.set(c.target, { ...c, agree: 0 });
    else if (c.score > prev.score)
      byTarget.set(c.target, { ...c, reason: `${c.reason}; ${prev.reason}`, agree: prev.agree + 1 });
    else byTarget.set(c.target, { ...prev, reason: `${prev.reason}; ${c.reason}`, agree: prev.agree + 1 });
  }
  let best: (Candidate & { agree: number }) | undefined;
  for (const c of byTarget.values()) {
    const score = Math.min(0.99, c.score + 0.02 * c.agree);
    if (!best || score > best.score) best = { ...c, score };
  }
  return best;
}

/** Fields Vitae must never write, whatever else a field says about itself. */
const NEVER_FILL: ReadonlySet<Target> = new Set<Target>([
  'leave:password',
  'leave:payment',
  'leave:captcha',
  'leave:consent',
  // "Nationality" lists the same countries as "Country": the options must not outvote the label.
  'leave:citizenship',
]);

function isLeave(target: Target): target is `leave:${LeaveAloneReason}` {
  return target.startsWith('leave:');
}

const PERSONAL_GROUPS = new Set(['identity', 'contact', 'position', 'links']);

/** A field's date part, so split month/year boxes of one date are not duplicates. */
function datePart(field: FieldDescriptor): string {
  const words = `${attributeTexts(field)
    .map((a) => a.text)
    .join(' ')} ${normaliseText(`${field.labelFor} ${field.labelWrap} ${field.ariaLabel} ${field.placeholder}`)}`;
  if (/\b(month|mm|monat|mois|mes)\b/.test(words)) return 'month';
  if (/\b(day|dd)\b/.test(words)) return 'day';
  if (/\b(year|yyyy|jahr|annee|ano)\b/.test(words)) return 'year';
  const optionText = field.options.map((o) => normaliseText(o.text)).join(' ');
  if (/\b(january|february|jan|feb)\b/.test(optionText)) return 'month';
  return '';
}

function explicitRowIndex(field: FieldDescriptor): number | undefined {
  for (const key of [field.htmlId, field.name]) {
    const m = /(?:--|\[|_|-)(\d{1,2})(?:--|\]|_|-|$)/.exec(key);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function assignRows(work: Working[]): void {
  for (const group of [...ROW_GROUPS, 'history'] as const) {
    const members = work.filter((w) => !isLeave(w.target) && w.target.startsWith(`${group}.`));
    if (!members.length) continue;
    const explicit = members.map((m) => explicitRowIndex(m.field));
    if (explicit.every((e) => e !== undefined)) {
      const distinct = [...new Set(explicit)].sort((a, b) => a - b);
      members.forEach((m, i) => (m.row = distinct.indexOf(explicit[i] ?? 0)));
      continue;
    }
    // In document order, a kind seen again starts a new row.
    const seen = new Map<string, number>();
    for (const m of members.sort((a, b) => a.field.index - b.field.index)) {
      const key = `${m.target}/${datePart(m.field)}`;
      const n = seen.get(key) ?? 0;
      m.row = n;
      seen.set(key, n + 1);
    }
  }
}

/** Work shared by the fields of one page (issue #16): each distinct text and option list is read once. */
interface PageMemo {
  texts: RuleMatcher;
  options: OptionMemo;
}

const newPageMemo = (): PageMemo => ({ texts: new RuleMatcher(), options: new OptionMemo() });

export function classifyField(
  field: FieldDescriptor,
  page: PageDescription,
  adapters: readonly SiteAdapter[],
  rules: readonly SiteRule[],
  memo: PageMemo = newPageMemo(),
): Candidate & { section: Section } {
  const section = sectionOf(field);
  const shape = fieldShape(field);
  const candidates: Candidate[] = [];
  const fromRule = ruleCandidate(field, page, rules);
  if (fromRule) return { ...fromRule, section };
  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(field.type)) {
    return { target: 'leave:unknown', score: 0.99, reason: `type=${field.type}`, section };
  }
  // A box in the page's navigation (a search landmark, the navbar, the site header) is never a fact to fill.
  if (field.navigation) return { target: 'leave:search', score: 0.97, reason: field.navigation, section };
  const fromAdapter = adapterCandidate(field, adapters);
  if (fromAdapter) candidates.push(fromAdapter);
  // A navbar search box ("Search OpenReview…") is never filled, whatever its words also name.
  const search = fromAdapter ? undefined : navigationSearch(field);
  if (search) return { target: 'leave:search', score: 0.95, reason: search, section };
  const ac = autocompleteTarget(field.autocomplete);
  let fromAutocomplete: Candidate | undefined;
  if (ac) {
    // autocomplete=new-password on a text box is the common trick to stop browser autofill, not a password.
    const abused = ac.target === 'leave:password' && field.type !== 'password';
    fromAutocomplete = { target: ac.target, score: abused ? 0.7 : 0.9, reason: `autocomplete=${ac.token}` };
    candidates.push(fromAutocomplete);
  }
  candidates.push(
    ...textCandidates(field, section, memo.texts),
    ...shapeCandidates(field, shape, memo.options),
    ...academicCandidates(field, memo.options),
  );
  if (section === 'other' && shape === 'text') {
    const start = currentPositionStart(field);
    if (start) candidates.push(start);
  }
  // type=tel is also how card-number, CVC and code boxes ask for a numeric keypad. Under a worded label Vitae
  // cannot read ("Cryptogramme", "セキュリティコード"), with nothing else saying phone, the type alone is too weak
  // to write a phone number into.
  const telOnly = candidates.find((c) => c.target === 'phone' && c.reason === 'type=tel');
  if (
    telOnly &&
    !candidates.some((c) => c.visible === true || (c !== telOnly && c.target.startsWith('phone'))) &&
    labelSources(field).some((l) => l.strength >= LABEL_STRENGTH.preceding && /\p{L}{2}/u.test(l.raw))
  ) {
    telOnly.score = 0.6;
    telOnly.reason = 'type=tel under a label Vitae does not know';
  }
  // Never-fill evidence is a veto, not a vote: a field whose visible text (or type=password) clearly says password,
  // card, captcha or consent is left alone even when a stronger signal (type=tel, another label) says otherwise.
  // Markup names and autocomplete tokens do not veto: "CC" is also a country code, "cardHolderStreet" a billing
  // street, and sites put autocomplete=new-password on email boxes to stop browser autofill; those still vote.
  const veto = candidates
    .filter((c) => NEVER_FILL.has(c.target) && c.visible === true && c.score >= 0.75)
    .sort((a, b) => b.score - a.score)[0];
  if (veto) return { ...veto, section };
  const best = pickCandidate(candidates);
  // Nor may a fillable kind that rests on weaker evidence than the never-fill one: when no text a person reads,
  // no autocomplete token and no adapter names the fillable kind, a markup name that says card, captcha or
  // password (name="cc_number") outweighs what only the input type or other markup suggests (type=tel). A label
  // that says "Phone" is still stronger than name="cc" (fuzz seeds 754, 790).
  if (best && !isLeave(best.target)) {
    const seen = candidates.some(
      (c) => c.target === best.target && (c.visible === true || c === fromAutocomplete || c === fromAdapter),
    );
    const markupVeto = seen
      ? undefined
      : candidates
          .filter((c) => NEVER_FILL.has(c.target) && c.score >= LEAVE_THRESHOLD && c !== fromAutocomplete)
          .sort((a, b) => b.score - a.score)[0];
    if (markupVeto) return { ...markupVeto, reason: `${markupVeto.reason}, over ${best.reason}`, section };
  }
  // Honeypots: a trap-looking field the collector found hidden.
  if (
    !field.fillable &&
    best &&
    !isLeave(best.target) &&
    /\b(honey|trap|bot|hp|leave blank)\b/.test(
      attributeTexts(field)
        .map((a) => a.text)
        .join(' '),
    )
  ) {
    return { target: 'leave:honeypot', score: 0.95, reason: 'hidden field with a trap name', section };
  }
  if (!best) return { target: 'leave:unknown', score: 0.5, reason: 'no label or name Vitae knows', section };
  const threshold = isLeave(best.target) ? LEAVE_THRESHOLD : FILL_THRESHOLD;
  if (best.score < threshold)
    return {
      target: 'leave:unknown',
      score: 1 - best.score,
      reason: `unsure (${best.reason} → ${best.target})`,
      section,
    };
  if (!isLeave(best.target) && fromAdapter?.target !== best.target) {
    const kind = linkForm(field, best.target);
    if (LINK_FORMS[best.target]) {
      const hint = field.placeholder.trim()
        ? ` (placeholder '${cut(field.placeholder.trim(), 24)}')`
        : field.type === 'url'
          ? ' (type=url)'
          : '';
      const as = kind.endsWith('.url') ? 'as a URL' : 'as a bare id';
      return { ...best, target: kind, reason: `${best.reason}, ${as}${hint}`, section };
    }
  }
  return { ...best, section };
}

const LOGIN_WORDS =
  /\b(sign ?in|log ?in|login|log on|forgot(ten)?|reset (your )?password|recover(y)?|password reset|anmelden|connexion|se connecter|iniciar sesion|acceder)\b|登录|登入|ログイン|로그인/;
const SIGN_UP_WORDS =
  /\b(sign ?up|register|registration|create (an |your )?account|join|new account|subscribe|newsletter)\b/;

/** A password box that creates a password: new-password, "Create a password", or a confirmation box. */
const NEW_PASSWORD_WORDS =
  /\b(create|new|choose|set|confirm|confirmation|repeat|retype|re ?type|re ?enter|again|verify)\b/;

/**
 * What a form does: create an account, sign in, or neither. A second password box or "Create a password" means
 * sign-up. Otherwise the words a person reads (the page title,
 * the form's headings and legends, its submit button) outweigh its id and class: real create-account forms reuse
 * ids such as `signin`.
 */
function formPurpose(members: Working[], page: PageDescription): 'sign-up' | 'sign-in' | 'unknown' {
  const passwords = members.filter((m) => m.field.type === 'password');
  const createsPassword =
    passwords.length >= 2 || passwords.some((m) => NEW_PASSWORD_WORDS.test(normaliseText(labelText(m.field))));
  if (createsPassword) return 'sign-up';
  const form = members[0]?.field.form ?? '';
  const visible = normaliseText(
    [
      page.title,
      ...members.map((m) => `${m.field.heading} | ${m.field.legend}`),
      ...page.buttons.filter((b) => b.submit && (b.form ?? '') === form).map((b) => b.text),
    ].join(' | '),
  );
  const visibleLogin = LOGIN_WORDS.test(visible);
  const visibleSignUp = SIGN_UP_WORDS.test(visible);
  if (visibleLogin !== visibleSignUp) return visibleSignUp ? 'sign-up' : 'sign-in';
  // autocomplete=new-password is markup: sites put it on sign-in boxes to keep password managers away, so it
  // counts only when the visible words do not say "Sign in".
  if (passwords.some((m) => m.field.autocomplete === 'new-password')) return 'sign-up';
  const formWords = attributeWords(form);
  const formLogin = LOGIN_WORDS.test(formWords);
  const formSignUp = SIGN_UP_WORDS.test(formWords);
  if (formLogin !== formSignUp) return formSignUp ? 'sign-up' : 'sign-in';
  return 'unknown';
}

/**
 * The name or email box of a login (or password-reset) form is the account's sign-in name, not a fact to fill:
 * a form with one password and at most one other text box, or a lone text box under a sign-in heading. A form that
 * creates an account is the opposite: its email box is the person's email, whatever its markup calls it.
 */
function markLoginForms(work: Working[], page: PageDescription): void {
  const forms = groupBy(work, (w) => w.field.form || '(page)');
  for (const members of forms.values()) {
    const purpose = formPurpose(members, page);
    if (purpose === 'sign-up') {
      for (const m of members) {
        if (m.reason.startsWith('your rule')) continue;
        // "Account" whose help says "E-mail Address is your Account.": the account is named by the email.
        const unsure = m.target === 'leave:unknown' && m.reason.startsWith('unsure') && fieldShape(m.field) === 'text';
        if (m.target !== 'leave:username' && !unsure) continue;
        const words = normaliseText(
          `${unsure ? fieldWords(m.field) : labelText(m.field)} ${attributeTexts(m.field)
            .map((a) => a.text)
            .join(' ')}`,
        );
        if (unsure && /\b(not|no|or)\b[^|]*\be[ -]?mail\b/.test(words)) continue;
        if (m.field.type === 'email' || /\be[ -]?mail\b/.test(words)) {
          Object.assign(m, { target: 'email', score: 0.8, reason: `an email box of a form that creates an account` });
        }
      }
      continue;
    }
    const passwords = members.filter((m) => m.field.type === 'password').length;
    const texty = members.filter(
      (m) => fieldShape(m.field) === 'text' && m.field.type !== 'password' && m.field.fillable,
    );
    const identity = texty.filter((m) => !isLeave(m.target));
    if (identity.length !== 1 || texty.length > 2) continue;
    const hasNames = members.some((m) => m.target === 'name.given' || m.target === 'name.family');
    if (hasNames) continue;
    const namedSignIn = identity.some((m) =>
      attributeTexts(m.field).some((a) => /username|userid|login|signin|sign in/.test(a.text)),
    );
    const login =
      passwords === 1
        ? true
        : passwords === 0 && (purpose === 'sign-in' || (purpose === 'unknown' && texty.length === 1 && namedSignIn));
    if (!login) continue;
    const [only] = identity;
    if (only && ['email', 'phone', 'name.full', 'phone.national'].includes(only.target)) {
      Object.assign(only, {
        target: 'leave:username',
        score: 0.85,
        reason: `the sign-in name of a login form (${only.reason})`,
      });
    }
  }
}

function groupOf(target: Target): string {
  return isLeave(target) ? 'leave' : FIELD_KINDS[target].group;
}

/** A radio group is one question: its best-scored member answers for all of them. */
function shareRadioDecisions(work: Working[]): void {
  const groups = groupBy(work, (w) => {
    if (w.field.type !== 'radio' && w.field.type !== 'checkbox') return undefined;
    const key = w.field.group ?? (w.field.type === 'radio' ? w.field.name : '');
    return key ? `${w.field.form ?? ''}|${key}` : undefined;
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const best = members.reduce((a, b) => (b.score > a.score ? b : a));
    for (const m of members) Object.assign(m, { target: best.target, score: best.score, reason: best.reason });
  }
}

/** Referee, co-author, manager and emergency-contact sections ask about someone else. */
function leaveOtherPeople(work: Working[]): void {
  for (const w of work) {
    if (isLeave(w.target) || !PERSONAL_GROUPS.has(groupOf(w.target))) continue;
    if (w.reason.startsWith('your rule')) continue;
    const context = normaliseText(`${w.field.legend} | ${w.field.heading}`);
    const m = OTHER_PERSON_SECTION.exec(context);
    if (m && !/\b(reference (number|code|id))\b/.test(context)) {
      Object.assign(w, {
        target: 'leave:otherPerson',
        score: 0.9,
        reason: `in a section about someone else ('${cut(m[0], 30)}')`,
      });
    }
  }
}

/** A name inside a payment-card block is the cardholder's, not the person's. */
function leaveCardholderNames(work: Working[]): void {
  for (const w of work) {
    if (!['name.full', 'name.given', 'name.family', 'name.middle'].includes(w.target)) continue;
    const context = `${normaliseText(`${w.field.legend} | ${w.field.heading}`)} ${attributeTexts(w.field)
      .map((a) => a.text)
      .join(' ')}`;
    if (
      /\b(credit card|card details|card holder|cardholder|card information|name on card|cc|card|payment name)\b/.test(
        context,
      )
    ) {
      Object.assign(w, { target: 'leave:payment', score: 0.9, reason: 'a name in a payment-card block' });
    }
  }
}

/** The fields of each block (form + heading + legend): fields that belong together. */
function blocksOf(work: Working[]): Working[][] {
  return [...groupBy(work, (w) => w.block).values()];
}

/** "Name" next to "Last name" is the first name; "Vorname" + "Name" makes Name the family name. */
function settleNameParts(work: Working[]): void {
  for (const members of blocksOf(work)) {
    const has = (k: Target) => members.some((m) => m.target === k);
    const fulls = members.filter(
      (m) => m.target === 'name.full' && !m.reason.includes('adapter') && !m.reason.startsWith('autocomplete'),
    );
    for (const full of fulls) {
      if (has('name.family') && !has('name.given')) {
        Object.assign(full, { target: 'name.given', reason: `${full.reason}, next to a family-name field` });
      } else if (has('name.given') && !has('name.family')) {
        Object.assign(full, { target: 'name.family', reason: `${full.reason}, next to a given-name field` });
      }
    }
  }
}

/** A lone "Location" box summarises an address; next to address parts it means something else. */
function leaveLocationBesideAddress(work: Working[]): void {
  for (const members of blocksOf(work)) {
    if (
      members.some((m) => ['address.line1', 'address.city', 'address.country', 'address.postalCode'].includes(m.target))
    ) {
      for (const m of members.filter((x) => x.target === 'address.location' && !x.reason.includes('adapter'))) {
        Object.assign(m, {
          target: 'leave:unknown',
          score: 0.6,
          reason: `${m.reason}, but the form asks for address parts`,
        });
      }
    }
  }
}

/** With a separate country-code box, the phone box holds the national number. */
function nationalNumberBesideCountryCode(work: Working[]): void {
  for (const members of blocksOf(work)) {
    const has = (k: Target) => members.some((m) => m.target === k);
    if (has('phone.countryCode')) {
      for (const m of members.filter((x) => x.target === 'phone'))
        Object.assign(m, { target: 'phone.national', reason: `${m.reason}, next to a country-code box` });
    }
  }
}

/** "@outlook.com" as a domain: the text a mailbox-name box is followed by on a webmail sign-up. */
const DOMAIN_SUFFIX = /^@[\p{L}\d-]+(\.[\p{L}\d-]+)+$/u;

/**
 * A box followed by a fixed "@domain" (a label or a select of domains) asks for the name of a new mailbox: the
 * person's own address written there would become "name@theirs.example@outlook.com". It is a username.
 */
function leaveNewMailboxNames(work: Working[]): void {
  const byIndex = [...work].sort((a, b) => a.field.index - b.field.index);
  for (let i = 0; i + 1 < byIndex.length; i++) {
    const box = byIndex[i];
    const next = byIndex[i + 1]?.field;
    if (!box || !next || box.target !== 'email' || (next.form ?? '') !== (box.field.form ?? '')) continue;
    const suffix = [next.precedingText, next.labelWrap, ...next.options.map((o) => o.text)].map((t) => t.trim());
    if (!suffix.some((t) => DOMAIN_SUFFIX.test(t))) continue;
    Object.assign(box, {
      target: 'leave:username',
      score: 0.85,
      reason: `the name of a new mailbox, followed by its domain ${cut(suffix.find((t) => DOMAIN_SUFFIX.test(t)) ?? '')}`,
    });
  }
}

/** A second plain email box right after the first one is the confirmation. */
function markConfirmEmails(work: Working[]): void {
  for (const members of blocksOf(work)) {
    const has = (k: Target) => members.some((m) => m.target === k);
    const emails = members.filter((m) => m.target === 'email').sort((a, b) => a.field.index - b.field.index);
    for (let i = 1; i < emails.length; i++) {
      const prev = emails[i - 1];
      const cur = emails[i];
      if (prev && cur && cur.field.index - prev.field.index <= 2 && !has('email.confirm')) {
        Object.assign(cur, {
          target: 'email.confirm',
          score: Math.min(cur.score, 0.8),
          reason: `${cur.reason}, right after another email box`,
        });
      }
    }
  }
}

/** One fact per field and no fact twice in a block, so two boxes never get the same value by accident. */
function oneFactPerField(work: Working[]): void {
  const taken = new Map<string, Working>();
  const kindCounts = new Map<string, Map<string, number>>();
  for (const w of work) {
    if (isLeave(w.target)) continue;
    const counts = kindCounts.get(w.block) ?? new Map<string, number>();
    counts.set(w.target, (counts.get(w.target) ?? 0) + 1);
    kindCounts.set(w.block, counts);
  }
  const repeatedGroup = (block: string) =>
    [...(kindCounts.get(block)?.values() ?? [])].filter((n) => n > 1).length >= 2;
  // Hidden copies (mobile/desktop variants) are never filled, so they neither claim a fact nor lose it.
  for (const w of [...work].sort((a, b) => b.score - a.score || a.field.index - b.field.index)) {
    if (isLeave(w.target) || !w.field.fillable) continue;
    const key = `${w.block}|${w.target}|${w.row}|${datePart(w.field)}`;
    const holder = taken.get(key);
    const sameGroup = holder?.field.group !== undefined && holder.field.group === w.field.group;
    if (holder && !sameGroup && !(repeatedGroup(w.block) && w.score >= FILL_THRESHOLD)) {
      Object.assign(w, {
        target: 'leave:unknown',
        score: 0.6,
        reason: `another field already asks for ${FIELD_KINDS[w.target].label.toLowerCase()}`,
      });
    } else if (!holder) taken.set(key, w);
  }
}

/**
 * The passes over a whole page, in order, after each field was classified alone: each corrects what one field
 * cannot know by itself.
 */
const PAGE_PASSES: readonly ((work: Working[], page: PageDescription) => void)[] = [
  shareRadioDecisions,
  leaveOtherPeople,
  leaveCardholderNames,
  settleNameParts,
  leaveLocationBesideAddress,
  nationalNumberBesideCountryCode,
  markConfirmEmails,
  // Sign-in names stay alone; a sign-up form's email is the person's.
  markLoginForms,
  // ...but not the box that names a new mailbox.
  leaveNewMailboxNames,
  // Author tables: only the person's own row (issue #13).
  markPersonRows,
  // Referee blocks take the profile's referees in order (issue #13).
  assignRefereeRows,
  // Keyword rows take one keyword each (issue #13).
  assignKeywordRows,
  // Repeated education and work rows map to profile rows in order.
  assignRows,
  oneFactPerField,
];

export function classifyPage(page: PageDescription, context: ClassifyContext = {}): Decision[] {
  const adapters = recogniseSites(page);
  const rules = context.rules ?? [];
  const fields = [...page.fields].sort((a, b) => a.index - b.index);
  // This page's texts against the text rules and its option lists, each distinct one once.
  const memo = newPageMemo();
  const work: Working[] = fields.map((field) => {
    const c = classifyField(field, page, adapters, rules, memo);
    return {
      field,
      target: c.target,
      score: c.score,
      reason: c.reason,
      section: c.section,
      block: `${field.form ?? ''}|${normaliseText(field.heading)}|${normaliseText(field.legend)}`,
      row: 0,
    };
  });

  for (const pass of PAGE_PASSES) pass(work, page);

  return work.map((w): Decision => {
    const confidence = Math.round(w.score * 100) / 100;
    w.reason = cut(w.reason, 160);
    if (isLeave(w.target)) {
      const reason = w.target.slice('leave:'.length) as LeaveAloneReason;
      return {
        fieldId: w.field.id,
        kind: null,
        leaveAlone: reason in LEAVE_ALONE ? reason : 'unknown',
        confidence,
        reason: w.reason,
      };
    }
    return {
      fieldId: w.field.id,
      kind: w.target,
      row: w.row,
      confidence,
      reason: w.reason,
      ...(w.person ? { person: w.person } : {}),
    };
  });
}
