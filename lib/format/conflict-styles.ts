/**
 * The conflict-of-interest list styles and their labels, apart from the lists themselves (conflicts.ts) so that
 * the popup's store and menus name them without loading the public-suffix list.
 */
export const CONFLICT_STYLES = ['hotcrp', 'cmt-domains', 'nsf-coa-csv'] as const;
export type ConflictStyle = (typeof CONFLICT_STYLES)[number];

export const CONFLICT_STYLE_LABELS: Record<ConflictStyle, string> = {
  hotcrp: 'HotCRP',
  'cmt-domains': 'CMT domains',
  'nsf-coa-csv': 'NSF COA (CSV)',
};

/** Months counted back from today when the caller does not say: 24 for HotCRP and CMT, 48 for NSF COA. */
export const DEFAULT_CONFLICT_MONTHS: Record<ConflictStyle, number> = {
  hotcrp: 24,
  'cmt-domains': 24,
  'nsf-coa-csv': 48,
};
