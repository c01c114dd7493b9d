import { describe, expect, it } from 'vitest';
import { hostMatches } from '../../../platform/fill';

describe('never-fill sites', () => {
  it('match the host and its subdomains, written as a host, a wildcard or a URL', () => {
    expect(hostMatches('openreview.net', 'openreview.net')).toBe(true);
    expect(hostMatches('api.openreview.net', 'openreview.net')).toBe(true);
    expect(hostMatches('api.openreview.net', '*.openreview.net')).toBe(true);
    expect(hostMatches('openreview.net', 'https://openreview.net/group?id=x')).toBe(true);
  });

  it('do not match look-alikes or empty entries', () => {
    expect(hostMatches('notopenreview.net', 'openreview.net')).toBe(false);
    expect(hostMatches('openreview.net.evil.example', 'openreview.net')).toBe(false);
    expect(hostMatches('openreview.net', '')).toBe(false);
  });
});
