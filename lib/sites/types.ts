import type { Target } from '../engine/patterns';

/**
 * A site adapter, as data: where it applies (host names, page markers, or the page's own structure, because
 * HotCRP, Workday and Greenhouse run on many domains) and which of its fields mean what.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Host names (of the top page or the frame) it applies to. */
  hosts: RegExp[];
  /** Matched against page markers (generator meta, body classes, framework markers); never the title. */
  markers: RegExp[];
  /** Field keys (see `fieldKeys`) typical of the system; `minMatches` of them recognise a page on any host. */
  structure: RegExp[];
  minMatches: number;
  fields: AdapterField[];
  /** What the site does differently to a value (issue #17), as data: the planner reads it, never a site's name. */
  values?: SiteValues;
}

export interface SiteValues {
  /** Months back the site's conflict-of-interest list reaches (recent co-authors and collaborators). */
  conflictMonths?: number;
}

export interface AdapterField {
  /** Matched against each of the field's keys: its name, its id, `attr=value` of its data attributes. */
  key?: RegExp;
  /** Matched against aria-label / label text (normalised). */
  label?: RegExp;
  target: Target;
  /** Shown in the decision reason. */
  note?: string;
}
