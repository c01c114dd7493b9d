/** A rule the person taught Vitae for one site's field ("Remember for this site", issue #7). */
export interface SiteRule {
  id: string;
  /** The top page's origin the rule applies to. */
  origin: string;
  /** Stable description of the field (see lib/engine/signature.ts). */
  signature: string;
  /** A field kind, or 'ignore' to leave the field alone. */
  target: string;
  createdAt: string;
  /** A readable label of the field, for the options page. */
  label?: string;
}
