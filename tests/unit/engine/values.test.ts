import { describe, expect, it } from 'vitest';
import { testProfile } from './test-profile';
import { initialOf, joinName, resolveName, splitName, withoutHonorific } from '../../../lib/values/names';
import {
  dblpUrl,
  parseDblpPid,
  parseGithubId,
  parseLinkedinId,
  parseOpenReviewId,
  parseOrcid,
  parseScholarId,
  parseSemanticScholarId,
  SCHOLAR_IDS,
  SCHOLAR_SERVICES,
} from '../../../lib/values/scholar-ids';
import { phoneFormats } from '../../../lib/values/phones';
import { dateFormatFor, formatDate, monthForms } from '../../../lib/values/dates';
import { countryCode, countryForms, countCountryNames } from '../../../lib/values/countries';
import { degreeLevel, degreeRank, sameDegree } from '../../../lib/values/degrees';
import { chooseOption, isPlaceholderOption } from '../../../lib/values/options';
import { fitLength, joinList, listSeparatorFor, pickFitting } from '../../../lib/values/fit';

const opts = (...texts: string[]) => texts.map((t, i) => ({ value: `v${i}`, text: t }));

describe('names', () => {
  it('splits particles into the family name and keeps diacritics', () => {
    expect(splitName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', middle: '', family: 'van Beethoven' });
    expect(splitName('María José de la Fuente')).toEqual({ given: 'María', middle: 'José', family: 'de la Fuente' });
    expect(splitName('Zoë Müller-Lüdenscheidt')).toEqual({ given: 'Zoë', middle: '', family: 'Müller-Lüdenscheidt' });
  });
  it('reads "Family, Given Middle"', () => {
    expect(splitName('García Márquez, Gabriel José')).toEqual({
      given: 'Gabriel',
      middle: 'José',
      family: 'García Márquez',
    });
  });
  it('splits CJK names family first, including compound surnames', () => {
    expect(splitName('宋清宇')).toEqual({ family: '宋', given: '清宇', middle: '' });
    expect(splitName('欧阳修文')).toEqual({ family: '欧阳', given: '修文', middle: '' });
    expect(joinName({ given: '清宇', family: '宋' })).toBe('宋清宇');
  });
  it('joins Western names given first and fills gaps from the full name', () => {
    expect(joinName({ given: 'Elena', middle: 'M.', family: 'van der Meer' })).toBe('Elena M. van der Meer');
    expect(resolveName({ full: 'Jean-Luc Picard' })).toEqual({
      full: 'Jean-Luc Picard',
      given: 'Jean-Luc',
      middle: '',
      family: 'Picard',
    });
    expect(resolveName({ given: 'Ana', family: 'Souza' }).full).toBe('Ana Souza');
    expect(initialOf('quentin')).toBe('Q.');
  });
});

describe('scholar ids', () => {
  it('validates ORCID checksums and turns URLs into ids and back', () => {
    expect(parseOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(parseOrcid('0000000218250097')).toBe('0000-0002-1825-0097');
    expect(parseOrcid('0000-0002-1694-233X')).toBe('0000-0002-1694-233X');
    expect(parseOrcid('0000-0002-1825-0098')).toBeUndefined();
    expect(SCHOLAR_IDS.orcid.url('0000-0002-1825-0097')).toBe('https://orcid.org/0000-0002-1825-0097');
  });
  it('reads the Scholar user= value', () => {
    expect(parseScholarId('https://scholar.google.com/citations?hl=en&user=6NUn-xYAAAAJ&view_op=list_works')).toBe(
      '6NUn-xYAAAAJ',
    );
    expect(parseScholarId('6NUn-xYAAAAJ')).toBe('6NUn-xYAAAAJ');
    expect(parseScholarId('https://scholar.google.com/')).toBeUndefined();
    expect(SCHOLAR_IDS.googleScholar.url('6NUn-xYAAAAJ')).toBe(
      'https://scholar.google.com/citations?user=6NUn-xYAAAAJ',
    );
  });
  it('reads DBLP pids from pid pages', () => {
    expect(parseDblpPid('https://dblp.org/pid/227/2109.html')).toBe('227/2109');
    expect(parseDblpPid('https://dblp.uni-trier.de/pid/d/JohnDoe.html')).toBe('d/JohnDoe');
    expect(parseDblpPid('227/2109')).toBe('227/2109');
    expect(parseDblpPid('https://dblp.org/search?q=doe')).toBeUndefined();
    expect(dblpUrl('227/2109')).toBe('https://dblp.org/pid/227/2109.html');
  });
  it('reads Semantic Scholar, OpenReview, GitHub and LinkedIn ids both ways', () => {
    expect(parseSemanticScholarId('https://www.semanticscholar.org/author/Elena-van-der-Meer/1741101')).toBe('1741101');
    expect(parseOpenReviewId('https://openreview.net/profile?id=~Elena_van_der_Meer1')).toBe('~Elena_van_der_Meer1');
    expect(parseOpenReviewId('Elena_van_der_Meer1')).toBeUndefined();
    expect(parseGithubId('https://github.com/evdmeer/')).toBe('evdmeer');
    expect(parseLinkedinId('https://www.linkedin.com/in/elena-van-der-meer/')).toBe('elena-van-der-meer');
    // Every service's id in the test profile survives a round trip through its link.
    const links = testProfile().links;
    for (const service of SCHOLAR_SERVICES) {
      const id = links[service];
      expect(id, service).toBeTruthy();
      expect(SCHOLAR_IDS[service].parse(SCHOLAR_IDS[service].url(id ?? ''))).toBe(id);
    }
  });
});

describe('phones', () => {
  it('gives E.164, national and the split country code', () => {
    const f = phoneFormats({ raw: '+41 44 632 11 11', kind: 'work', primary: true });
    expect(f?.e164).toBe('+41446321111');
    expect(f?.countryCode).toBe('+41');
    expect(f?.countryCodeDigits).toBe('41');
    expect(f?.nationalDigits).toBe('446321111');
    expect(f?.national).toBe('044 632 11 11');
    expect(f?.country).toBe('CH');
  });
  it('parses a national number with the profile country and keeps extensions', () => {
    expect(phoneFormats('(201) 555-0123 ext. 45', 'US')?.e164).toBe('+12015550123');
    expect(phoneFormats('(201) 555-0123 ext. 45', 'US')?.extension).toBe('45');
    expect(phoneFormats('not a phone')).toBeUndefined();
  });
});

describe('dates', () => {
  it('writes YYYY, MM/YYYY, month names and input values', () => {
    expect(formatDate('2019-09', 'year')).toBe('2019');
    expect(formatDate('2019-09', 'mm/yyyy')).toBe('09/2019');
    expect(formatDate('2019-09', 'month-name')).toBe('September');
    expect(formatDate('2019-09', 'month-number')).toBe('09');
    expect(formatDate('2019-09', 'input-month')).toBe('2019-09');
    expect(formatDate('2019-09', 'input-date')).toBe('2019-09-01');
    expect(formatDate('2019', 'mm/yyyy')).toBeUndefined();
    expect(formatDate('present', 'year')).toBeUndefined();
  });
  it('reads the format a field asks for', () => {
    expect(dateFormatFor({ type: 'month', placeholder: '', pattern: '' }, '')).toBe('input-month');
    expect(dateFormatFor({ type: 'text', placeholder: 'MM/YYYY', pattern: '' }, 'start date')).toBe('mm/yyyy');
    expect(dateFormatFor({ type: 'text', placeholder: '', pattern: '', maxLength: 4 }, 'end')).toBe('year');
    expect(dateFormatFor({ type: 'text', placeholder: 'MM', pattern: '' }, 'month')).toBe('month-number');
    expect(monthForms(3)).toEqual(expect.arrayContaining(['March', 'Mar', '03', '3', 'marz', 'mars', 'marzo']));
  });
});

describe('countries', () => {
  it('knows names, codes and everyday aliases', () => {
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('Hong Kong SAR')).toBe('HK');
    expect(countryCode('Deutschland')).toBe('DE');
    expect(countryCode('CHE')).toBe('CH');
    expect(countryCode('ch')).toBe('CH');
    expect(countryCode('瑞士')).toBe('CH');
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(countryForms('CH')).toEqual(expect.arrayContaining(['CH', 'CHE', 'Switzerland', 'Schweiz', 'Suisse']));
    expect(countCountryNames(['Austria', 'Belgium', 'Yes', 'No'])).toBe(2);
  });
});

describe('degrees', () => {
  it('treats Ph.D., PhD and Doctor of Philosophy (Ph.D.) as one degree', () => {
    expect(degreeLevel('Ph.D.')).toBe('doctorate');
    expect(degreeLevel('PhD')).toBe('doctorate');
    expect(sameDegree('Doctor of Philosophy (Ph.D.)', 'PhD')).toBe(true);
    expect(degreeLevel('M.Sc.')).toBe('masters');
    expect(degreeLevel("Bachelor's Degree")).toBe('bachelors');
    expect(degreeLevel('博士研究生')).toBe('doctorate');
    expect(degreeLevel('Doctor of Medicine (M.D.)')).toBe('professional');
    expect(sameDegree('M.S.', 'PhD')).toBe(false);
    expect(degreeRank('PhD')).toBeGreaterThan(degreeRank('MSc'));
  });
});

describe('choosing options', () => {
  it('prefers exact, then normalised text', () => {
    expect(chooseOption(opts('Select…', 'Switzerland', 'Sweden'), ['Switzerland'])?.how).toBe('exact');
    expect(chooseOption(opts('SWITZERLAND ', 'SWEDEN'), ['switzerland'])?.option.text).toBe('SWITZERLAND ');
  });
  it('keeps word boundaries: "no" is not "not", "US" is not "Non-US"', () => {
    expect(chooseOption(opts('Not applicable', 'No', 'Yes'), ['no'])?.option.text).toBe('No');
    expect(chooseOption(opts('Not applicable', 'Yes'), ['No'])).toBeUndefined();
    expect(chooseOption(opts('Non-US', 'Other'), ['US'])).toBeUndefined();
    expect(
      chooseOption(opts('Outside the United States', 'United States of America'), ['United States'])?.option.text,
    ).toBe('United States of America');
  });
  it('takes a fuzzy match only when unique and close', () => {
    expect(
      chooseOption(opts('University of Cambridge', 'University of Oxford'), ['Universty of Cambridge'])?.option.text,
    ).toBe('University of Cambridge');
    expect(chooseOption(opts('Machine Learning', 'Robotics'), ['Mechanical engineering'])).toBeUndefined();
  });
  it('never chooses a placeholder', () => {
    expect(isPlaceholderOption({ value: '', text: '-- Please select --' })).toBe(true);
    expect(isPlaceholderOption({ value: '', text: 'Select One' })).toBe(true);
    expect(chooseOption([{ value: '', text: 'Select a country' }], ['Select a country'])).toBeUndefined();
  });
});

describe('length limits and lists', () => {
  it('cuts at a sentence, else a word boundary', () => {
    const bio = 'She leads the Robust Learning group. She studies distribution shift in deployed systems.';
    expect(fitLength(bio, 50)).toBe('She leads the Robust Learning group.');
    expect(fitLength('alpha beta gamma delta', 13)).toBe('alpha beta');
    expect(fitLength('short', 100)).toBe('short');
  });
  it('picks the longest bio that fits', () => {
    expect(pickFitting(['a short bio.', 'a much longer biography text.'], 15)).toBe('a short bio.');
    expect(pickFitting(['a short bio.', 'a much longer biography text.'], undefined)).toBe(
      'a much longer biography text.',
    );
  });
  it('joins lists with the separator the help text asks for', () => {
    expect(listSeparatorFor('Keywords, one per line', 'textarea')).toBe('\n');
    expect(listSeparatorFor('comma separated', 'input')).toBe(', ');
    expect(listSeparatorFor('separated by semicolons', 'textarea')).toBe('; ');
    expect(joinList(['robust ML', 'optimization', 'shift'], ', ', 25)).toBe('robust ML, optimization');
  });
});

describe('titles before a name', () => {
  it('are not mistaken for a given name', () => {
    expect(splitName('Prof. Hong Xu')).toEqual({ given: 'Hong', middle: '', family: 'Xu' });
    expect(splitName('Dr Xuefeng Piao')).toEqual({ given: 'Xuefeng', middle: '', family: 'Piao' });
    expect(splitName('Assoc. Prof. María de la Fuente')).toEqual({
      given: 'María',
      middle: '',
      family: 'de la Fuente',
    });
  });

  it('are split off and kept', () => {
    expect(withoutHonorific('Prof. Dr. Ada Brandt')).toEqual({ honorific: 'Prof. Dr.', name: 'Ada Brandt' });
    // A lone word that looks like a title is a name, not a title.
    expect(withoutHonorific('Dr.')).toEqual({ honorific: '', name: 'Dr.' });
  });
});
