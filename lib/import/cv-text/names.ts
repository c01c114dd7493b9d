/** People's names as CVs print them, and whether a printed name is the CV owner's. */
import { normaliseTitle } from '../clean';

const HONORIFIC = /^(?:prof(?:essor)?\.?|dr\.?|mr\.?|ms\.?|mrs\.?|assoc\.?\s+prof\.?|asst\.?\s+prof\.?)\s+/i;

/** "Prof. Hong Xu" → "Hong Xu"; "Dr. Hui-Ling Zhen (HKBU)" keeps the note out: "Hui-Ling Zhen". */
export function bareName(name: string): string {
  let n = name.trim().replace(/\s*\([^)]*\)\s*$/, '');
  for (let i = 0; i < 3 && HONORIFIC.test(n); i++) n = n.replace(HONORIFIC, '');
  return n.replace(/[.,;]+$/, '').trim();
}

/** Split a list of people: "A, B, and C", "A and B", "A; B", "A & B". */
export function splitPeople(text: string): string[] {
  return text
    .split(/\s*(?:;|,\s*and\s+|,\s*&\s*|\s+and\s+|\s+&\s+|,)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export interface OwnName {
  given: string;
  family: string;
}

function letters(s: string): string {
  return normaliseTitle(s);
}

/** True when `printed` is the owner: "Qingyu Song", "Q. Song", "Song, Qingyu", "Song Q.", "QY Song". */
export function isOwnName(printed: string, own: OwnName | undefined): boolean {
  if (!own || !own.family) return false;
  const p = printed.replace(/[*†‡✉§¶#]+/g, '').trim();
  const family = letters(own.family);
  const given = letters(own.given);
  const tokens = p.includes(',')
    ? [p.split(',').slice(1).join(' '), p.split(',')[0] ?? '']
    : [p.split(/\s+/).slice(0, -1).join(' '), p.split(/\s+/).slice(-1)[0] ?? ''];
  const [g, f] = tokens.map((t) => letters(t)) as [string, string];
  const initials = own.given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => letters(w)[0] ?? '')
    .join('');
  if (f === family && (g === given || g === initials || (g.length > 0 && g.length <= 2 && given.startsWith(g))))
    return true;
  // Family name first ("Song Qingyu").
  if (f === given && g === family) return true;
  return false;
}
