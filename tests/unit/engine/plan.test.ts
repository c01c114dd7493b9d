// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../../../lib/engine/classify';
import { planFill } from '../../../lib/engine/plan';
import type { FillPlan, FillStep, PageDescription } from '../../../lib/engine/types';
import { emptyProfile } from '../../../lib/profile/create';
import type { DocumentMeta, Profile } from '../../../lib/profile/schema';
import { FIELD_KIND_LIST } from '../../../lib/fields/kinds';
import { collectFromHtml } from './collect-html';
import { testDocuments, testProfile } from './test-profile';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'forms');
const NOW = new Date('2026-06-01T00:00:00Z');

function planFixture(
  file: string,
  options: {
    profile?: Profile;
    overwrite?: boolean;
    edit?: (page: PageDescription) => void;
    now?: Date;
    documents?: DocumentMeta[];
  } = {},
) {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const url = /<meta name="vitae-fixture-url" content="([^"]+)"/.exec(html)?.[1];
  const { page } = collectFromHtml(html, { url });
  options.edit?.(page);
  const decisions = classifyPage(page, {});
  const plan = planFill(page, decisions, options.profile ?? testProfile(), {
    documents: options.documents ?? testDocuments(),
    overwrite: options.overwrite ?? false,
    now: options.now ?? NOW,
  });
  const stepFor = (key: string): FillStep | undefined => {
    const field = page.fields.find((f) => f.htmlId === key || f.name === key || f.dataAttributes['data-bind'] === key);
    return plan.steps.find((s) => s.fieldId === field?.id);
  };
  const skipFor = (key: string) => {
    const field = page.fields.find((f) => f.htmlId === key || f.name === key);
    return plan.skipped.find((s) => s.fieldId === field?.id)?.reason;
  };
  return { page, plan, stepFor, skipFor };
}

const valueOf = (step: FillStep | undefined): string | boolean | undefined => {
  if (!step) return undefined;
  switch (step.action) {
    case 'set-value':
    case 'choose-listbox':
      return step.value;
    case 'select-option':
      return `${step.value}|${step.optionText}`;
    case 'check':
      return step.checked;
    case 'attach-file':
      return step.documentId;
    case 'click-add':
      return 'click';
  }
};

function filledFields(plan: FillPlan): Set<string> {
  return new Set(plan.steps.map((s) => s.fieldId));
}

describe('planning fills from the profile', () => {
  it('fills the OpenReview links from scholar ids', () => {
    const { stepFor } = planFixture('openreview-profile.html');
    expect(valueOf(stepFor('homepage_url'))).toBe('https://elena.example.org');
    expect(valueOf(stepFor('gscholar_url'))).toBe('https://scholar.google.com/citations?user=6NUn-xYAAAAJ');
    expect(valueOf(stepFor('dblp_url'))).toBe('https://dblp.org/pid/227/2109.html');
    expect(valueOf(stepFor('orcid_url'))).toBe('https://orcid.org/0000-0002-1825-0097');
    expect(valueOf(stepFor('semanticScholar_url'))).toBe('https://www.semanticscholar.org/author/1741101');
    expect(valueOf(stepFor('linkedin_url'))).toBe('https://www.linkedin.com/in/elena-van-der-meer');
    expect(stepFor('wikipedia_url')).toBeUndefined();
  });

  it('writes CMT research profiles as bare ids, not URLs', () => {
    const { stepFor } = planFixture('cmt-profile.html');
    expect(valueOf(stepFor('value: googleScholarId'))).toBe('6NUn-xYAAAAJ');
    expect(valueOf(stepFor('value: semanticScholarId'))).toBe('1741101');
    expect(valueOf(stepFor('value: dblpId'))).toBe('227/2109');
    expect(valueOf(stepFor('value: orcid'))).toBe('0000-0002-1825-0097');
    expect(valueOf(stepFor('value: openReviewId'))).toBe('~Elena_van_der_Meer1');
  });

  it('lists conflict domains of recent institutions with the separator the help asks for', () => {
    const { stepFor } = planFixture('cmt-profile.html', { now: new Date('2024-06-01T00:00:00Z') });
    // The work email's domain, then the institutions' of the last two years (issue #13).
    expect(valueOf(stepFor('value: domainConflicts'))).toBe('inf.example.ch; inf.ethz.ch; mit.edu');
  });

  it('does not fill a read-only field and says why', () => {
    const { stepFor, plan, page } = planFixture('cmt-profile.html');
    const email = page.fields.find((f) => f.dataAttributes['data-bind'] === 'value: email');
    expect(stepFor('value: email')).toBeUndefined();
    expect(plan.skipped.find((s) => s.fieldId === email?.id)?.reason).toMatch(/not fillable \(read-only\)/);
  });

  it('chooses select options by meaning: Ph.D. degree and the country', () => {
    const gh = planFixture('greenhouse-classic.html');
    expect(valueOf(gh.stepFor('job_application[educations][][degree_id]'))).toBe('8|Doctor of Philosophy (Ph.D.)');
    expect(valueOf(gh.stepFor('job_application[educations][][school_name]'))).toBe('University of Cambridge');
    expect(valueOf(gh.stepFor('job_application[educations][][end_date][year]'))).toBe('2019');
    const hotcrp = planFixture('hotcrp-profile.html');
    expect(valueOf(hotcrp.stepFor('country'))).toBe('CH|Switzerland');
    expect(valueOf(hotcrp.stepFor('uemail'))).toBe('elena.vandermeer@inf.example.ch');
  });

  it('writes HotCRP collaborators one per line as "Name (Affiliation)"', () => {
    const { stepFor } = planFixture('hotcrp-profile.html');
    expect(valueOf(stepFor('collaborators-text'))).toBe(
      // Sorted by family name, as the popup's HotCRP list is.
      'Ravi Chandrasekhar\nTomas Lindqvist (University of Cambridge)',
    );
  });

  it('attaches the newest stored CV and the cover letter', () => {
    const { stepFor, skipFor } = planFixture('greenhouse-classic.html');
    expect(stepFor('resume')).toMatchObject({ action: 'attach-file', documentId: 'doc-cv', fileName: 'cv-2026.pdf' });
    expect(valueOf(stepFor('cover_letter'))).toBe('doc-cover');
    const ajo = planFixture('ajo-cover-sheet.html', {
      documents: testDocuments().filter((d) => d.kind !== 'research-statement'),
    });
    expect(ajo.stepFor('doc_research')).toBeUndefined();
    expect(ajo.skipFor('doc_research')).toMatch(/no stored research statement/);
    expect(valueOf(planFixture('interfolio-faculty.html').stepFor('doc_transcript'))).toBe('doc-transcript');
    expect(skipFor('job_application_gender')).toMatch(/left alone: gender/);
  });

  it('fills Workday split dates, the current-job checkbox and the phone parts', () => {
    const { stepFor } = planFixture('workday.html');
    expect(valueOf(stepFor('workExperience-1--jobTitle'))).toBe('Assistant Professor');
    expect(valueOf(stepFor('workExperience-1--companyName'))).toBe('ETH Zürich');
    expect(valueOf(stepFor('workExperience-1--currentlyWorkHere'))).toBe(true);
    expect(valueOf(stepFor('workExperience-1--startDate-dateSectionMonth-input'))).toBe('09');
    expect(valueOf(stepFor('workExperience-1--startDate-dateSectionYear-input'))).toBe('2022');
    expect(valueOf(stepFor('phoneNumber--countryPhoneCode'))).toBe('+41');
    expect(valueOf(stepFor('phoneNumber--phoneNumber'))).toBe('044 632 11 11');
    expect(valueOf(stepFor('address--city'))).toBe('Zürich');
    expect(valueOf(stepFor('name--legalName--lastName'))).toBe('van der Meer');
  });

  it('clicks "Add Another" once per missing work row, and no more', () => {
    const { plan } = planFixture('workday.html');
    const clicks = plan.steps.filter((s) => s.action === 'click-add' && / work entries/.test(s.reason));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.kind).toBe('add-row');
    // The Websites section shows one row: one press per further link, at most five a round.
    expect(plan.steps.filter((s) => s.action === 'click-add' && / website entries/.test(s.reason))).toHaveLength(5);
  });

  it('never fills a prefilled field unless asked to overwrite', () => {
    const prefill = (page: PageDescription) => {
      const f = page.fields.find((x) => x.htmlId === 'first_name');
      if (f) f.value = 'Already typed';
    };
    expect(planFixture('greenhouse-classic.html', { edit: prefill }).skipFor('first_name')).toBe('already has a value');
    expect(
      valueOf(planFixture('greenhouse-classic.html', { edit: prefill, overwrite: true }).stepFor('first_name')),
    ).toBe('Elena');
  });

  it('leaves honeypots, referees and essays alone with a reason', () => {
    const { skipFor, stepFor } = planFixture('university-hr.html');
    expect(stepFor('ctl00_main_txtWebsite')).toBeUndefined();
    expect(skipFor('ctl00_main_txtRef1Email')).toMatch(/another person/);
    expect(skipFor('ctl00_main_txtDOB')).toMatch(/date of birth/);
    expect(valueOf(stepFor('ctl00_main_ddlTitle'))).toBe('5|Dr');
    expect(valueOf(stepFor('ctl00_main_txtEmail2'))).toBe('elena.vandermeer@inf.example.ch');
    expect(valueOf(stepFor('ctl00_main_txtStart'))).toBe('09/2022');
    expect(valueOf(stepFor('ctl00_main_txtPostcode'))).toBe('8092');
  });

  it("tells why a hidden trap field was skipped in the collector's own words", () => {
    const { skipFor } = planFixture('university-hr.html', {
      edit: (page) => {
        const trap = page.fields.find(
          (f) => f.name === 'ctl00$main$txtWebsite' || f.htmlId === 'ctl00_main_txtWebsite',
        );
        if (!trap) throw new Error('no trap field');
        Object.assign(trap, { fillable: false, notFillableReason: 'opacity below 0.1' });
      },
    });
    expect(skipFor('ctl00_main_txtWebsite')).toMatch(/^left alone: .*; not fillable: opacity below 0\.1$/);
    // A field the collector could fill carries no such note.
    expect(skipFor('ctl00_main_txtRef1Email')).not.toMatch(/not fillable/);
  });

  it('fits the bio to maxlength and picks the long one where there is room', () => {
    const { stepFor } = planFixture('interfolio-faculty.html');
    const short = valueOf(stepFor('short_bio'));
    expect(
      typeof short === 'string' &&
        short.length <= 500 &&
        short.startsWith('Elena van der Meer is an assistant professor at ETH'),
    ).toBe(true);
    expect(valueOf(stepFor('biography'))).toMatch(/distribution shift\.$/);
    // "Your three most significant publications": the selected one, then the most recent, in the options' style.
    expect(String(valueOf(stepFor('selected_pubs'))).split('\n')).toEqual([
      '1. van der Meer, E., & Chandrasekhar, R. (2025). Certified Robustness under Covariate Shift. ICML.',
      expect.stringMatching(/^2\. van der Meer, E\. \(20\d\d\)\./),
    ]);
    expect(valueOf(stepFor('subject_area'))).toBe('Optimization|Optimization');
    expect(valueOf(stepFor('applicant_github'))).toBe('evdmeer');
    expect(valueOf(stepFor('applicant_openreview'))).toBe('https://openreview.net/profile?id=~Elena_van_der_Meer1');
    expect(valueOf(stepFor('appt_start'))).toBe('2022');
    expect(valueOf(stepFor('appt_domain'))).toBe('inf.ethz.ch');
  });

  it('joins keywords one per line where EasyChair asks for it, with commas elsewhere', () => {
    expect(valueOf(planFixture('easychair-account.html').stepFor('keywords'))).toBe(
      'robust machine learning\noptimization\ndistribution shift',
    );
    expect(valueOf(planFixture('ajo-cover-sheet.html').stepFor('resarea'))).toBe(
      'robust machine learning, optimization, distribution shift',
    );
  });

  it('fills the Chinese form and leaves the referee and captcha alone', () => {
    const { stepFor, skipFor } = planFixture('chinese-application.html');
    expect(valueOf(stepFor('xm'))).toBe('Elena van der Meer');
    expect(valueOf(stepFor('zgxl'))).toBe('bs|博士研究生');
    expect(skipFor('tjryx')).toMatch(/another person/);
    expect(skipFor('yzm')).toMatch(/captcha/);
  });

  it('checks only the matching radio of a group', () => {
    const html = `<form><fieldset><legend>Title</legend>
      <label><input type="radio" name="title" value="mr"> Mr</label><label><input type="radio" name="title" value="ms"> Ms</label>
      <label><input type="radio" name="title" value="dr"> Dr</label><label><input type="radio" name="title" value="prof"> Prof</label></fieldset></form>`;
    const { page } = collectFromHtml(html);
    const decisions = classifyPage(page, {});
    expect(decisions.every((d) => d.kind === 'name.honorific')).toBe(true);
    const plan = planFill(page, decisions, testProfile(), { documents: [], overwrite: false });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]).toMatchObject({ action: 'check', checked: true, fieldId: page.fields[2]?.id });
  });

  it('leaves a radio group alone when the page already ticked one of its answers', () => {
    const html = `<form><fieldset><legend>Title</legend>
      <label><input type="radio" name="title" value="mr"> Mr</label><label><input type="radio" name="title" value="ms" checked> Ms</label>
      <label><input type="radio" name="title" value="dr"> Dr</label></fieldset></form>`;
    const { page } = collectFromHtml(html);
    const plan = planFill(page, classifyPage(page, {}), testProfile(), { documents: [], overwrite: false });
    expect(plan.steps).toEqual([]);
    expect(plan.skipped.find((s) => s.fieldId === page.fields[2]?.id)?.reason).toMatch(/already has a value/);
    // Asked to overwrite, the profile's answer replaces the page's.
    const again = planFill(page, classifyPage(page, {}), testProfile(), { documents: [], overwrite: true });
    expect(again.steps).toEqual([expect.objectContaining({ fieldId: page.fields[2]?.id, optionText: 'Dr' })]);
  });

  it('answers "Highest degree obtained" radios, a month input for the degree date and a current job’s start', () => {
    const html = `<form>
      <fieldset><legend>Highest degree obtained</legend>
        <input type="radio" id="ba" name="degree" value="ba"><label for="ba">Bachelor's</label>
        <input type="radio" id="ma" name="degree" value="ma"><label for="ma">Master's</label>
        <input type="radio" id="phd" name="degree" value="phd"><label for="phd">Doctorate (PhD)</label></fieldset>
      <p><label for="awarded">Date the highest degree was awarded</label><input id="awarded" type="month"></p>
      <p><label for="awarded-year">Year the degree was awarded</label><input id="awarded-year"></p>
      <fieldset><legend>Current employment</legend>
        <p><label for="employer">Employer</label><input id="employer"></p>
        <p><label for="since">Start date</label><input id="since" type="month"></p></fieldset>
      <fieldset><legend>Previous employment</legend>
        <p><label for="prev-start">Start date</label><input id="prev-start" type="month"></p></fieldset>
      </form>`;
    const { page } = collectFromHtml(html);
    const decisions = classifyPage(page, {});
    const kindOf = (id: string) =>
      decisions.find((d) => d.fieldId === page.fields.find((f) => f.htmlId === id)?.id)?.kind;
    expect(kindOf('phd')).toBe('degree.level');
    expect(kindOf('awarded')).toBe('degree.year');
    expect(kindOf('since')).toBe('position.startYear');
    // A bare "Start date" names the current position only inside a block about it.
    expect(kindOf('prev-start')).not.toBe('position.startYear');
    const plan = planFill(page, decisions, testProfile(), { documents: [], overwrite: false });
    const stepOf = (id: string) => plan.steps.find((s) => s.fieldId === page.fields.find((f) => f.htmlId === id)?.id);
    expect(stepOf('phd')).toMatchObject({ action: 'check', checked: true, optionText: 'Doctorate (PhD)' });
    expect(stepOf('ba')).toBeUndefined();
    expect(stepOf('awarded')).toMatchObject({ action: 'set-value', value: '2019-09' });
    expect(stepOf('awarded-year')).toMatchObject({ action: 'set-value', value: '2019' });
    expect(stepOf('since')).toMatchObject({ action: 'set-value', value: '2022-09' });
  });

  it('names the answer and its other spellings for a Workday listbox whose options are not loaded', () => {
    const { stepFor } = planFixture('workday.html');
    const country = stepFor('country--country');
    expect(country).toMatchObject({ action: 'choose-listbox', value: 'Switzerland' });
    expect(country?.action === 'choose-listbox' ? country.alternatives : []).toEqual(
      expect.arrayContaining(['Switzerland', 'CHE']),
    );
    expect(stepFor('education-1--degree')).toMatchObject({ action: 'choose-listbox', value: 'Ph.D.' });
  });

  it('writes a middle initial into a one-character box and the extension from the stored phone', () => {
    const cmt = planFixture('cmt-profile.html');
    expect(valueOf(cmt.stepFor('value: middleInitial'))).toBe('M.'.slice(0, 1));
    const profile = {
      ...testProfile(),
      phones: [{ raw: '+1 201 555 0123 ext. 45', kind: 'work' as const, primary: true }],
    };
    expect(valueOf(planFixture('workday.html', { profile }).stepFor('phoneNumber--extension'))).toBe('45');
  });

  it('has a value for every kind somewhere in the replicas', () => {
    const stepped = new Set<string>();
    const files = [
      'ajo-cover-sheet.html',
      'ashby.html',
      'chinese-application.html',
      'cmt-profile.html',
      'easychair-account.html',
      'google-forms-reviewer.html',
      'greenhouse-classic.html',
      'greenhouse-react.html',
      'hotcrp-profile.html',
      'interfolio-faculty.html',
      'lever.html',
      'openreview-profile.html',
      'university-hr.html',
      'workday.html',
      'uk-university-application.html',
      'openreview-history.html',
      'hotcrp-new-paper.html',
      'easychair-submission.html',
      'cmt-ids.html',
      'referee-blocks.html',
    ];
    // Referee rows need referees: two, so every referee kind has a value.
    const referees = [
      {
        id: 'f1',
        name: 'Prof. Ana Ruiz',
        title: 'Professor',
        institution: 'Universidad de Sevilla',
        email: 'ana@us.example.es',
        phone: '+34 955 000 111',
        relation: 'PhD advisor',
      },
      { id: 'f2', name: 'Dr Jonas Berg', institution: 'KTH', email: 'jberg@kth.example.se' },
    ];
    const profile = { ...testProfile(), referees };
    for (const file of files) for (const s of planFixture(file, { profile }).plan.steps) stepped.add(s.kind);
    // The test profile's phone has no extension; the extension has its own test above.
    expect(FIELD_KIND_LIST.filter((k) => !stepped.has(k) && k !== 'phone.extension')).toEqual([]);
  });

  it('never invents a value: an empty profile fills nothing', () => {
    for (const file of [
      'greenhouse-classic.html',
      'workday.html',
      'openreview-profile.html',
      'interfolio-faculty.html',
    ]) {
      const { plan } = planFixture(file, { profile: emptyProfile('p-empty') });
      expect(plan.steps.filter((s) => s.action !== 'check' || s.checked)).toEqual([]);
      expect(filledFields(plan).size).toBe(0);
    }
  });
});
