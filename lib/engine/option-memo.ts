/**
 * What a field's option list says, worked out once per distinct list within one classifyPage call (issue #16): a
 * page repeats the same selects (countries, years, "Choice 1…12") across many fields, and reading a long list
 * (country names, career stages) costs far more than recognising it again.
 */
export class OptionMemo {
  private readonly known = new Map<string, unknown>();

  /** `work(texts)`, or what it gave for the same `what` and the same texts earlier on this page. */
  of<T>(what: string, texts: readonly string[], work: (texts: readonly string[]) => T): T {
    // JSON keeps every list apart, whatever characters its texts hold.
    const key = `${what}\u0001${JSON.stringify(texts)}`;
    if (this.known.has(key)) return this.known.get(key) as T;
    const value = work(texts);
    this.known.set(key, value);
    return value;
  }
}
