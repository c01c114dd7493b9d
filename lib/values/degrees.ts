/**
 * Degree names normalised to a level, so that "Ph.D.", "PhD", "Doctor of Philosophy (Ph.D.)" and "Doktor" match.
 */
import { compactText } from './normalise';

export type DegreeLevel = 'doctorate' | 'masters' | 'bachelors' | 'associate' | 'highschool' | 'professional';

const LEVEL_PATTERNS: [DegreeLevel, RegExp][] = [
  ['professional', /\b(m ?d|j ?d|d ?d ?s|pharm ?d|doctor of medicine|juris doctor)\b/],
  [
    'doctorate',
    /\b(ph ?d|d ?phil|dr ?rer ?nat|dr ?ing|sc ?d|ed ?d|doctor(ate|al)?|doktor|doctorat|doctorado|dphil)\b|博士/,
  ],
  ['masters', /\b(m ?s ?c?|m ?a|m ?eng|m ?phil|mba|m ?res|master'?s?|magister|maitrise|maestria|diplom)\b|硕士|碩士/],
  ['bachelors', /\b(b ?s ?c?|b ?a|b ?eng|b ?tech|bachelor'?s?|licence|licenciatura|undergraduate)\b|学士|本科/],
  ['associate', /\bassociate'?s?\b/],
  ['highschool', /\b(high school|secondary|ged|abitur|baccalaureat)\b|高中/],
];

/** Compact form without dots: "Ph.D." → "ph d" → matched as doctorate. */
export function degreeLevel(text: string): DegreeLevel | undefined {
  const t = compactText(text.replace(/\./g, ' ').replace(/’/g, "'"));
  if (!t) return undefined;
  for (const [level, re] of LEVEL_PATTERNS) if (re.test(t)) return level;
  return undefined;
}

/** "Ph.D." and "PhD" and "Doctor of Philosophy (Ph.D.)" are the same degree. */
export function sameDegree(a: string, b: string): boolean {
  const la = degreeLevel(a);
  return la !== undefined && la === degreeLevel(b);
}

const RANK: Record<DegreeLevel, number> = {
  highschool: 0,
  associate: 1,
  bachelors: 2,
  masters: 3,
  professional: 4,
  doctorate: 5,
};
export function degreeRank(text: string): number {
  const level = degreeLevel(text);
  return level === undefined ? -1 : RANK[level];
}
