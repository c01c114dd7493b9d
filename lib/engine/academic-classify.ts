/**
 * Classifier pieces for the questions only academic forms ask (issue #13), kept apart from the general tables:
 * degree blocks ("PhD details": Subject, Awarding institution, Year awarded, Thesis title, Supervisor), career
 * stage selects, navigation search boxes, keyword rows, and person rows (author tables where only one row is the
 * person filling the form).
 */
import type { FieldDescriptor } from './types';
import type { Target } from './patterns';
import { attributeWords, normaliseText } from '../values/normalise';
import { stageOfOption } from '../profile/views';
import { humanTexts } from './field-text';
import { groupBy } from './group';
import { OptionMemo } from './option-memo';

export interface AcademicCandidate {
  target: Target;
  score: number;
  reason: string;
  visible?: boolean;
}

/** A person row of an author or participant table: which table, which row, and what marks the row as "you". */
export interface PersonRow {
  block: string;
  row: number;
  /** The row is marked as the person's own ("(you)", a ticked "corresponding" / "contact" box). */
  marked?: boolean;
  /** The table asks for the submitting author first. */
  submitterFirst?: boolean;
}

const cut = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function ownLabel(field: FieldDescriptor): string {
  return normaliseText(
    [field.labelFor, field.labelWrap, field.ariaLabel, field.ariaLabelledBy].filter((x) => x.trim())[0] ??
      field.placeholder ??
      '',
  );
}

function visibleTexts(field: FieldDescriptor): string[] {
  return humanTexts(field)
    .map((t) => normaliseText(t))
    .filter(Boolean);
}

// ---- navigation search -------------------------------------------------------------------------------------

/**
 * A search box in a page's header or navbar is never a form field to fill: type=search, a label or placeholder
 * that starts with "Search" ("Search OpenReview…"), or a form named search. Returns why, or undefined.
 */
export function navigationSearch(field: FieldDescriptor): string | undefined {
  if (field.type === 'search') return 'type=search';
  const said = visibleTexts(field).find((t) => /^(search|quick search|site search|suche|rechercher|buscar)\b/.test(t));
  if (said) return `a search box ('${cut(said, 30)}')`;
  const form = attributeWords(field.form ?? '');
  if (/\b(search|searchform|search form|quicksearch|navbar search)\b/.test(form) && field.control === 'input')
    return `in the search form '${cut(field.form ?? '', 30)}'`;
  return undefined;
}

// ---- degree blocks -----------------------------------------------------------------------------------------

const DEGREE_BLOCK =
  /\b(highest (qualification|degree)|(phd|ph d|doctoral|doctorate|master'?s?|masters|bachelor'?s?|undergraduate|first|postgraduate) (degree|qualification|details|study|studies|programme|program)|(degree|qualification|thesis) details|phd|ph d|doctorate|dphil)\b/;

const DEGREE_LABELS: { target: Target; label: RegExp; not?: RegExp }[] = [
  {
    target: 'degree.thesisTitle',
    label:
      /^(thesis|dissertation)( title)?$|\btitle of (your |the )?(thesis|dissertation)\b|\b(thesis|dissertation) title\b/,
  },
  {
    target: 'degree.supervisor',
    label:
      /^((thesis|phd|doctoral|research|main|principal) )?(supervisors?|advisors?|advisers?)( names?| \(s\))?$|^name of (your |the )?(supervisor|advisor)s?\b/,
  },
  {
    target: 'degree.year',
    label:
      /\b(year|date) (awarded|of award|conferred|obtained|completed)\b|\b(awarded|conferred) (in|on)?\s*(year|date)?\b|\bexpected (year|date)\b/,
  },
  {
    target: 'degree.institution',
    label:
      /\b(awarding (institution|body|university)|name of (the )?(awarding )?(institution|university)|^(institution|university|college)( name)?$)\b/,
  },
  { target: 'degree.field', label: /^(subject|discipline|field|field of study|subject area|major|course title)$/ },
  {
    target: 'degree.level',
    label:
      /^(highest )?(qualification|degree)( (type|title|level|obtained|awarded))?$|^type of (degree|qualification)$/,
    not: /\b(year|date|institution|subject)\b/,
  },
];

/** A field inside a block that names a degree ("PhD details", "Highest qualification"), by its own label. */
export function degreeBlockCandidate(field: FieldDescriptor): AcademicCandidate | undefined {
  const context = normaliseText(`${field.legend} | ${field.heading}`);
  const block = DEGREE_BLOCK.exec(context);
  if (!block) return undefined;
  const label = ownLabel(field) || normaliseText(field.precedingText);
  if (!label) return undefined;
  for (const rule of DEGREE_LABELS) {
    if (!rule.label.test(label) || rule.not?.test(label)) continue;
    if (rule.target === 'degree.level' && field.type === 'radio') continue;
    return {
      target: rule.target,
      score: 0.96,
      reason: `label '${cut(label)}' in '${cut(block[0], 30)}'`,
      visible: true,
    };
  }
  return undefined;
}

/** "Thesis title" anywhere, and "Supervisor" next to a thesis, are the highest degree's. */
export function thesisCandidate(field: FieldDescriptor): AcademicCandidate | undefined {
  if (field.type === 'checkbox' || field.type === 'radio' || field.type === 'file') return undefined;
  const label = ownLabel(field) || normaliseText(field.precedingText);
  if (
    /\b(thesis|dissertation) title\b|^title of (your |the )?(phd |doctoral )?(thesis|dissertation)$|^(phd |doctoral )?(thesis|dissertation)( title)?$/.test(
      label,
    )
  )
    return { target: 'degree.thesisTitle', score: 0.93, reason: `label '${cut(label)}'`, visible: true };
  if (/^(phd|doctoral|thesis) (supervisors?|advisors?|advisers?)( names?)?$/.test(label))
    return { target: 'degree.supervisor', score: 0.98, reason: `label '${cut(label)}'`, visible: true };
  return undefined;
}

// ---- career stage ------------------------------------------------------------------------------------------

const STAGE_LABEL =
  /\b(career (stage|level|status)|academic (status|stage|level|rank)|current (status|career stage|stage)|seniority|position type|(your )?current position|status)\b/;

/** A select or radio group whose options are career stages ("PhD student", "Postdoc", "Faculty"). */
export function careerStageCandidate(
  field: FieldDescriptor,
  options = new OptionMemo(),
): AcademicCandidate | undefined {
  if (field.options.length < 3) return undefined;
  const stageCount = options.of(
    'career stages',
    field.options.map((o) => o.text),
    (texts) => new Set(texts.map(stageOfOption).filter(Boolean)).size,
  );
  if (stageCount < 3) return undefined;
  const label = visibleTexts(field).find((t) => STAGE_LABEL.test(t)) ?? normaliseText(field.legend);
  const named = STAGE_LABEL.test(label);
  return {
    target: 'position.careerStage',
    score: named ? 0.95 : 0.86,
    reason: named ? `label '${cut(label)}' with career-stage options` : `${stageCount} career-stage options`,
    visible: named,
  };
}

// ---- emails by kind, postal address ------------------------------------------------------------------------

const EMAIL_KIND_RULES: { target: Target; label: RegExp }[] = [
  {
    target: 'email.alternative',
    label:
      /\b(alternative|alternate|secondary|second|other|backup|additional|another) (e-? ?mail|email)( address)?\b|\be-? ?mail (address )?(2|two|ii)\b/,
  },
  { target: 'email.personal', label: /\b(personal|private|home) (e-? ?mail|email)( address)?\b/ },
  {
    target: 'email.work',
    label:
      /\b(work|institutional|institution|university|academic|business|office|professional|official|employer|staff) (e-? ?mail|email)( address)?\b/,
  },
];

export function emailKindCandidate(field: FieldDescriptor): AcademicCandidate | undefined {
  if (field.type === 'checkbox' || field.type === 'radio' || field.type === 'file' || field.options.length)
    return undefined;
  for (const t of visibleTexts(field)) {
    if (/\b(confirm|re-?enter|repeat|retype|domain|code)\b/.test(t)) return undefined;
    for (const rule of EMAIL_KIND_RULES) {
      if (rule.label.test(t)) return { target: rule.target, score: 0.98, reason: `label '${cut(t)}'`, visible: true };
    }
  }
  return undefined;
}

/** One textarea for the whole address ("Correspondence address", "Mailing address", "Address"). */
export function postalAddressCandidate(field: FieldDescriptor): AcademicCandidate | undefined {
  if (field.control !== 'textarea') return undefined;
  const t = visibleTexts(field).find((x) =>
    /\b((correspondence|mailing|postal|contact|home|current|permanent|full|residential|office|work) address|address for correspondence|^address)\b/.test(
      x,
    ),
  );
  if (!t || /\b(e-? ?mail|web|ip|url|domain)\b/.test(t)) return undefined;
  return { target: 'address.full', score: 0.95, reason: `textarea '${cut(t)}'`, visible: true };
}

/** Every candidate this module adds for a field (the caller adds them to the general ones). */
export function academicCandidates(field: FieldDescriptor, options = new OptionMemo()): AcademicCandidate[] {
  return [
    degreeBlockCandidate(field),
    thesisCandidate(field),
    careerStageCandidate(field, options),
    emailKindCandidate(field),
    postalAddressCandidate(field),
  ].filter((c): c is AcademicCandidate => c !== undefined);
}

// ---- rows: keywords and people -----------------------------------------------------------------------------

interface RowWork {
  field: FieldDescriptor;
  target: Target;
  score: number;
  reason: string;
  block: string;
  row: number;
  person?: PersonRow;
}

/** Several "Research areas" inputs in one block are keyword rows (OpenReview expertise): one interest each. */
export function assignKeywordRows(work: RowWork[]): void {
  const byBlock = groupBy(work, (w) =>
    w.target !== 'research.interests' || !w.field.fillable || w.field.control === 'textarea' ? undefined : w.block,
  );
  // The years beside an expertise keyword say since when: a fact Vitae does not keep, not a history row's year.
  for (const w of work) {
    if (!w.target.startsWith('history.')) continue;
    const context = normaliseText(`${w.field.heading} | ${w.field.legend}`);
    if (/\b(expertise|keywords?|research areas?)\b/.test(context))
      Object.assign(w, { target: 'leave:unknown', score: 0.8, reason: `${w.reason}, but in '${cut(context, 30)}'` });
  }
  for (const members of byBlock.values()) {
    if (members.length < 2) continue;
    members
      .sort((a, b) => a.field.index - b.field.index)
      .forEach((m, i) =>
        Object.assign(m, { target: 'research.keyword', row: i, reason: `${m.reason}, keyword row ${i + 1}` }),
      );
  }
}

const AUTHOR_CONTEXT = /\b(authors?|co-?authors?|author list|author information|contributors?|presenters?|speakers?)\b/;
const PERSON_KINDS: { target: Target; words: RegExp }[] = [
  { target: 'email', words: /\b(e-? ?mail|email address|uemail)\b/ },
  { target: 'name.given', words: /\b(first ?name|given ?name|first|given|fname)\b/ },
  { target: 'name.family', words: /\b(last ?name|family ?name|surname|last|lname)\b/ },
  { target: 'position.institution', words: /\b(affiliation|organi[sz]ation|institution|university|aff)\b/ },
  { target: 'address.country', words: /\b(country|country region)\b/ },
  { target: 'homepage', words: /\b(web ?page|web ?site|homepage|url)\b/ },
  { target: 'name.full', words: /\b(name|full name)\b/ },
];

/** The row number a field's name or id gives ("authors:2:email", "first_name3", "author[1][email]"). */
function rowNumberOf(field: FieldDescriptor): number | undefined {
  for (const key of [field.name, field.htmlId]) {
    const m = /(?:[:_[\-]|[a-z])(\d{1,2})(?:[:\]_-]|$)/i.exec(key);
    if (m?.[1]) return Number(m[1]);
  }
  return undefined;
}

function personKind(field: FieldDescriptor): Target | undefined {
  if (field.type === 'email') return 'email';
  const attrs = `${attributeWords(field.name)} ${attributeWords(field.htmlId)}`.replace(/\d+/g, ' ');
  const label = ownLabel(field) || normaliseText(field.precedingText);
  const words = `${attrs} ${label} ${normaliseText(field.placeholder)}`;
  return PERSON_KINDS.find((k) => k.words.test(words))?.target;
}

/**
 * Author tables: each numbered row is one person. Fields of every row get their own kind and a `person` mark; the
 * planner fills only the row that is the person (their email already there, a row marked as them, or the first
 * row when the form asks for the submitting author first) and leaves every other row alone.
 */
export function markPersonRows(work: RowWork[]): void {
  const candidates = work.filter((w) => {
    if (rowNumberOf(w.field) === undefined) return false;
    const attrs = `${attributeWords(w.field.name)} ${attributeWords(w.field.htmlId)}`;
    const context = normaliseText(`${w.field.legend} | ${w.field.heading}`);
    return (
      /\b(authors?|au|coauthors?|contributors?)\b/.test(attrs) ||
      AUTHOR_CONTEXT.test(context) ||
      w.reason.includes('an author block')
    );
  });
  // "Author 1", "Author 2": one table whose blocks differ by number.
  const tables = groupBy(
    candidates,
    (w) => `${w.field.form ?? ''}|${normaliseText(w.field.heading).replace(/\d+/g, '#')}`,
  );
  for (const [key, members] of tables) {
    const rows = new Set(members.map((m) => rowNumberOf(m.field)));
    // One person block is not a table: a lone "Corresponding author" block is classified as usual.
    if (rows.size < 2) continue;
    const first = Math.min(...[...rows].filter((r): r is number => r !== undefined));
    const intro = normaliseText(
      members.map((m) => `${m.field.heading} ${m.field.legend} ${m.field.description}`).join(' '),
    );
    const submitterFirst = /\b(submitting author|yourself first|you first|list yourself|your own details first)\b/.test(
      intro,
    );
    const markedRows = new Set<number>();
    for (const m of members) {
      const r = rowNumberOf(m.field) ?? 0;
      const own = normaliseText(`${m.field.labelWrap} ${m.field.labelFor} ${m.field.precedingText}`);
      if (
        m.field.type === 'checkbox' &&
        m.field.checked &&
        /\b(corresponding|contact|presenting|submitting)\b/.test(`${own} ${attributeWords(m.field.name)}`)
      )
        markedRows.add(r);
      if (/\(you\)|\bthis is me\b|\byourself\b/.test(own)) markedRows.add(r);
    }
    for (const m of members) {
      const r = rowNumberOf(m.field) ?? 0;
      if (m.field.type === 'checkbox' || m.field.type === 'radio') {
        Object.assign(m, { target: 'leave:unknown', score: 0.9, reason: `a mark on author row ${r - first + 1}` });
        continue;
      }
      const kind = personKind(m.field);
      if (!kind) {
        Object.assign(m, {
          target: 'leave:otherPerson',
          score: 0.9,
          reason: `author row ${r - first + 1}: a field Vitae does not know`,
        });
        continue;
      }
      Object.assign(m, {
        target: kind,
        score: Math.max(m.score, 0.9),
        reason: `author row ${r - first + 1} (${kind})`,
        row: r - first,
        person: {
          block: key,
          row: r - first,
          ...(markedRows.has(r) ? { marked: true } : {}),
          ...(submitterFirst ? { submitterFirst } : {}),
        },
      });
    }
  }
}

// ---- referee rows ------------------------------------------------------------------------------------------

/** A section about referees: "Referees", "Referee 2", "Reference writers", "Letters of recommendation". */
const REFEREE_SECTION =
  /\b(referees?|references?|reference (writers?|letters?|contacts?|details|information)|recommenders?|letter writers?|letters? of (recommendation|reference)|recommendation letters?)\b/;
const NOT_REFEREE_SECTION = /\b(reference (number|code|id|no)|job reference|vacancy reference|references cited)\b/;
/** A label or block naming a referee with a number: "Referee 1: name", "Reference writer 2". */
const NUMBERED_REFEREE = /\b(?:referee|reference(?: writer)?|recommender|letter writer)s? ?#?(\d{1,2})(?!\d)/;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const ORDINAL_REFEREE = /\b(first|second|third|fourth|fifth) (referee|reference|recommender|letter writer)\b/;

const REFEREE_KINDS: { target: Target; words: RegExp }[] = [
  { target: 'referee.email', words: /\b(e-? ?mail|email address)\b/ },
  { target: 'referee.phone', words: /\b(phone|telephone|tel|mobile)\b/ },
  {
    target: 'referee.relation',
    words: /\b(relationship|relation|capacity|how do you know|connection to (you|the applicant))\b/,
  },
  {
    target: 'referee.institution',
    words: /\b(institution|organi[sz]ation|university|affiliation|employer|company|inst|org)\b/,
  },
  { target: 'referee.given', words: /\b(first ?name|given ?name|forename|fname)\b/ },
  { target: 'referee.family', words: /\b(last ?name|family ?name|surname|lname)\b/ },
  { target: 'referee.title', words: /\b(position|job title|title|rank|role|occupation)\b/ },
  { target: 'referee.name', words: /\b(name|full name|referee|recommender)\b/ },
];

function refereeKind(field: FieldDescriptor): Target | undefined {
  if (field.type === 'email') return 'referee.email';
  if (field.type === 'tel') return 'referee.phone';
  const label = ownLabel(field) || normaliseText(field.precedingText);
  const attrs = `${attributeWords(field.name)} ${attributeWords(field.htmlId)}`.replace(/\d+/g, ' ');
  // The words a person reads decide first; markup only when the label says nothing Vitae knows.
  for (const words of [label, attrs]) {
    const hit = REFEREE_KINDS.find((k) => k.words.test(words));
    if (hit) return hit.target;
  }
  return undefined;
}

/** Which referee a field is about, by the number its label, block or markup gives; undefined when none does. */
function refereeNumber(field: FieldDescriptor): number | undefined {
  for (const s of [ownLabel(field), normaliseText(field.legend), normaliseText(field.heading)]) {
    const n = NUMBERED_REFEREE.exec(s)?.[1];
    if (n) return Number(n);
    const ordinal = ORDINAL_REFEREE.exec(s)?.[1];
    if (ordinal) return ORDINALS[ordinal];
  }
  // Markup: the last short number of the name or id ("txtRef2Email", "referees[1][name]", "ctl00$main$txtRef1Tel").
  for (const key of [field.name, field.htmlId]) {
    const n = /(?<!\d)(\d{1,2})(?!\d)(?!.*\d)/.exec(key)?.[1];
    if (n) return Number(n);
  }
  return undefined;
}

/**
 * A heading that names a referee section ("Part F: Referees", "Referee 2", "Reference letters"), not a question
 * that mentions a referee ("Referee email (someone who can vouch for your reviewing)").
 */
function isRefereeSection(text: string): boolean {
  const name = normaliseText(text).replace(/^(part|section|step) \w+( of \d+)? ?/, '');
  return name.split(' ').length <= 4 && REFEREE_SECTION.test(name) && !NOT_REFEREE_SECTION.test(name);
}

function isRefereeField(field: FieldDescriptor): boolean {
  if (field.type === 'checkbox' || field.type === 'radio' || field.type === 'file' || field.type === 'password')
    return false;
  if (isRefereeSection(field.legend) || isRefereeSection(field.heading)) return true;
  // Outside a referee section, only a label that numbers the referee ("Referee 1: email") makes a row: a lone
  // "Referee email (someone who can vouch for you)" asks for a person this form's context picks.
  const label = ownLabel(field) || normaliseText(field.precedingText);
  return NUMBERED_REFEREE.test(label) || ORDINAL_REFEREE.test(label);
}

/**
 * Referee blocks (issue #13): each referee is a row, filled from the profile's referee of the same rank, or left
 * alone. Rows are numbered by what the form says ("Referee 2", `ref2_email`), else by order: a kind seen again
 * starts the next referee. A field of a referee block that asks for something a referee entry does not hold stays
 * someone else's.
 */
export function assignRefereeRows(work: RowWork[]): void {
  const tables = groupBy(work, (w) =>
    !w.field.fillable || w.reason.startsWith('your rule') || !isRefereeField(w.field)
      ? undefined
      : (w.field.form ?? ''),
  );
  for (const members of tables.values()) {
    members.sort((a, b) => a.field.index - b.field.index);
    const numbers = members.map((m) => refereeNumber(m.field));
    const given = numbers.filter((n): n is number => n !== undefined);
    const first = given.length ? Math.min(...given) : 0;
    let row = 0;
    const seen = new Set<Target>();
    members.forEach((m, i) => {
      const kind = refereeKind(m.field);
      if (!kind) {
        if (!m.target.startsWith('leave:'))
          Object.assign(m, { target: 'leave:otherPerson', score: 0.9, reason: 'a referee field Vitae does not know' });
        return;
      }
      const numbered = numbers[i];
      if (numbered !== undefined) row = numbered - first;
      else if (!given.length && seen.has(kind)) {
        row += 1;
        seen.clear();
      }
      seen.add(kind);
      Object.assign(m, { target: kind, score: 0.9, reason: `referee row ${row + 1} (${kind})`, row });
    });
  }
}
