/** Parsers for the dated and listed sections of a CV: education, experience, awards, service, teaching, … */
import type { ProfileDraft } from '../types';
import { cleanText, placeCountry } from '../clean';
import { findDateRange, parseTerm, removeRange } from '../dates';
import { guessPublicationType } from '../venue';
import { groupDatedEntries, groupListEntries, paragraphs, stripBullet, type Entry } from './entries';
import { bareName, splitPeople } from './names';

type Rows<K extends keyof ProfileDraft> = NonNullable<ProfileDraft[K]>;
type Row<K extends keyof ProfileDraft> = Rows<K> extends (infer R)[] ? R : never;

const DEGREE =
  /(?<![\p{L}])(Ph\.?\s?D\.?|D\.?\s?Phil\.?|Dr\.?\s?rer\.?\s?nat\.?|Doctor(?:ate)? of [A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?|M\.?\s?Sc\.?|M\.?\s?S\.?|M\.?\s?Eng\.?|M\.?\s?Phil\.?|M\.?\s?A\.?|MBA|M\.?\s?Tech\.?|Master(?:'s)?(?: of [A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)?|B\.?\s?Sc\.?|B\.?\s?S\.?|B\.?\s?Eng\.?|B\.?\s?Arch\.?|M\.?\s?Arch\.?|LL\.?\s?[BM]\.?|M\.?\s?Res\.?|B\.?\s?F\.?\s?A\.?|M\.?\s?F\.?\s?A\.?|B\.?\s?E\.?|B\.?\s?A\.?|B\.?\s?Tech\.?|Bachelor(?:'s)?(?: of [A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)?|Diplom(?:a)?|Habilitation|Licenciatura|Laurea(?: Magistrale)?)(?![\p{L}])/u;
const INSTITUTION =
  /\b(universi\w*|institut\w*|college|school|academy|polytechnic|ETH|EPFL|MIT|KAIST|hochschule|école|ecole)\b/i;
const ABBREV_END = /\b(Ltd|Inc|Co|Corp|Jr|Sr|St|Univ|Dept)\.$/;

/** "Ph.D. in Hydrology — University of X": a spaced dash or a middle dot between parts is a comma. */
function separators(text: string): string {
  return text.replace(/\s+[—–·]\s+/g, ', ');
}

function trimPeriod(text: string): string {
  const t = text.trim().replace(/[,;:]+$/, '');
  return ABBREV_END.test(t) ? t : t.replace(/\.$/, '').trim();
}

const FIELD_LABELS =
  'Advisors?|Advisers?|Supervisors?|Co-advisors?|Mentors?|Managers?|Hosts?|Thesis|Dissertation|Thesis title|Project|Projects|GPA|Grade|Topic';

function canonicalLabel(label: string): string {
  const l = label.toLowerCase();
  if (/^(thesis|dissertation)/.test(l)) return 'thesis';
  if (/^(advis|supervis|co-advis)/.test(l)) return 'advisor';
  if (/^(mentor|manager|host)/.test(l)) return 'mentor';
  if (/^project/.test(l)) return 'project';
  return l;
}

/** Split "… Advisor: X Thesis: Y" into the text before the first label and each labelled value. */
function labelledFields(text: string): { head: string; fields: Map<string, string> } {
  const re = new RegExp(String.raw`\b(${FIELD_LABELS})\s*:\s*`, 'gi');
  const marks = [...text.matchAll(re)];
  const fields = new Map<string, string>();
  const [first] = marks;
  if (!first) return { head: text, fields };
  marks.forEach((m, i) => {
    const label = m[1];
    if (label === undefined) return;
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const key = canonicalLabel(label);
    const value = text
      .slice(start, end)
      .trim()
      .replace(/\s+[-–—•]$/, '');
    const before = fields.get(key);
    fields.set(key, before !== undefined ? `${before}, ${value}` : value);
  });
  return { head: text.slice(0, first.index), fields };
}

function people(text: string | undefined): string[] {
  if (!text) return [];
  return splitPeople(trimPeriod(text))
    .map(bareName)
    .filter((n) => n.length > 1 && n.length <= 200);
}

/** "Institution, City, Country" → parts; the country only when it is one. */
function placeParts(text: string): { institution: string; city?: string; country?: string } {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let country: string | undefined;
  let city: string | undefined;
  if (parts.length > 1) {
    const code = placeCountry(parts);
    if (code) {
      country = code;
      parts.pop();
    }
  }
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last !== undefined && !INSTITUTION.test(last)) city = parts.pop();
  // "Taipei, Taiwan, China": Taiwan is the country (TW), not the city.
  if (city && country && country !== 'HK' && country !== 'MO' && placeCountry([city]) === country && parts.length > 1)
    city = parts.pop();
  return { institution: parts.join(', '), ...(city ? { city } : {}), ...(country ? { country } : {}) };
}

export function parseEducation(lines: string[], warnings: string[]): Rows<'education'> {
  const { entries } = groupDatedEntries(lines);
  const rows: Rows<'education'> = [];
  for (const entry of entries) {
    const all = [...entry.before, entry.header, ...entry.body.filter(Boolean).map(stripBullet)].join(' ');
    const { head: rawHead, fields } = labelledFields(all);
    const head = separators(rawHead).replace(/[\s,;:–—-]+$/, '');
    const degree = DEGREE.exec(head);
    let institutionText = '';
    let fieldText = '';
    if (degree) {
      const before = head.slice(0, degree.index).replace(/[\s,;:–—-]+$/, '');
      const after = head
        .slice(degree.index + degree[0].length)
        .replace(/^[\s,;:.–—-]+/, '')
        .replace(/^(in|of)\s+/i, '');
      if (INSTITUTION.test(before) || (before && !INSTITUTION.test(after))) {
        institutionText = before;
        fieldText = after;
      } else {
        // "Ph.D. in Statistics, University of X, City" → field first, institution from the first part naming one.
        const parts = after.split(',').map((p) => p.trim());
        const at = parts.findIndex((p) => INSTITUTION.test(p));
        fieldText = parts.slice(0, Math.max(at, 0)).join(', ');
        institutionText = at >= 0 ? parts.slice(at).join(', ') : after;
        if (before) fieldText = fieldText || before;
      }
    } else institutionText = head;
    const place = placeParts(trimPeriod(institutionText));
    if (!place.institution) {
      warnings.push(`Left out an education entry without an institution: "${all.slice(0, 80)}".`);
      continue;
    }
    const thesis = fields.get('thesis');
    const field = cleanText(trimPeriod(fieldText), 300);
    rows.push({
      degree: degree ? degree[0].trim() : '',
      institution: place.institution,
      ...(place.city ? { city: place.city } : {}),
      ...(place.country ? { country: place.country } : {}),
      ...(field ? { field } : {}),
      advisors: people(fields.get('advisor')),
      ...(thesis ? { thesisTitle: trimPeriod(thesis.replace(/^["“]|["”]\.?$/g, '')) } : {}),
      ...rangeOf(entry),
    });
  }
  return rows;
}

function rangeOf(entry: Entry): { start?: string; end?: string } {
  const r = entry.range;
  if (!r?.start) return {};
  // A single date on an education line is the end (graduation); elsewhere it is the start.
  return { start: r.start, ...(r.end ? { end: r.end } : {}) };
}

const ROLE_WORDS =
  /\b(intern|internship|assistant|associate|researcher|research|engineer|scientist|student|fellow|professor|lecturer|developer|analyst|manager|consultant|director|head|lead|postdoc\w*|visiting|scholar|officer|programmer|trainee|instructor|tutor|editor|member|chair)\b/i;

/** "Northwind Robotics, Oslo" → organisation and location (a last part that is one or two capitalised words). */
function splitLocation(text: string): { organisation: string; location?: string } {
  const at = text.lastIndexOf(', ');
  if (at < 0) return { organisation: text };
  const last = text.slice(at + 2);
  if (
    /^\p{Lu}[\p{Ll}'’-]+( \p{Lu}[\p{Ll}'’-]+)?$/u.test(last) &&
    !/\b(Ltd|Inc|Co|LLC|GmbH|Lab|Labs|Research|University)\b/.test(last)
  )
    return { organisation: text.slice(0, at), location: last };
  return { organisation: text };
}

/** "Intern, Huawei Noah's Ark Lab." / "Huawei, Intern" / "Intern at Huawei" / "CUHK" → role and organisation. */
function roleAndOrganisation(head: string): { role: string; organisation: string; location?: string } {
  const text = trimPeriod(head.replace(/\s+/g, ' '));
  const [, atRole, atOrganisation] = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(text) ?? [];
  if (atRole !== undefined && atOrganisation !== undefined && ROLE_WORDS.test(atRole))
    return { role: atRole.trim(), organisation: trimPeriod(atOrganisation) };
  const parts = text.split(/\s*(?:,|\s[|–—]\s|\s-\s)\s*/).filter(Boolean);
  if (parts.length === 1)
    return ROLE_WORDS.test(text) && !INSTITUTION.test(text)
      ? { role: text, organisation: '' }
      : { role: '', organisation: text };
  const first = parts[0];
  if (first === undefined) return { role: '', organisation: '' };
  const rest = text.slice(text.indexOf(first) + first.length).replace(/^\s*(?:,|[|–—]|-)\s*/, '');
  if (ROLE_WORDS.test(first) && !INSTITUTION.test(first)) return { role: first, ...splitLocation(trimPeriod(rest)) };
  // Organisation first: "Tsinghua University, Research Assistant, Beijing".
  const roleAt = parts.findIndex((p) => ROLE_WORDS.test(p) && !INSTITUTION.test(p));
  const role = parts[roleAt];
  if (roleAt > 0 && role !== undefined) {
    const location = parts.slice(roleAt + 1).join(', ');
    return { role, organisation: parts.slice(0, roleAt).join(', '), ...(location ? { location } : {}) };
  }
  return { role: '', organisation: text };
}

export function parseExperience(lines: string[]): Rows<'experience'> {
  return groupDatedEntries(lines).entries.map((entry) => {
    const headerText = [...entry.before, entry.header].join(' ');
    const { head, fields } = labelledFields(headerText);
    let project = fields.get('project');
    const mentors = people(fields.get('mentor') ?? fields.get('advisor'));
    const body: string[] = [];
    for (const line of entry.body) {
      const m = /^\s*Projects?\s*:\s*(.+)$/i.exec(line);
      if (m && !project) project = m[1];
      else if (/^\s*(Mentors?|Advisors?|Supervisors?)\s*:/i.test(line))
        mentors.push(...people(line.replace(/^[^:]+:/, '')));
      else body.push(stripBullet(line) === line.trim() ? line : '• ' + stripBullet(line));
    }
    const { role, organisation, location } = roleAndOrganisation(head);
    const description = cleanText(paragraphs(body), 10_000);
    return {
      role: cleanText(role, 300) ?? '',
      organisation: cleanText(organisation, 300) ?? '',
      ...(location ? { location } : {}),
      mentors,
      ...(project ? { project: trimPeriod(project) } : {}),
      ...(description ? { description } : {}),
      ...rangeOf(entry),
    };
  });
}

export function parsePositions(lines: string[]): Rows<'positions'> {
  return groupDatedEntries(lines).entries.map((entry) => {
    const { head } = labelledFields([...entry.before, entry.header].join(' '));
    const split = roleAndOrganisation(head);
    const role = split.role;
    const organisation = split.location ? `${split.organisation}, ${split.location}` : split.organisation;
    const parts = organisation.split(',').map((p) => p.trim());
    // "Center for Labor Studies, Eastbridge College": a unit named before its university is the department.
    const university = parts.findIndex((p, i) => i > 0 && INSTITUTION.test(p));
    const beforeUniversity = parts[university - 1];
    const department =
      parts.find((p) => /^(department|dept\.?|school of|faculty|institute for)\b/i.test(p)) ??
      (university > 0 &&
      beforeUniversity !== undefined &&
      /\b(cent(er|re)|institute|laborat\w*|lab|division|group)\b/i.test(beforeUniversity)
        ? beforeUniversity
        : undefined);
    const institution = parts.filter((p) => p !== department).join(', ');
    const place = placeParts(institution);
    return {
      title: role,
      institution: place.institution || organisation,
      ...(department ? { department } : {}),
      ...(place.city ? { city: place.city } : {}),
      ...(place.country ? { country: place.country } : {}),
      ...rangeOf(entry),
    };
  });
}

export function parseInterests(lines: string[]): string[] {
  const listed = lines.filter((l) => /^\s*[-*•▪●–]\s+/.test(l));
  const source = listed.length ? listed.map(stripBullet) : lines.map((l) => l.trim()).filter((l) => l && !/:$/.test(l));
  const items = listed.length ? source : source.flatMap((l) => l.split(/\s*[;,•·|]\s*/));
  return items
    .map((i) => trimPeriod(i.replace(/\s*\[[^\]]*\]\s*\.?$/, '').replace(/\s*\[[^\]]*\]/g, '')))
    .filter((i) => i.length > 1 && i.length <= 300);
}

export function parseAwards(lines: string[]): Rows<'awards'> {
  const { entries, intro } = groupDatedEntries(lines);
  const texts: { text: string; start?: string; end?: string }[] = entries.map((e) => ({
    text: [...e.before, e.header, ...e.body.filter(Boolean)].join(' '),
    ...rangeOf(e),
  }));
  for (const line of groupListEntries(intro)) {
    const range = findDateRange(line, true);
    texts.push({
      text: range ? removeRange(line, range) : line,
      ...(range?.start ? { start: range.start } : {}),
      ...(range?.end ? { end: range.end } : {}),
    });
  }
  return texts
    .filter((t) => t.text.trim())
    .map(({ text, start, end }) => {
      const clean = trimPeriod(text);
      const comma = clean.indexOf(', ');
      const title = comma > 0 ? clean.slice(0, comma) : clean;
      const awarder = comma > 0 ? trimPeriod(clean.slice(comma + 2)) : undefined;
      return {
        title: cleanText(title, 500) ?? title,
        ...(awarder ? { awarder: cleanText(awarder, 300) } : {}),
        ...(start ? { date: start } : {}),
        ...(end && end !== start ? { end } : {}),
      };
    });
}

const SERVICE_ROLES: [RegExp, Row<'service'>['role']][] = [
  [/senior area chair|\bSAC\b/i, 'senior-area-chair'],
  [/area chair|\bAC\b|meta-?reviewer/i, 'area-chair'],
  [/senior (program committee|pc)|\bSPC\b/i, 'senior-pc-member'],
  [/program committee|\bpc\b( member)?|\bTPC\b/i, 'pc-member'],
  [/associate editor/i, 'associate-editor'],
  [/guest editor/i, 'guest-editor'],
  [/editor/i, 'editor'],
  [/organi[sz]/i, 'organiser'],
  [/chair/i, 'chair'],
  [/review/i, 'reviewer'],
];

function serviceRole(text: string): Row<'service'>['role'] {
  return SERVICE_ROLES.find(([re]) => re.test(text))?.[1] ?? 'other';
}

function venueKind(prefix: string, venue: string): Row<'service'>['venueKind'] {
  if (/journal|transactions/i.test(prefix)) return 'journal';
  if (/workshop/i.test(prefix)) return 'workshop';
  if (/conference/i.test(prefix)) return 'conference';
  const guess = guessPublicationType(venue);
  return guess === 'journal' || guess === 'conference' || guess === 'workshop' ? guess : 'other';
}

/** "Conference Reviewer: ICLR 2025, IJCAI 2025." → one row per venue; "Reviewer, NeurIPS (2021–2023)" → one row. */
export function parseService(lines: string[]): Rows<'service'> {
  const rows: Rows<'service'> = [];
  for (const item of groupListEntries(lines)) {
    const [, prefix, venues] = /^([^:]{2,80}):\s*(.+)$/.exec(item) ?? [];
    if (prefix !== undefined && venues !== undefined) {
      const role = serviceRole(prefix);
      for (const piece of venues.split(/\s*[,;]\s*(?![^()]*\))/)) {
        const venueText = trimPeriod(piece);
        if (!venueText) continue;
        const range = findDateRange(venueText, true);
        const venue = trimPeriod(range ? removeRange(venueText, range) : venueText)
          .replace(/[()]/g, '')
          .trim();
        if (!venue) continue;
        rows.push({
          role,
          venue,
          venueKind: venueKind(prefix, venue),
          ...(range?.start ? { start: range.start } : {}),
          ...(range?.end ? { end: range.end } : {}),
        });
      }
      continue;
    }
    const range = findDateRange(item, true);
    const text = trimPeriod(range ? removeRange(item, range) : item)
      .replace(/\(\s*\)/g, '')
      .trim();
    const parts = text.split(/\s*,\s*|\s+(?:for|at)\s+/);
    const roleAt = parts.findIndex((p) => SERVICE_ROLES.some(([re]) => re.test(p)));
    const role = serviceRole(parts[roleAt] ?? text);
    const venue = roleAt >= 0 ? parts.filter((_, i) => i !== roleAt).join(', ') : text;
    if (!venue) continue;
    rows.push({
      role,
      venue: trimPeriod(venue),
      venueKind: venueKind(text, venue),
      ...(range?.start ? { start: range.start } : {}),
      ...(range?.end ? { end: range.end } : {}),
    });
  }
  return rows;
}

const COURSE_CODE = /\b[A-Z]{2,5}[- ]?[A-Z]?\d{2,5}[A-Z]?\b(?:\s*\/\s*[A-Z]{2,5}[- ]?[A-Z]?\d{2,5}[A-Z]?\b)*/;

export function parseTeaching(lines: string[], heading: string): Rows<'teaching'> {
  const defaultRole: Row<'teaching'>['role'] = /assistant|\bTA\b/i.test(heading) ? 'teaching-assistant' : 'other';
  const entries = groupListEntries(lines.filter((l) => l.trim()));
  return entries.flatMap((line) => {
    const term = parseTerm(line);
    let text = line;
    if (term) {
      const words = term.term
        .split(' ')
        .slice(0, -1)
        .join(String.raw`\s+`);
      text = text.replace(new RegExp(String.raw`\(?\b${words}\s*,?\s+${term.year}\b\)?`, 'i'), ' ');
    } else {
      const range = findDateRange(text, true);
      if (range) text = removeRange(text, range);
    }
    let role: Row<'teaching'>['role'] = defaultRole;
    if (/teaching assistant|\bTA\b/i.test(text)) role = 'teaching-assistant';
    else if (/guest lectur/i.test(text)) role = 'guest-lecturer';
    else if (/instructor|lecturer|taught|co-?instructor/i.test(text)) role = 'instructor';
    text = text.replace(
      /\b(teaching assistant|TA|instructor|lecturer|co-?instructor|guest lecturer)\b\s*(for|,|:|-|–)?/gi,
      ' ',
    );
    const code = COURSE_CODE.exec(text);
    let title: string;
    let institution: string | undefined;
    let courseCode: string | undefined;
    if (code) {
      courseCode = code[0].trim();
      // "Compilers (CS-E4110), Harrowgate University": a code in brackets follows its course's title.
      const bracketed = /\(\s*$/.test(text.slice(0, code.index));
      const before = text
        .slice(0, code.index)
        .replace(/[\s,;:(–-]+$/, '')
        .replace(/^[\s,;:–-]+/, '')
        .trim();
      const after = text
        .slice(code.index + code[0].length)
        .replace(/^[\s,;:)–-]+/, '')
        .trim();
      const afterParts = after.split(/\s*,\s*/);
      title = afterParts[0] ?? '';
      institution = before || afterParts.slice(1).join(', ') || undefined;
      if (bracketed && before) {
        title = before;
        institution = after || undefined;
      } else if (!title && before) {
        title = before;
        institution = afterParts.slice(1).join(', ') || undefined;
      }
    } else {
      const parts = text
        .split(/\s*,\s*/)
        .map((p) => p.trim())
        .filter(Boolean);
      title = parts[0] ?? '';
      institution = parts.slice(1).join(', ') || undefined;
    }
    title = trimPeriod(title.replace(/[()]/g, ' ').replace(/\s+/g, ' '));
    if (!title) return [];
    return [
      {
        role,
        title: cleanText(title, 300) ?? title,
        ...(courseCode ? { courseCode } : {}),
        ...(institution ? { institution: trimPeriod(institution) } : {}),
        ...(term ? { term: term.term, year: term.year } : {}),
      },
    ];
  });
}

export function parseTalks(lines: string[], heading: string): Rows<'talks'> {
  const invited = /invited/i.test(heading);
  return groupListEntries(lines).flatMap((line) => {
    const range = findDateRange(line, true);
    const text = range ? removeRange(line, range) : line;
    const quoted = /["“]([^"”]+)["”]/.exec(text);
    const title = trimPeriod(quoted?.[1] ?? text.split(/\s*,\s*/)[0] ?? '');
    const rest = trimPeriod(
      (quoted ? text.replace(quoted[0], '') : text.slice(text.indexOf(',') + 1 || text.length)).replace(
        /^[\s,.:–-]+/,
        '',
      ),
    );
    if (!title) return [];
    return [
      {
        title,
        ...(rest ? { event: rest } : {}),
        ...(range?.start ? { date: range.start } : {}),
        invited: invited || /\binvited\b/i.test(line),
      },
    ];
  });
}

export function parseGrants(lines: string[]): Rows<'grants'> {
  return groupListEntries(lines).flatMap((line) => {
    const range = findDateRange(line, true);
    const text = trimPeriod(range ? removeRange(line, range) : line);
    const amount = /(?:[$€£¥]|USD|EUR|GBP|CHF|HKD|RMB|CNY)\s?\d[\d,.]*\d(?:\s?(?:[kKmM]\b|million))?/.exec(text)?.[0];
    const parts = text
      .replace(amount ?? '\u0000', '')
      .split(/\s*,\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    const role = parts.find((p) => /\b(PI|Co-PI|principal investigator|co-investigator)\b/i.test(p));
    const rest = parts.filter((p) => p !== role);
    const title = rest[0];
    if (!title) return [];
    const funder = rest.slice(1).join(', ');
    return [
      {
        title,
        ...(funder ? { funder } : {}),
        ...(amount ? { amount: amount.trim() } : {}),
        ...(role ? { role } : {}),
        ...(range?.start ? { start: range.start } : {}),
        ...(range?.end ? { end: range.end } : {}),
      },
    ];
  });
}

export function parseSkills(lines: string[]): string[] {
  return groupListEntries(lines)
    .flatMap((line) => line.replace(/^[^:]{1,40}:\s*/, '').split(/\s*[,;•·|]\s*/))
    .map((s) => trimPeriod(s))
    .filter((s) => s.length > 0 && s.length <= 200);
}

export function parseLanguages(lines: string[]): Rows<'languages'> {
  return groupListEntries(lines)
    .flatMap((line) => line.split(/\s*[;,•·|]\s*(?![^()]*\))/))
    .flatMap((item) => {
      const m = /^([\p{L} ]+?)\s*(?:\(([^)]+)\)|[:–-]\s*(.+))?$/u.exec(trimPeriod(item));
      const language = m?.[1];
      if (!m || language === undefined) return [];
      const proficiency = (m[2] ?? m[3])?.trim();
      return [{ language: language.trim(), ...(proficiency ? { proficiency } : {}) }];
    });
}

export function parseReferees(lines: string[]): Rows<'referees'> {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (!line.trim()) {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(stripBullet(line));
  }
  if (block.length) blocks.push(block);
  return blocks.flatMap((b) => {
    const [only] = b;
    const joined = b.length === 1 && only !== undefined ? only.split(/\s*[,;|]\s*/) : b;
    const email = joined.find((l) => /@/.test(l))?.match(/[^\s<>()]+@[^\s<>()]+/)?.[0];
    const rest = joined.filter((l) => !/@/.test(l) && !/^(available|upon request)/i.test(l));
    const name = rest[0] ? bareName(rest[0]) : undefined;
    if (!name || /request/i.test(name)) return [];
    const title = rest.find(
      (l, i) => i > 0 && /professor|lecturer|reader|director|chair|scientist|researcher|head|fellow/i.test(l),
    );
    const institution = rest.find((l, i) => i > 0 && l !== title && INSTITUTION.test(l));
    return [
      { name, ...(title ? { title } : {}), ...(institution ? { institution } : {}), ...(email ? { email } : {}) },
    ];
  });
}
