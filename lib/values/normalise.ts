/**
 * Text normalisation shared by the classifier and the value formatters: lower case, Latin diacritics folded
 * ("Prénom" → "prenom"), punctuation to spaces, runs of space collapsed. CJK text is left as it is.
 */
const ASCII = /^[\x00-\x7f]*$/;

export function foldDiacritics(text: string): string {
  // Plain ASCII has nothing to fold: skip the two Unicode normalisations, by far the costliest step here.
  if (ASCII.test(text)) return text;
  // Only the combining marks used by Latin scripts (U+0300–U+036F); Japanese (han)dakuten are U+3099/U+309A.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/**
 * Normalised texts by input. A page repeats the same headings, legends and option texts across hundreds of
 * fields, and the classifier asks for each many times; the cache is bounded and simply dropped when full.
 */
const normalised = new Map<string, string>();
const NORMALISED_CAP = 20_000;

export function normaliseText(text: string): string {
  if (text.length > 300) return normaliseUncached(text);
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const value = normaliseUncached(text);
  if (normalised.size >= NORMALISED_CAP) normalised.clear();
  normalised.set(text, value);
  return value;
}

function normaliseUncached(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/(\w)['’](\w)/g, '$1$2')
    .replace(/[*†:：()（）[\]{}"'`“”‘’_|]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/**
 * Identifier-like attribute text as words: `job_application[first_name]` → "job application first name",
 * `name--legalName--firstName` → "name legal name first name", `uEmail` → "u email".
 */
export function attributeWords(attr: string): string {
  return foldDiacritics(attr)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9\u3000-\u9fff\uac00-\ud7af]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** Normalised form for comparing option labels and values ("Ph.D." vs "phd" stays different here). */
export function compactText(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
