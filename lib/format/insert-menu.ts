/**
 * What the "Insert from Vitae" context menu offers and the text each entry inserts: the stored bios, a bio draft,
 * the publication list in the default style, and the ids and links. Pure; platform/context-menu-insert.ts turns it
 * into menu items and inserts the chosen text.
 */
import type { PublicationStyle } from './publication-style';
import type { Profile } from '../profile/schema';
import { draftBio } from './bio';
import { listLinks } from './links';
import { formatPublicationList } from './publications';
import { PUBLICATION_STYLE_LABELS } from './publications-select';

export interface InsertMenuItem {
  id: string;
  title: string;
  /** Parent item id; undefined for the submenus themselves. */
  parent?: string;
}

export const INSERT_ROOT = 'vitae-insert';

/** The submenus and their entries for this profile. */
export function insertMenuItems(profile: Profile, defaultStyle: PublicationStyle): InsertMenuItem[] {
  const items: InsertMenuItem[] = [];
  const bios = `${INSERT_ROOT}/bios`;
  items.push({ id: bios, title: 'Bio' });
  for (const bio of profile.bios) items.push({ id: `bio:${bio.id}`, title: bio.name, parent: bios });
  items.push({ id: 'bio-draft:100:third', title: 'Draft, 100 words (third person)', parent: bios });
  items.push({ id: 'bio-draft:100:first', title: 'Draft, 100 words (first person)', parent: bios });
  if (profile.publications.length > 0) {
    items.push({
      id: `publications:${defaultStyle}`,
      title: `Publication list (${PUBLICATION_STYLE_LABELS[defaultStyle]})`,
    });
  }
  const links = listLinks(profile.links);
  if (links.length > 0) {
    const ids = `${INSERT_ROOT}/ids`;
    items.push({ id: ids, title: 'Ids and links' });
    for (const link of links) {
      items.push({ id: `link:${link.kind}:url`, title: `${link.label} URL`, parent: ids });
      if (link.kind !== 'homepage') items.push({ id: `link:${link.kind}:id`, title: `${link.label} id`, parent: ids });
    }
  }
  return items;
}

/** True for the ids of entries that insert text (not the submenus, not other modules' items). */
export function isInsertItemId(id: string): boolean {
  return /^(bio|bio-draft|publications|link):/.test(id);
}

/** The text a menu entry inserts, or undefined when the entry no longer exists. */
export function insertText(profile: Profile, itemId: string): string | undefined {
  const [kind, a, b] = itemId.split(':');
  switch (kind) {
    case 'bio':
      return profile.bios.find((bio) => bio.id === itemId.slice('bio:'.length))?.text;
    case 'bio-draft':
      return draftBio(profile, { words: Number(a) || 100, person: b === 'first' ? 'first' : 'third' });
    case 'publications': {
      const style = a as PublicationStyle;
      if (!(style in PUBLICATION_STYLE_LABELS)) return undefined;
      return formatPublicationList(profile, style).text;
    }
    case 'link': {
      const link = listLinks(profile.links).find((l) => l.kind === a);
      if (!link) return undefined;
      return b === 'id' ? link.id : link.url;
    }
    default:
      return undefined;
  }
}
