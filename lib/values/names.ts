/**
 * Personal names: splitting a written name into parts and joining parts for a form, without losing diacritics,
 * particles (van, de, von, da…) or hyphenated and multi-part family names, and with CJK family-first order.
 */
import type { Name } from '../profile/schema';

/** Lower-case particles that belong to the family name ("Ludwig van Beethoven" → family "van Beethoven"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'bin',
  'binti',
  'al',
  'el',
  'y',
]);

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** True when the text is written in a CJK script (family name first, no spaces). */
export function isCjkName(text: string): boolean {
  return CJK.test(text);
}

/** Common two-character Chinese family names (compound surnames); everything else takes the first character. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
  '夏侯',
  '司徒',
]);

/** Titles written before a name: "Prof.", "Dr", "Assoc. Prof.", "Professor", "Mr." … (several may stack). */
const HONORIFICS =
  /^(?:(?:(?:assoc(?:iate)?|asst|assistant|emer(?:itus)?)\.?\s+)?(?:prof(?:essor)?|dr|mr|mrs|ms|mx|miss|sir|dame)\.?\s+)+/i;

/** Split a leading title off a written name: "Prof. Hong Xu" → { honorific: 'Prof.', name: 'Hong Xu' }. */
export function withoutHonorific(text: string): { honorific: string; name: string } {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const m = HONORIFICS.exec(trimmed);
  if (!m || m[0].length >= trimmed.length) return { honorific: '', name: trimmed };
  return { honorific: m[0].trim(), name: trimmed.slice(m[0].length) };
}

export interface NameParts {
  given: string;
  middle: string;
  family: string;
}

/**
 * Split a full name. Handles "Family, Given", particles, CJK order, and keeps hyphenated names whole.
 * Middle names are the words between the first given name and the family name.
 */
export function splitName(full: string): NameParts {
  const text = withoutHonorific(full).name;
  if (!text) return { given: '', middle: '', family: '' };
  if (isCjkName(text) && !text.includes(' ')) {
    const two = text.slice(0, 2);
    const familyLength = COMPOUND_SURNAMES.has(two) && text.length > 2 ? 2 : 1;
    return { family: text.slice(0, familyLength), given: text.slice(familyLength), middle: '' };
  }
  const comma = text.indexOf(',');
  if (comma > 0) {
    const family = text.slice(0, comma).trim();
    const rest = text
      .slice(comma + 1)
      .trim()
      .split(' ');
    return { family, given: rest[0] ?? '', middle: rest.slice(1).join(' ') };
  }
  const words = text.split(' ');
  if (words.length === 1) return { given: words[0] ?? '', middle: '', family: '' };
  // The family name starts at the first particle after the first word, else it is the last word.
  let familyStart = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has((words[i] ?? '').toLowerCase())) {
      familyStart = i;
      break;
    }
  }
  return {
    given: words[0] ?? '',
    middle: words.slice(1, familyStart).join(' '),
    family: words.slice(familyStart).join(' '),
  };
}

/** Join name parts in the order the script uses: "Given Middle Family", or "FamilyGiven" for CJK. */
export function joinName(parts: { given?: string; middle?: string; family?: string }): string {
  const given = parts.given?.trim() ?? '';
  const middle = parts.middle?.trim() ?? '';
  const family = parts.family?.trim() ?? '';
  if (isCjkName(family + given) && !/[a-z]/i.test(family + given)) return `${family}${given}`;
  return [given, middle, family].filter(Boolean).join(' ');
}

/** The profile's name parts, filling gaps from whichever of full / parts is present. */
export function resolveName(name: Name): { full: string; given: string; middle: string; family: string } {
  const given = name.given?.trim() ?? '';
  const middle = name.middle?.trim() ?? '';
  const family = name.family?.trim() ?? '';
  const full = name.full?.trim() ?? '';
  if (given || family) {
    return { full: full || joinName({ given, middle, family }), given, middle, family };
  }
  if (full) return { full, ...splitName(full) };
  return { full: '', given: '', middle: '', family: '' };
}

/** "Q." for a middle-initial field. */
export function initialOf(part: string): string {
  const first = Array.from(part.trim())[0];
  return first ? `${first.toUpperCase()}.` : '';
}
