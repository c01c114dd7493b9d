/** Every site adapter, one data file per site. */
import type { PageDescription } from '../engine/types';
import { fieldKeys } from '../engine/field-text';
import { hostOf } from '../engine/signature';
import type { SiteAdapter } from './types';
import { openreview } from './openreview';
import { hotcrp } from './hotcrp';
import { easychair } from './easychair';
import { cmt } from './cmt';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { workday } from './workday';
import { ashby } from './ashby';
import { academicjobsonline } from './academicjobsonline';
import { interfolio } from './interfolio';

export type { SiteAdapter, AdapterField, SiteValues } from './types';
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  openreview,
  hotcrp,
  easychair,
  cmt,
  greenhouse,
  lever,
  workday,
  ashby,
  academicjobsonline,
  interfolio,
];

/** The adapters that apply: by host, by page markers, or by the page's own structure. */
export function recogniseSites(page: PageDescription): SiteAdapter[] {
  const hosts = [hostOf(page.topUrl), hostOf(page.url)].filter(Boolean);
  // Markers only (generator meta, body classes, framework markers): a title like "Clever Robotics" is no sign of Lever.
  const markerText = page.markers.join(' ');
  const keys = page.fields.flatMap(fieldKeys);
  return SITE_ADAPTERS.filter((adapter) => {
    if (hosts.some((h) => adapter.hosts.some((re) => re.test(h)))) return true;
    if (adapter.markers.some((re) => re.test(markerText))) return true;
    const hits = adapter.structure.filter((re) => keys.some((k) => re.test(k))).length;
    return hits >= adapter.minMatches;
  });
}

/** Months back a conflict-of-interest list reaches where no adapter says otherwise: the usual two years. */
export const USUAL_CONFLICT_MONTHS = 24;

/** The conflict window of the site the page belongs to (lib/sites adapters declare it), else the usual one. */
export function conflictMonthsOn(page: PageDescription): number {
  for (const adapter of recogniseSites(page)) {
    if (adapter.values?.conflictMonths !== undefined) return adapter.values.conflictMonths;
  }
  return USUAL_CONFLICT_MONTHS;
}
