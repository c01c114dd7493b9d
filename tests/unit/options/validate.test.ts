import { describe, expect, it } from 'vitest';
import {
  arxivLink,
  doiLink,
  normaliseOrcid,
  requireText,
  safeLink,
  validateArxiv,
  validateBareId,
  validateCountryCode,
  validateDateRange,
  validateDoi,
  validateEmail,
  validateEndDate,
  validateHost,
  validateMonth,
  validateOrcid,
  validateOrigin,
  validatePartialDate,
  validatePhone,
  validateUrl,
  validateYear,
} from '../../../lib/profile/validate';
import { orcidCheckDigit } from '../../../lib/values/scholar-ids';

describe('ORCID iDs', () => {
  it('accepts iDs whose last character matches the checksum, bare or as a URL', () => {
    expect(validateOrcid('0000-0002-1825-0097')).toBeUndefined();
    expect(validateOrcid('0000-0002-1694-233X')).toBeUndefined();
    expect(validateOrcid('https://orcid.org/0000-0002-1825-0097')).toBeUndefined();
    expect(normaliseOrcid('https://orcid.org/0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
  });
  it('rejects a one-digit typo through the checksum', () => {
    expect(validateOrcid('0000-0002-1825-0098')).toMatch(/checksum/);
    expect(validateOrcid('0000-0002-1825-0079')).toMatch(/checksum/);
  });
  it('rejects the wrong shape and leaves blanks alone', () => {
    expect(validateOrcid('0000-0002-1825')).toMatch(/looks like/);
    expect(validateOrcid('')).toBeUndefined();
    expect(validateOrcid(undefined)).toBeUndefined();
  });
  it('computes the ISO 7064 check character', () => {
    expect(orcidCheckDigit('000000021825009')).toBe('7');
    expect(orcidCheckDigit('000000021694233')).toBe('X');
  });
});

describe('emails, web addresses, hosts and origins', () => {
  it('accepts ordinary addresses and rejects malformed ones', () => {
    expect(validateEmail('ada.lovelace@uni.example.edu')).toBeUndefined();
    expect(validateEmail('ada@localhost')).toBeDefined();
    expect(validateEmail('ada lovelace@example.org')).toBeDefined();
    expect(validateEmail('@example.org')).toBeDefined();
  });
  it('accepts http(s) URLs with a domain only', () => {
    expect(validateUrl('https://ada.example.org/~ada')).toBeUndefined();
    expect(validateUrl('http://example.org')).toBeUndefined();
    expect(validateUrl('javascript:alert(1)')).toMatch(/http/);
    expect(validateUrl('ftp://example.org')).toMatch(/http/);
    expect(validateUrl('example.org')).toMatch(/https/);
    expect(validateUrl('https://intranet')).toMatch(/domain/);
  });
  it('only turns safe addresses into links', () => {
    expect(safeLink('https://example.org')).toBe('https://example.org');
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('data:text/html,hi')).toBeUndefined();
  });
  it('validates hosts and origins for settings', () => {
    expect(validateHost('apply.example.org')).toBeUndefined();
    expect(validateHost('*.example.org')).toBeUndefined();
    expect(validateHost('https://apply.example.org/x')).toBeDefined();
    expect(validateOrigin('https://jobs.example.org')).toBeUndefined();
    expect(validateOrigin('https://jobs.example.org/path')).toBeDefined();
    expect(validateOrigin('jobs.example.org')).toBeDefined();
  });
});

describe('dates and years', () => {
  it('accepts partial dates and refuses other shapes', () => {
    expect(validatePartialDate('2021')).toBeUndefined();
    expect(validatePartialDate('2021-09')).toBeUndefined();
    expect(validatePartialDate('2021-09-30')).toBeUndefined();
    expect(validatePartialDate('2021-13')).toBeDefined();
    expect(validatePartialDate('Sept 2021')).toBeDefined();
    expect(validateEndDate('present')).toBeUndefined();
    expect(validateEndDate('ongoing')).toBeDefined();
  });
  it('refuses ranges that end before they start, comparing at the shared precision', () => {
    expect(validateDateRange('2019-09', '2018')).toMatch(/before/);
    expect(validateDateRange('2019-09', '2019-08-31')).toMatch(/before/);
    expect(validateDateRange('2019-09', '2019')).toBeUndefined();
    expect(validateDateRange('2019', 'present')).toBeUndefined();
    expect(validateDateRange(undefined, '2010')).toBeUndefined();
  });
  it('checks years and months', () => {
    expect(validateYear('2024')).toBeUndefined();
    expect(validateYear('24')).toBeDefined();
    expect(validateYear('1850')).toBeDefined();
    expect(validateYear('1850', 1000)).toBeUndefined();
    expect(validateMonth('12')).toBeUndefined();
    expect(validateMonth('13')).toBeDefined();
  });
});

describe('identifiers and other fields', () => {
  it('links DOIs and arXiv ids over https only', () => {
    expect(validateDoi('10.1145/3368089.3409731')).toBeUndefined();
    expect(validateDoi('https://doi.org/10.1145/3368089.3409731')).toBeUndefined();
    expect(validateDoi('1145/3368089')).toBeDefined();
    expect(doiLink('doi:10.1000/xyz123')).toBe('https://doi.org/10.1000/xyz123');
    expect(doiLink('javascript:alert(1)')).toBeUndefined();
    expect(validateArxiv('2301.01234v2')).toBeUndefined();
    expect(validateArxiv('hep-th/9901001')).toBeUndefined();
    expect(validateArxiv('arxiv twenty')).toBeDefined();
    expect(arxivLink('https://arxiv.org/abs/2301.01234')).toBe('https://arxiv.org/abs/2301.01234');
  });
  it('requires required fields and checks country codes and phones', () => {
    expect(requireText('  ', 'Title')).toBe('Title is required.');
    expect(requireText('Lecturer')).toBeUndefined();
    expect(validateCountryCode('GB')).toBeUndefined();
    expect(validateCountryCode('gbr')).toBeDefined();
    expect(validatePhone('+44 20 7946 0958')).toBeUndefined();
    expect(validatePhone('call me')).toBeDefined();
    expect(validatePhone('123')).toBeDefined();
  });
});

describe('scholar ids', () => {
  it('wants the bare id, not a pasted profile address', () => {
    expect(validateBareId('abcDEF12345A')).toBeUndefined();
    expect(validateBareId('https://scholar.google.com/citations?user=abcDEF12345A')).toMatch(/Only the id/);
    expect(validateBareId('two words')).toBeDefined();
  });
});
