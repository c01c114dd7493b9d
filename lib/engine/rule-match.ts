/**
 * What the text rules (patterns.ts TEXT_RULES) say about one text, worked out once per distinct text within one
 * classifyPage call (issue #16): a page repeats its labels, placeholders and attribute words across many fields
 * ("Answer", "Email", `name="q…"`), and each text would otherwise meet every rule's regexes once per field.
 *
 * The verdicts are exactly those of testing the rule's own regexes: a rule is tested on a text the first time a
 * field asks, and one combined regex per kind of pattern first rules out texts that no rule of that kind matches.
 * Nothing here decides anything; textCandidates still weighs the verdicts as before.
 */
import { TEXT_RULES, type TextRule } from './patterns';

/** Not tested yet, tested and false, tested and true. */
const UNKNOWN = 0;
const NO = 1;
const YES = 2;

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

/** One text against every rule of one kind of pattern, each rule tested the first time it is asked about. */
export class TextVerdicts {
  /** Per rule index: UNKNOWN, NO or YES. */
  private readonly of: Int8Array;

  constructor(
    private readonly rules: readonly TextRule[],
    readonly text: string,
    /** False when the combined regex rules out every rule for this text. */
    private readonly any: boolean,
    private readonly test: (rule: TextRule, text: string) => boolean,
  ) {
    this.of = new Int8Array(any ? rules.length : 0);
  }

  /** Whether rule i (its index in the rule table) says yes to this text. */
  has(i: number): boolean {
    if (!this.any) return false;
    const seen = this.of[i];
    if (seen !== UNKNOWN) return seen === YES;
    const rule = this.rules[i];
    const yes = rule !== undefined && this.test(rule, this.text);
    this.of[i] = yes ? YES : NO;
    return yes;
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
      known = new TextVerdicts(this.rules, text, any ? any.test(text) : true, test);
      memo.set(text, known);
    }
    return known;
  }
}

function matchesUnlessVetoed(pattern: RegExp | undefined, not: RegExp | undefined, text: string): boolean {
  return pattern !== undefined && pattern.test(text) && !not?.test(text);
}
