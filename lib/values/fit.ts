/** Texts that fit a field: length limits and list separators. */

/** Cut at the last sentence end that fits, else the last word boundary; never mid-word. */
export function fitLength(text: string, maxLength: number | undefined): string {
  const t = text.trim();
  if (maxLength === undefined || maxLength <= 0 || t.length <= maxLength) return t;
  const head = t.slice(0, maxLength);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('。'),
  );
  if (sentenceEnd >= maxLength * 0.4) return head.slice(0, sentenceEnd + 1).trim();
  if (/[.!?。]$/.test(head) && t.length === maxLength) return head;
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : '').replace(/[,;:–-]+$/, '').trim();
}

/** Of several texts (bios), the longest that fits whole; else the shortest cut to fit. */
export function pickFitting(texts: readonly string[], maxLength: number | undefined): string | undefined {
  const usable = texts.map((t) => t.trim()).filter(Boolean);
  if (!usable.length) return undefined;
  if (maxLength === undefined || maxLength <= 0) return usable.reduce((a, b) => (b.length > a.length ? b : a));
  const fitting = usable.filter((t) => t.length <= maxLength);
  if (fitting.length) return fitting.reduce((a, b) => (b.length > a.length ? b : a));
  const shortest = usable.reduce((a, b) => (b.length < a.length ? b : a));
  return fitLength(shortest, maxLength) || undefined;
}

export type ListSeparator = ', ' | '; ' | '\n';

/** The separator the help text asks for: "one per line", "semicolon separated", else commas. */
export function listSeparatorFor(hint: string, control: string): ListSeparator {
  const h = hint.toLowerCase();
  if (
    /one per line|each on a (new|separate) line|per line|new line|line break|pro zeile|par ligne|por linea|每行/.test(h)
  )
    return '\n';
  if (/semicolon|semi-colon|;/.test(h)) return '; ';
  if (/comma|,|逗号/.test(h)) return ', ';
  return control === 'textarea' && /\blist\b/.test(h) ? '\n' : ', ';
}

/** Join items without exceeding maxlength: items that do not fit are dropped whole. */
export function joinList(items: readonly string[], separator: ListSeparator, maxLength?: number): string {
  const out: string[] = [];
  for (const item of items.map((i) => i.trim()).filter(Boolean)) {
    const next = [...out, item].join(separator);
    if (maxLength !== undefined && maxLength > 0 && next.length > maxLength) break;
    out.push(item);
  }
  return out.join(separator);
}
