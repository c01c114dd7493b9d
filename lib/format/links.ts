/**
 * Scholar ids and links as a URL or as the bare id, for the popup's quick copy and the context menu. The URLs and
 * names come from lib/values/scholar-ids.ts, the one place a person's ORCID, Scholar or DBLP page is linked.
 */
import type { Links } from '../profile/schema';
import { SCHOLAR_IDS, SCHOLAR_SERVICES, scholarLink } from '../values/scholar-ids';

export const LINK_KINDS = ['homepage', ...SCHOLAR_SERVICES] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_LABELS = Object.fromEntries([
  ['homepage', 'Homepage'],
  ...SCHOLAR_SERVICES.map((service) => [service, SCHOLAR_IDS[service].label]),
]) as Record<LinkKind, string>;

export interface LinkEntry {
  kind: LinkKind;
  label: string;
  id: string;
  url: string;
}

/** Every link the profile has, with its bare id and URL (for the homepage both are the URL). */
export function listLinks(links: Links): LinkEntry[] {
  return LINK_KINDS.flatMap((kind) => {
    const id = links[kind];
    if (!id) return [];
    const url = kind === 'homepage' ? id : (scholarLink(kind, id) ?? SCHOLAR_IDS[kind].url(id));
    return [{ kind, label: LINK_LABELS[kind], id, url }];
  });
}
