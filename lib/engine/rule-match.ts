/**
 * What the text rules (patterns.ts TEXT_RULES) say about one text, worked out once per distinct text within one
 * classifyPage call (issue #16): a page repeats its labels, placeholders and attribute words across many fields
 * ("Answer", "Email", `name="q…"`), and each text would otherwise meet every rule's regexes once per field.
 *
 * The verdicts are exactly those of testing the rule's own regexes, after a combined regex per group of rules
 * rules out the groups none of whose rules match the text.
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

/**
 * Consecutive rules in groups, each with one combined regex over the group's patterns of one kind: a text meets a
 * rule's own regexes only when its group's combined regex matches. Small groups keep the combined regexes quick
 * and the rules a text must still meet few.
 */
interface RuleGroup {
  /** Rule indices (in table order) that have a pattern of this kind. */
  members: readonly number[];
  /** Undefined when the patterns cannot be combined exactly: then every member is tested. */
  any: RegExp | undefined;
}

const GROUP_SIZE = 12;

function groupsOf(rules: readonly TextRule[], pattern: (rule: TextRule) => RegExp | undefined): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (let start = 0; start < rules.length; start += GROUP_SIZE) {
    const members: number[] = [];
    for (let i = start; i < Math.min(start + GROUP_SIZE, rules.length); i++) {
      const rule = rules[i];
      if (rule && pattern(rule)) members.push(i);
    }
    if (members.length) groups.push({ members, any: anyOf(members.map((i) => rules[i] && pattern(rules[i]))) });
  }
  return groups;
}

/** One text against every rule of one kind of pattern. */
export class TextVerdicts {
  /** Indices (in table order) of the rules that say yes to this text. */
  readonly hits: readonly number[];

  constructor(
    rules: readonly TextRule[],
    groups: readonly RuleGroup[],
    says: (rule: TextRule, text: string) => boolean,
    text: string,
  ) {
    const hits: number[] = [];
    for (const group of groups) {
      if (group.any && !group.any.test(text)) continue;
      for (const i of group.members) {
        const rule = rules[i];
        if (rule && says(rule, text)) hits.push(i);
      }
    }
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
const LABEL_GROUPS = groupsOf(TEXT_RULES, (r) => r.label);
const ATTR_GROUPS = groupsOf(TEXT_RULES, (r) => r.attr);
const ATTR_NOT_GROUPS = groupsOf(TEXT_RULES, (r) => r.attrNot);

/** The rule verdicts for the texts of one page. Make a new one per page: it holds that page's texts. */
export class RuleMatcher {
  private readonly labels = new Map<string, TextVerdicts>();
  private readonly attrs = new Map<string, TextVerdicts>();
  private readonly vetoes = new Map<string, TextVerdicts>();

  private readonly rules = TEXT_RULES;

  /** A label text (normalised) against each rule's `label` and `not`. */
  label(text: string): TextVerdicts {
    return this.verdicts(this.labels, LABEL_GROUPS, text, labelSays);
  }

  /** Attribute words against each rule's `attr` and `not`. */
  attr(text: string): TextVerdicts {
    return this.verdicts(this.attrs, ATTR_GROUPS, text, attrSays);
  }

  /** Attribute words against each rule's `attrNot`. */
  attrNot(text: string): TextVerdicts {
    return this.verdicts(this.vetoes, ATTR_NOT_GROUPS, text, attrVetoes);
  }

  private verdicts(
    memo: Map<string, TextVerdicts>,
    groups: readonly RuleGroup[],
    text: string,
    test: (rule: TextRule, text: string) => boolean,
  ): TextVerdicts {
    let known = memo.get(text);
    if (!known) {
      known = new TextVerdicts(this.rules, groups, test, text);
      memo.set(text, known);
    }
    return known;
  }
}

function matchesUnlessVetoed(pattern: RegExp | undefined, not: RegExp | undefined, text: string): boolean {
  return pattern !== undefined && pattern.test(text) && !not?.test(text);
}
