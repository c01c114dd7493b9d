import { PROFILE_SCHEMA_VERSION, type Profile } from './schema';

let counter = 0;
/** A short unique id for profile rows. Not a secret: only needs to be unique within one install. */
export function newId(prefix = ''): string {
  counter = (counter + 1) % 1_296;
  const time = Date.now().toString(36);
  const rand = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}${time}${counter.toString(36).padStart(2, '0')}${rand}`;
}

/** A profile with every list empty, as a fresh install starts with. */
export function emptyProfile(id = newId('p'), label = 'My profile', now = new Date().toISOString()): Profile {
  return {
    id,
    schemaVersion: PROFILE_SCHEMA_VERSION,
    label,
    name: {},
    emails: [],
    phones: [],
    address: { lines: [] },
    links: { other: [] },
    positions: [],
    education: [],
    experience: [],
    publications: [],
    interests: [],
    keywords: [],
    service: [],
    teaching: [],
    awards: [],
    talks: [],
    grants: [],
    skills: [],
    languages: [],
    referees: [],
    relations: [],
    bios: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The primary email, else the first academic one, else the first. */
export function primaryEmail(profile: Profile): string | undefined {
  const emails = profile.emails;
  return (emails.find((e) => e.primary) ?? emails.find((e) => e.kind === 'academic') ?? emails[0])?.address;
}

/** The current position: open-ended ones first, then the latest start. */
export function currentPosition(profile: Profile): Profile['positions'][number] | undefined {
  const sorted = [...profile.positions].sort((a, b) => {
    const aOpen = a.end === undefined || a.end === 'present' ? 1 : 0;
    const bOpen = b.end === undefined || b.end === 'present' ? 1 : 0;
    if (aOpen !== bOpen) return bOpen - aOpen;
    return (b.start ?? '').localeCompare(a.start ?? '');
  });
  return sorted[0];
}

/** A display name: full, else given + family, else preferred. */
export function displayName(profile: Profile): string {
  const n = profile.name;
  return (
    n.full?.trim() ||
    [n.given, n.middle, n.family].filter((part) => part && part.trim()).join(' ') ||
    n.preferred?.trim() ||
    ''
  );
}
