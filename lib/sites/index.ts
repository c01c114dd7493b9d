/** Every site adapter, one data file per site. */
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

export type { SiteAdapter, AdapterField } from './types';
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
