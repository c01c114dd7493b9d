/**
 * The default bio (Settings.defaultBioId) in use (issues #15, #17): it comes first in the popup, and it is the bio
 * a fill writes into "bio" fields. A form's short-bio field may still take a bio named short ("Short bio"), which
 * the person wrote for that purpose; every other bio stands aside for the fill.
 */
import type { Bio } from '../profile/schema';

const SHORT_NAME = /short|brief|kurz|court/i;

/** The bios with the default first (as stored when there is no default or it was deleted). */
export function biosDefaultFirst<T extends Pick<Bio, 'id'>>(bios: readonly T[], defaultBioId: string | undefined): T[] {
  const chosen = defaultBioId ? bios.find((b) => b.id === defaultBioId) : undefined;
  return chosen ? [chosen, ...bios.filter((b) => b !== chosen)] : [...bios];
}

/** The profile a fill plans with: the default bio and the bios named short, the default first. */
export function withDefaultBio<P extends { bios: Bio[] }>(profile: P, defaultBioId: string | undefined): P {
  const chosen = defaultBioId ? profile.bios.find((b) => b.id === defaultBioId) : undefined;
  if (!chosen) return profile;
  return { ...profile, bios: [chosen, ...profile.bios.filter((b) => b !== chosen && SHORT_NAME.test(b.name))] };
}
