/**
 * People's names as they appear on publications and in relations: split into given/family, compared loosely
 * (accents, case, "Family, Given" vs "Given Family"), and matched against the profile's owner.
 */
import type { Author, Name } from '../profile/schema';
import { splitName as splitNameParts } from '../values/names';

export interface SplitName {
  given: string;
  family: string;
}

/** Split "Lin, Wei", "Wei Lin", "Prof. Ludwig van der Berg" into given (with middle names) and family. */
export function splitName(raw: string): SplitName {
  const parts = splitNameParts(raw);
  return { given: [parts.given, parts.middle].filter(Boolean).join(' '), family: parts.family || parts.given };
}

/** Given and family of an author, from the explicit fields when present. */
export function authorParts(author: Author): SplitName {
  if (author.family) return { family: author.family, given: author.given ?? '' };
  return splitName(author.name);
}

/** Lower case, no accents, no punctuation: for comparing names written differently. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key under which the same person written two ways ("Lin, Wei", "Wei Lin", "W. Lin") collides. */
export function personKey(name: SplitName | string): string {
  const parts = typeof name === 'string' ? splitName(name) : name;
  const family = foldName(parts.family);
  const initial = foldName(parts.given).charAt(0);
  return `${family}|${initial}`;
}

/** "Given Family" for display. */
export function displayName(name: SplitName): string {
  return [name.given, name.family].filter(Boolean).join(' ');
}

/** "Family, Given" as NSF and many forms want. */
export function invertedName(name: SplitName): string {
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** The owner's given and family names, from the structured name or the full one. */
export function ownerParts(name: Name): SplitName | undefined {
  if (name.family) return { given: [name.given, name.middle].filter(Boolean).join(' '), family: name.family };
  const full = name.full ?? name.preferred;
  return full ? splitName(full) : undefined;
}

/** True when this author is the profile's owner: flagged `self`, or the same family name and initial. */
export function isOwner(author: Author, owner: SplitName | undefined): boolean {
  if (author.self) return true;
  if (!owner) return false;
  return personKey(authorParts(author)) === personKey(owner);
}
