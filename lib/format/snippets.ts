/**
 * Every piece of the profile as a copyable snippet, for the popup's search and the "Insert from Vitae" menu.
 * Plain text only; no CSL engine here (publication entries are "Title. Venue, Year." so the popup stays light).
 */
import type { Profile } from '../profile/schema';
import { listLinks } from './links';
import { displayName, ownerParts } from './names';

export type SnippetGroup =
  | 'Name'
  | 'Contact'
  | 'Link'
  | 'Bio'
  | 'Position'
  | 'Education'
  | 'Publication'
  | 'Interest'
  | 'Award'
  | 'Service'
  | 'Grant'
  | 'Teaching'
  | 'Talk';

export interface Snippet {
  /** Stable within one profile: "link:orcid:url", "bio:<id>". */
  id: string;
  group: SnippetGroup;
  label: string;
  text: string;
}

function range(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? ''}–${end === 'present' ? 'present' : (end ?? '')}`;
}

export function listSnippets(profile: Profile): Snippet[] {
  const out: Snippet[] = [];
  const push = (id: string, group: SnippetGroup, label: string, text: string | undefined) => {
    if (text && text.trim()) out.push({ id, group, label, text: text.trim() });
  };
  const owner = ownerParts(profile.name);
  push('name:full', 'Name', 'Full name', profile.name.full ?? (owner ? displayName(owner) : undefined));
  push('name:native', 'Name', 'Name in native script', profile.name.native);
  push('name:preferred', 'Name', 'Preferred name', profile.name.preferred);
  profile.emails.forEach((e, i) => push(`email:${i}`, 'Contact', `Email (${e.kind})`, e.address));
  profile.phones.forEach((p, i) => push(`phone:${i}`, 'Contact', `Phone (${p.kind})`, p.e164 ?? p.raw));
  const address = [
    ...profile.address.lines,
    [profile.address.postalCode, profile.address.city].filter(Boolean).join(' '),
    profile.address.region,
    profile.address.country,
  ]
    .filter(Boolean)
    .join(', ');
  push('address', 'Contact', 'Postal address', address);
  for (const link of listLinks(profile.links)) {
    push(`link:${link.kind}:url`, 'Link', `${link.label} URL`, link.url);
    if (link.kind !== 'homepage') push(`link:${link.kind}:id`, 'Link', `${link.label} id`, link.id);
  }
  for (const bio of profile.bios) push(`bio:${bio.id}`, 'Bio', `Bio: ${bio.name} (${bio.person} person)`, bio.text);
  for (const p of profile.positions) {
    push(
      `position:${p.id}`,
      'Position',
      `${p.title} ${range(p.start, p.end)}`.trim(),
      [p.title, p.department, p.institution].filter(Boolean).join(', '),
    );
  }
  for (const e of profile.education) {
    push(
      `education:${e.id}`,
      'Education',
      `${e.degree} ${range(e.start, e.end)}`.trim(),
      [
        [e.degree, e.field].filter(Boolean).join(' in '),
        e.institution,
        e.end === 'present' ? undefined : e.end?.slice(0, 4),
      ]
        .filter(Boolean)
        .join(', '),
    );
    if (e.thesisTitle) push(`thesis:${e.id}`, 'Education', 'Thesis title', e.thesisTitle);
  }
  for (const pub of profile.publications) {
    const tail = [pub.venue, pub.year].filter(Boolean).join(', ');
    push(`publication:${pub.id}`, 'Publication', pub.title, tail ? `${pub.title}. ${tail}.` : pub.title);
    if (pub.doi) push(`doi:${pub.id}`, 'Publication', `DOI of ${pub.title}`, pub.doi);
  }
  if (profile.interests.length > 0) push('interests', 'Interest', 'Research interests', profile.interests.join(', '));
  if (profile.keywords.length > 0) push('keywords', 'Interest', 'Keywords', profile.keywords.join(', '));
  for (const a of profile.awards) {
    push(`award:${a.id}`, 'Award', a.title, [a.title, a.awarder, a.date?.slice(0, 4)].filter(Boolean).join(', '));
  }
  for (const s of profile.service) {
    push(`service:${s.id}`, 'Service', `${s.role} ${s.venue}`, `${s.role.replace(/-/g, ' ')}, ${s.venue}`);
  }
  for (const g of profile.grants)
    push(`grant:${g.id}`, 'Grant', g.title, [g.title, g.funder].filter(Boolean).join(', '));
  for (const t of profile.teaching) {
    push(`teaching:${t.id}`, 'Teaching', t.title, [t.courseCode, t.title, t.term].filter(Boolean).join(', '));
  }
  for (const t of profile.talks) push(`talk:${t.id}`, 'Talk', t.title, [t.title, t.event].filter(Boolean).join(', '));
  return out;
}

/** Snippets whose label or text contain every word of the query (accents and case ignored), best first. */
export function searchSnippets(snippets: readonly Snippet[], query: string, limit = 30): Snippet[] {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored = snippets.flatMap((s, index) => {
    const label = fold(s.label);
    const hay = `${label} ${fold(s.group)} ${fold(s.text)}`;
    if (!words.every((w) => hay.includes(w))) return [];
    const score = words.reduce((n, w) => n + (label.includes(w) ? 2 : 0) + (label.startsWith(w) ? 1 : 0), 0);
    return [{ s, score, index }];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ s }) => s);
}
