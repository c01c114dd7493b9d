/** "Never fill" sites: a host, a `*.` wildcard or a URL matches the host and its subdomains, nothing that merely ends alike. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/^\*\./, '');
  if (!p) return false;
  let patternHost = p;
  try {
    if (p.includes('://')) patternHost = new URL(p).hostname;
  } catch {
    return false;
  }
  return host === patternHost || host.endsWith(`.${patternHost}`);
}
