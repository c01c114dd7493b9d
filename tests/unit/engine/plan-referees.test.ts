// @vitest-environment happy-dom
/**
 * Referee rows (issue #13): the profile's referees, in order, or nothing; never the person's own facts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../../../lib/engine/classify';
import { planFill } from '../../../lib/engine/plan';
import type { Profile, Referee } from '../../../lib/profile/schema';
import { collectFromHtml } from './collect-html';
import { testProfile } from './test-profile';

const FIXTURE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'forms', 'referee-blocks.html'), 'utf8');

const MARA: Referee = {
  id: 'r1',
  name: 'Prof. Mara Lindqvist',
  title: 'Professor of Oceanography',
  institution: 'University of Lindenfeld',
  email: 'm.lindqvist@lindenfeld.example.de',
  phone: '+49 5550 1180',
  relation: 'PhD supervisor',
};
const TOMAS: Referee = {
  id: 'r2',
  name: 'Dr Tomas Reyes',
  institution: 'Harbour Institute of Technology',
  email: 't.reyes@harbourtech.example.edu.hk',
  relation: 'Line manager',
};

function plan(html: string, profile: Profile) {
  const { page } = collectFromHtml(html, { url: 'https://jobs.example.ac.uk/apply/references' });
  const decisions = classifyPage(page, {});
  const result = planFill(page, decisions, profile, { documents: [], overwrite: false });
  const value = (name: string) => {
    const field = page.fields.find((f) => f.name === name);
    const step = result.steps.find((s) => s.fieldId === field?.id);
    return step && step.action === 'set-value' ? step.value : '';
  };
  const reason = (name: string) => {
    const field = page.fields.find((f) => f.name === name);
    return result.skipped.find((s) => s.fieldId === field?.id)?.reason ?? '';
  };
  return { value, reason, decisions, page };
}

const ROW = ['position', 'first', 'last', 'org', 'email', 'tel', 'rel'];
const rowValues = (value: (n: string) => string, n: number) => ROW.map((f) => value(`ref${n}_${f}`));

describe('referee rows take the profile’s referees in order', () => {
  it('fills rows 1 and 2 from two referees and leaves row 3 alone', () => {
    const { value, reason } = plan(FIXTURE, { ...testProfile(), referees: [MARA, TOMAS] });
    expect(rowValues(value, 1)).toEqual([
      'Professor of Oceanography',
      'Mara',
      'Lindqvist',
      'University of Lindenfeld',
      'm.lindqvist@lindenfeld.example.de',
      '+49 5550 1180',
      'PhD supervisor',
    ]);
    expect(rowValues(value, 2)).toEqual([
      '',
      'Tomas',
      'Reyes',
      'Harbour Institute of Technology',
      't.reyes@harbourtech.example.edu.hk',
      '',
      'Line manager',
    ]);
    expect(rowValues(value, 3)).toEqual(['', '', '', '', '', '', '']);
    expect(reason('ref3_email')).toMatch(/another person: the profile has 2 referees, this is referee row 3/);
    expect(reason('ref2_tel')).toMatch(/no phone for referee 2/);
    // The "may be contacted" boxes are the person's choice.
    expect(value('ref1_contact')).toBe('');
  });

  it('leaves every referee row alone with no referees, and still fills the person’s own block', () => {
    const profile = { ...testProfile(), referees: [] };
    const { value } = plan(FIXTURE, profile);
    for (const n of [1, 2, 3]) expect(rowValues(value, n)).toEqual(['', '', '', '', '', '', '']);
    expect(value('app_email')).toBe(profile.emails[0]?.address);
  });

  it('never writes the person’s own name or email into a referee row', () => {
    const profile = testProfile();
    const self: Referee = { id: 'me', name: profile.name.full ?? '', email: profile.emails[0]?.address ?? '' };
    const { value } = plan(FIXTURE, { ...profile, referees: [self, TOMAS] });
    // The entry that is the person is no referee: Tomas is referee 1.
    expect(value('ref1_last')).toBe('Reyes');
    expect(value('ref2_last')).toBe('');
    const own = new Set([profile.name.given, profile.name.family, ...profile.emails.map((e) => e.address)]);
    for (const n of [1, 2, 3]) for (const v of rowValues(value, n)) expect(own.has(v)).toBe(false);
  });

  it('numbers rows by the markup of a referee table, and splits a name where the form asks for its parts', () => {
    const html = `<form><h3>Part F: Referees</h3><table>
      <tr><th>First name</th><th>Surname</th><th>E-mail of referee</th></tr>
      <tr><td><input name="txtRefFirst1"></td><td><input name="txtRefLast1"></td><td><input name="txtRefEmail1"></td></tr>
      <tr><td><input name="txtRefFirst2"></td><td><input name="txtRefLast2"></td><td><input name="txtRefEmail2"></td></tr>
    </table></form>`;
    const { value } = plan(html, { ...testProfile(), referees: [MARA, TOMAS] });
    expect(['txtRefFirst1', 'txtRefLast1', 'txtRefEmail1'].map(value)).toEqual([
      'Mara',
      'Lindqvist',
      'm.lindqvist@lindenfeld.example.de',
    ]);
    expect(['txtRefFirst2', 'txtRefLast2', 'txtRefEmail2'].map(value)).toEqual([
      'Tomas',
      'Reyes',
      't.reyes@harbourtech.example.edu.hk',
    ]);
  });

  it('leaves a lone "Referee email (someone who can vouch for you)" alone: no referee rows there', () => {
    const html = `<form><h3>Recommendation</h3><label>Referee email (someone who can vouch for your reviewing)
      <input type="email" name="vouch"></label></form>`;
    const { value, decisions, page } = plan(html, { ...testProfile(), referees: [MARA] });
    expect(value('vouch')).toBe('');
    const id = page.fields.find((f) => f.name === 'vouch')?.id;
    expect(decisions.find((d) => d.fieldId === id)).toMatchObject({ kind: null, leaveAlone: 'otherPerson' });
  });
});
