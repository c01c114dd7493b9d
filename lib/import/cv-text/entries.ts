/**
 * Grouping a section's lines into entries. CVs start an entry with its dates ("Jan. 2025 - Apr. 2025 Intern, …"),
 * end its first line with them ("Tsinghua University … M.S. …<tab>2018-2021"), or put them on the entry's second line
 * after the institution; descriptions follow, sometimes after blank lines. So: blank-line blocks without dates
 * continue the previous entry, and inside a block each dated line starts an entry (lines before the first dated line
 * belong to it).
 */
import { findDateRange, removeRange, type FoundRange } from '../dates';

export interface Entry {
  /** The dated line (without its dates), or the first line when nothing is dated. */
  header: string;
  range?: FoundRange;
  /** Lines before the header in the same block (an institution line above its degree line). */
  before: string[];
  /** Lines after the header, blank lines kept as '' to separate paragraphs. */
  body: string[];
}

const BULLET = /^\s*(?:[-*•▪◦●‣–]|\d{1,2}[.)])\s+/;

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

export function isBulleted(line: string): boolean {
  return BULLET.test(line);
}

/** A date range at the edge of a line, the way CVs date entries. */
export function entryDate(line: string): FoundRange | undefined {
  const text = stripBullet(line);
  const range = findDateRange(text);
  if (!range) return undefined;
  const before = text.slice(0, range.index);
  const after = text.slice(range.index + range.length).trim();
  const atStart = before.trim() === '' || /^\W*$/.test(before);
  // At the end: after a tab, a run of spaces, a comma or bar, or when it is a real range ("2019 – 2021").
  const atEnd =
    (/^[).\s]*$/.test(after) || /^[.;,]\s+(advis|supervis|thesis|dissertation|mentor|gpa|grade)/i.test(after)) &&
    (/(\t|\s{2,}|[,|(–—-]\s*)$/.test(before) ||
      range.end !== undefined ||
      /[A-Za-z]\.?\s*\d{4}$/.test(text.slice(range.index, range.index + range.length)));
  return atStart || atEnd ? range : undefined;
}

function blocks(lines: string[]): string[][] {
  const out: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (block.length) out.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length) out.push(block);
  return out;
}

/** Group section lines into dated entries; undated leading lines come back as `intro`. */
export function groupDatedEntries(lines: string[]): { entries: Entry[]; intro: string[] } {
  const entries: Entry[] = [];
  const intro: string[] = [];
  for (const block of blocks(lines)) {
    const dated = block.map((line) => entryDate(line));
    const last = entries[entries.length - 1];
    if (!dated.some(Boolean)) {
      if (last) last.body.push('', ...block.map((l) => l.trim()));
      else intro.push(...block);
      continue;
    }
    // Entries that open with their dated line own the undated lines after it; otherwise (an institution line above
    // the dated degree line) undated lines open the next entry.
    const datesLead = dated[0] !== undefined;
    let pending: string[] = [];
    let inBlock: Entry | undefined;
    block.forEach((line, i) => {
      const range = dated[i];
      if (!range) {
        pending.push(line.trim());
        return;
      }
      if (pending.length) {
        if (datesLead && inBlock) inBlock.body.push(...pending);
        else if (!inBlock && last && datesLead) last.body.push(...pending);
        else if (!datesLead || !inBlock) {
          inBlock = {
            header: removeRange(stripBullet(line), range),
            range,
            before: pending.map(stripBullet),
            body: [],
          };
          entries.push(inBlock);
          pending = [];
          return;
        }
        pending = [];
      }
      inBlock = { header: removeRange(stripBullet(line), range), range, before: [], body: [] };
      entries.push(inBlock);
    });
    if (pending.length && inBlock) inBlock.body.push(...pending);
  }
  return { entries, intro };
}

/** Entries of an undated list: bullets, else blank-line blocks, else one entry per line. */
export function groupListEntries(lines: string[]): string[] {
  const nonEmpty = lines.filter((l) => l.trim());
  if (nonEmpty.some(isBulleted)) {
    const out: string[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      if (isBulleted(line) || out.length === 0) out.push(stripBullet(line));
      else out[out.length - 1] += ' ' + line.trim();
    }
    return out;
  }
  const bs = blocks(lines);
  if (bs.length > 1 && bs.some((b) => b.length > 1) && bs.every((b) => b.length <= 4))
    return bs.map((b) => b.map((l) => l.trim()).join(' '));
  return nonEmpty.map((l) => l.trim());
}

/** Paragraphs of a body: lines joined with spaces, paragraphs separated by a blank line. */
export function paragraphs(lines: string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (!line.trim()) {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join(' '));
  return out.join('\n\n');
}
