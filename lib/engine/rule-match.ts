/**
 * What the text rules (patterns.ts TEXT_RULES) say about one text, worked out once per distinct text within one
 * classifyPage call (issue #16): a page repeats its labels, placeholders and attribute words across many fields
 * ("Answer", "Email", `name="q…"`), and each text would otherwise meet every rule's regexes once per field.
 *
 * The verdicts are exactly those of testing the rule's own regexes, after one combined regex per kind of pattern
 * rules out the texts that no rule of that kind matches.
 * Nothing here decides anything; textCandidates still weighs the verdicts as before.
 */
import { TEXT_RULES, type TextRule } from './patterns';

/**
 * One regex that matches wherever at least one of the given regexes matches. Exact for regexes without flags,
 * back-references or named groups (all of TEXT_RULES today); anything else gets no shortcut.
 */
export function anyOf(patterns: readonly (RegExp | undefined)[]): RegExp | undefined {
  const present = patterns.filter((p): p is RegExp => p !== undefined);
  if (!present.length) return undefined;
  if (present.some((p) => p.flags !== '' || /\\[1-9k]|\(\?<[^=!]/.test(p.source))) return undefined;
  return new RegExp(present.map((p) => `(?:${p.source})`).join('|'));
}

/** One text against every rule of one kind of pattern. */
export class TextVerdicts {
  /** Indices (in table order) of the rules that say yes to this text. */
  readonly hits: readonly number[];

  constructor(rules: readonly TextRule[], any: boolean, says: (rule: TextRule, text: string) => boolean, text: string) {
    const hits: number[] = [];
    // The combined regex rules out every rule at once for most texts; the others meet each rule's own regexes.
    if (any) rules.forEach((rule, i) => says(rule, text) && hits.push(i));
    this.hits = hits;
  }

  /** Whether rule i (its index in the rule table) says yes to this text. */
  has(i: number): boolean {
    return this.hits.includes(i);
  }
}

/** Rule's label pattern matches the (normalised) text and its `not` pattern does not. */
const labelSays = (rule: TextRule, text: string) => matchesUnlessVetoed(rule.label, rule.not, text);
/** Rule's attribute pattern matches the attribute words and its `not` pattern does not. */
const attrSays = (rule: TextRule, text: string) => matchesUnlessVetoed(rule.attr, rule.not, text);
/** Rule's `attrNot` pattern matches the attribute words. */
const attrVetoes = (rule: TextRule, text: string) => rule.attrNot?.test(text) === true;

/** Built once: compiling a combined regex costs more than testing many texts with it. */
const ANY_LABEL = anyOf(TEXT_RULES.map((r) => r.label));
const ANY_ATTR = anyOf(TEXT_RULES.map((r) => r.attr));
const ANY_ATTR_NOT = anyOf(TEXT_RULES.map((r) => r.attrNot));

/** The rule verdicts for the texts of one page. Make a new one per page: it holds that page's texts. */
export class RuleMatcher {
  private readonly labels = new Map<string, TextVerdicts>();
  private readonly attrs = new Map<string, TextVerdicts>();
  private readonly vetoes = new Map<string, TextVerdicts>();

  private readonly rules = TEXT_RULES;

  /** A label text (normalised) against each rule's `label` and `not`. */
  label(text: string): TextVerdicts {
    return this.verdicts(this.labels, ANY_LABEL, text, labelSays);
  }

  /** Attribute words against each rule's `attr` and `not`. */
  attr(text: string): TextVerdicts {
    return this.verdicts(this.attrs, ANY_ATTR, text, attrSays);
  }

  /** Attribute words against each rule's `attrNot`. */
  attrNot(text: string): TextVerdicts {
    return this.verdicts(this.vetoes, ANY_ATTR_NOT, text, attrVetoes);
  }

  private verdicts(
    memo: Map<string, TextVerdicts>,
    any: RegExp | undefined,
    text: string,
    test: (rule: TextRule, text: string) => boolean,
  ): TextVerdicts {
    let known = memo.get(text);
    if (!known) {
      known = new TextVerdicts(this.rules, any ? any.test(text) : true, test, text);
      memo.set(text, known);
    }
    return known;
  }
}

function matchesUnlessVetoed(pattern: RegExp | undefined, not: RegExp | undefined, text: string): boolean {
  return pattern !== undefined && pattern.test(text) && !not?.test(text);
}
