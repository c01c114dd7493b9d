// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../../../lib/engine/classify';
import { recogniseSites } from '../../../lib/sites';
import { fieldSignature } from '../../../lib/engine/signature';
import type { Decision, PageDescription } from '../../../lib/engine/types';
import type { SiteRule } from '../../../lib/sites/site-rule';
import { collectFromHtml } from './collect-html';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'forms');

function classifyHtml(body: string, url = 'https://apply.example.edu/form', rules: SiteRule[] = []) {
  const { page } = collectFromHtml(`<!doctype html><html><body>${body}</body></html>`, { url });
  const decisions = classifyPage(page, { rules });
  return { page, decisions, byName: (name: string) => decisionFor(page, decisions, name) };
}

function decisionFor(page: PageDescription, decisions: Decision[], name: string): string {
  const field = page.fields.find((f) => f.name === name || f.htmlId === name);
  if (!field) throw new Error(`no field ${name}`);
  const d = decisions.find((x) => x.fieldId === field.id);
  if (!d) throw new Error(`no decision for ${name}`);
  return d.kind === null ? `leave:${d.leaveAlone}` : d.row ? `${d.kind}#${d.row}` : d.kind;
}

const field = (label: string, name: string, extra = '') =>
  `<div><label for="${name}">${label}</label><input type="text" id="${name}" name="${name}" ${extra}></div>`;
/** A labelled type=tel box: what card-number and code boxes use for a numeric keypad. */
const telField = (label: string, name: string) =>
  `<div><label for="${name}">${label}</label><input type="tel" id="${name}" name="${name}"></div>`;

describe('classifying identity and contact fields in five languages', () => {
  it('reads a German address form', () => {
    const { byName } = classifyHtml(
      `<form>${field('Vorname', 'a')}${field('Nachname', 'b')}${field('E-Mail-Adresse', 'c')}${field('Telefonnummer', 'd')}${field('Straße und Hausnummer', 'e')}${field('PLZ', 'f')}${field('Ort', 'g')}${field('Land', 'h')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(byName)).toEqual([
      'name.given',
      'name.family',
      'email',
      'phone',
      'address.line1',
      'address.postalCode',
      'address.city',
      'address.country',
    ]);
  });
  it('reads French and Spanish labels', () => {
    const fr = classifyHtml(
      `<form>${field('Prénom', 'a')}${field('Nom', 'b')}${field('Courriel', 'c')}${field('Téléphone', 'd')}${field('Code postal', 'e')}${field('Ville', 'f')}${field('Pays', 'g')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(fr.byName)).toEqual([
      'name.given',
      'name.family',
      'email',
      'phone',
      'address.postalCode',
      'address.city',
      'address.country',
    ]);
    const es = classifyHtml(
      `<form>${field('Nombre', 'a')}${field('Apellidos', 'b')}${field('Correo electrónico', 'c')}${field('Teléfono móvil', 'd')}${field('Ciudad', 'e')}${field('País', 'f')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(es.byName)).toEqual([
      'name.given',
      'name.family',
      'email',
      'phone',
      'address.city',
      'address.country',
    ]);
  });
  it('reads Russian, Japanese and Portuguese labels too', () => {
    const ru = classifyHtml(
      `<form>${field('Имя', 'a')}${field('Фамилия', 'b')}${field('Электронная почта', 'c')}${field('Телефон', 'd')}${field('Город', 'e')}${field('Пароль', 'f', 'type="password"')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(ru.byName)).toEqual([
      'name.given',
      'name.family',
      'email',
      'phone',
      'address.city',
      'leave:password',
    ]);
    const ja = classifyHtml(
      `<form>${field('氏名', 'a')}${field('メールアドレス', 'b')}${field('電話番号', 'c')}${field('郵便番号', 'd')}${field('都道府県', 'e')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e'].map(ja.byName)).toEqual([
      'name.full',
      'email',
      'phone',
      'address.postalCode',
      'address.region',
    ]);
    const pt = classifyHtml(
      `<form>${field('Nome completo', 'a')}${field('Endereço', 'b')}${field('Cidade', 'c')}${field('CEP', 'd')}${field('Telefone', 'e')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e'].map(pt.byName)).toEqual([
      'name.full',
      'address.line1',
      'address.city',
      'address.postalCode',
      'phone',
    ]);
  });
  it('reads Chinese labels, family name first', () => {
    const { byName } = classifyHtml(
      `<form>${field('姓', 'a')}${field('名', 'b')}${field('电子邮件', 'c')}${field('手机', 'd')}${field('城市', 'e')}${field('邮编', 'f')}</form>`,
    );
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(byName)).toEqual([
      'name.family',
      'name.given',
      'email',
      'phone',
      'address.city',
      'address.postalCode',
    ]);
  });
});

describe('name layouts', () => {
  it('takes a single "Full name" box as the full name', () => {
    expect(classifyHtml(`<form>${field('Full name', 'n')}${field('Email', 'e')}</form>`).byName('n')).toBe('name.full');
  });
  it('treats "Name" next to "Last name" as the first name', () => {
    const { byName } = classifyHtml(`<form>${field('Name', 'n')}${field('Last name', 'l')}</form>`);
    expect(byName('n')).toBe('name.given');
    expect(byName('l')).toBe('name.family');
  });
  it('treats German "Name" next to "Vorname" as the family name', () => {
    const { byName } = classifyHtml(`<form>${field('Vorname', 'v')}${field('Name', 'n')}</form>`);
    expect(byName('v')).toBe('name.given');
    expect(byName('n')).toBe('name.family');
  });
  it('does not take a company or user name for a person name', () => {
    const { byName } = classifyHtml(
      `<form>${field('Company name', 'c')}${field('User name', 'u')}${field('Name of your lab', 'lab')}</form>`,
    );
    expect(byName('c')).toMatch(/^leave:/);
    expect(byName('u')).toBe('leave:username');
    expect(byName('lab')).toMatch(/^leave:/);
  });
});

describe('traps', () => {
  it('leaves a referee email and a website you admire alone', () => {
    const { byName } = classifyHtml(
      `<form>${field('Email', 'mine')}${field('Referee email', 'ref', 'type="email"')}${field('A website you admire', 'admire', 'type="url"')}${field('Your website', 'site')}</form>`,
    );
    expect(byName('mine')).toBe('email');
    expect(byName('ref')).toBe('leave:otherPerson');
    expect(byName('admire')).toBe('leave:otherPerson');
    expect(byName('site')).toBe('homepage');
  });
  it('turns names and emails in a references section into referee rows, never the person’s', () => {
    const { byName } = classifyHtml(
      `<form><h3>Your details</h3>${field('Full name', 'me')}${field('Email', 'myemail')}<h3>References</h3>${field('Full name', 'r1')}${field('Email', 'r1e')}${field('Institution', 'r1i')}</form>`,
    );
    expect(byName('me')).toBe('name.full');
    expect(byName('myemail')).toBe('email');
    expect(['r1', 'r1e', 'r1i'].map(byName)).toEqual(['referee.name', 'referee.email', 'referee.institution']);
  });
  it('knows "Retype email" and a second email box as the confirmation', () => {
    const a = classifyHtml(`<form>${field('Email', 'e1')}${field('Retype email', 'e2')}</form>`);
    expect(a.byName('e2')).toBe('email.confirm');
    const b = classifyHtml(`<form>${field('Email', 'e1')}${field('Email', 'e2')}</form>`);
    expect(b.byName('e1')).toBe('email');
    expect(b.byName('e2')).toBe('email.confirm');
  });
  it('spots honeypots by their markup', () => {
    const { byName } = classifyHtml(
      `<form>${field('Email', 'e')}<div style="display:none">${field('Website', 'hp_website', 'tabindex="-1"')}</div>${field('Leave this field blank', 'x1')}</form>`,
    );
    expect(byName('hp_website')).toBe('leave:honeypot');
    expect(byName('x1')).toBe('leave:honeypot');
  });
  it('never fills passwords, card numbers, birthdays or demographics', () => {
    const { byName } = classifyHtml(
      `<form>${field('Password', 'p', 'type="password"')}${field('Card number', 'cc', 'autocomplete="cc-number"')}${field('Name on card', 'ccn')}${field('Date of birth', 'dob')}${field('Gender', 'g')}${field('Social Security Number', 'ssn')}${field('Desired salary', 's')}${field('How did you hear about us?', 'h')}</form>`,
    );
    expect(['p', 'cc', 'ccn', 'dob', 'g', 'ssn', 's', 'h'].map(byName)).toEqual([
      'leave:password',
      'leave:payment',
      'leave:payment',
      'leave:dateOfBirth',
      'leave:gender',
      'leave:nationalId',
      'leave:salary',
      'leave:referral',
    ]);
  });
  it('keeps a card number in a tel box out of the phone, even when only help text names it', () => {
    const de = classifyHtml(
      `<form><input type="tel" name="card" aria-describedby="h1"><p id="h1">Kartennummer</p></form>`,
    );
    expect(de.byName('card')).toBe('leave:payment');
    const fr = classifyHtml(
      `<form><input type="tel" name="cc_number" aria-describedby="h2"><p id="h2">Numéro de carte</p></form>`,
    );
    expect(fr.byName('cc_number')).toBe('leave:payment');
  });
  it('keeps a tel box named as a card out of the phone when nothing a person reads says phone', () => {
    // Fuzz seeds 754 and 790: an unrelated text before the box (a section title) weakened name="card", and
    // type=tel alone made it a phone.
    const { byName } = classifyHtml(
      `<form><div><p>申请信息</p><input type="tel" name="card"></div><div><p>Your application</p><input type="tel" name="cc_number"></div><div><p>Solicitud</p><input type="tel" name="cvc"></div><div><label for="ph">Phone</label><input type="tel" id="ph" name="cc"></div></form>`,
    );
    expect(['card', 'cc_number', 'cvc'].map(byName)).toEqual(['leave:payment', 'leave:payment', 'leave:payment']);
    // A label that says phone still outweighs a markup name.
    expect(byName('ph')).toBe('phone');
  });
  it('knows card and captcha words in Chinese, Japanese, Korean, Spanish, French and German', () => {
    const payment = [
      '安全码',
      '卡號',
      '银行卡',
      '持卡人姓名',
      '到期日',
      'カード番号',
      'セキュリティコード',
      '有効期限',
      '카드 번호',
      'Código de seguridad',
      'Tarjeta de crédito',
      'Número de la tarjeta',
      'Fecha de vencimiento',
      'Carte bancaire',
      'Cryptogramme visuel',
      'Kreditkarte',
      'Kartenprüfnummer',
      'Karteninhaber',
    ];
    const captcha = [
      'Escriba los caracteres',
      'Introduce el texto de la imagen',
      'Recopiez les caractères',
      'Geben Sie die Zeichen ein',
      '画像認証',
      '보안문자',
    ];
    const html = [...payment, ...captcha].map((label, i) => telField(label, `q${i}`)).join('');
    const { byName } = classifyHtml(`<form>${html}</form>`);
    expect(payment.map((_, i) => byName(`q${i}`))).toEqual(payment.map(() => 'leave:payment'));
    expect(captcha.map((_, i) => byName(`q${payment.length + i}`))).toEqual(captcha.map(() => 'leave:captcha'));
  });
  it('does not take a tel box under a label it cannot read for a phone', () => {
    const { byName } = classifyHtml(
      `<form>${telField('Numer karty płatniczej', 'a')}</form><form>${telField('Faxnummer', 'b')}</form><form>${telField('Telefon komórkowy', 'phone')}</form>`,
    );
    expect(byName('a')).toBe('leave:unknown');
    expect(byName('b')).toBe('leave:unknown');
    // A name that says phone is enough.
    expect(byName('phone')).toBe('phone');
  });
  it('lets visible never-fill words veto, but not markup names or abused autocomplete tokens', () => {
    const { byName } = classifyHtml(
      `<form>${field('Card number', 'num', 'type="tel"')}${field('Email address', 'em', 'autocomplete="new-password"')}<label for="CC">Country:</label><select id="CC" name="CC"><option>Switzerland</option><option>Germany</option></select>${field('Card owner street', 'cardHolderStreet')}</form>`,
    );
    expect(byName('num')).toBe('leave:payment');
    expect(byName('em')).toBe('email');
    expect(byName('CC')).toBe('address.country');
    expect(byName('cardHolderStreet')).toBe('address.line1');
  });
  it('leaves the email box of a login form alone as the sign-in name', () => {
    const { byName } = classifyHtml(
      `<form id="login"><h2>Sign in</h2>${field('Email', 'u', 'type="email"')}${field('Password', 'p', 'type="password"')}</form>`,
    );
    expect(byName('u')).toBe('leave:username');
  });
});

describe('signals and context', () => {
  it('follows autocomplete tokens when labels say nothing', () => {
    const { byName } = classifyHtml(
      `<form><input name="f1" autocomplete="given-name"><input name="f2" autocomplete="section-a family-name"><input name="f3" autocomplete="postal-code"></form>`,
    );
    expect(['f1', 'f2', 'f3'].map(byName)).toEqual(['name.given', 'name.family', 'address.postalCode']);
  });
  it('asks for an ORCID as a URL or a bare id as the field wants', () => {
    const { byName } = classifyHtml(
      `<form>${field('ORCID', 'o1', 'placeholder="0000-0000-0000-0000"')}${field('ORCID URL', 'o2')}${field('DBLP', 'd1', 'placeholder="e.g. 227/2109"')}${field('DBLP profile link', 'd2')}</form>`,
    );
    expect(['o1', 'o2', 'd1', 'd2'].map(byName)).toEqual(['orcid.id', 'orcid.url', 'dblp.id', 'dblp.url']);
    const { decisions } = classifyHtml(`<form>${field('ORCID iD', 'o1', 'placeholder="0000-0000-0000-0000"')}</form>`);
    expect(decisions[0]?.reason).toBe("label 'ORCID iD', as a bare id (placeholder '0000-0000-0000-0000')");
  });
  it('maps repeated education rows to profile rows in order', () => {
    const row = (i: number) =>
      `${field('School', `school_${i}`)}${field('Degree', `degree_${i}`)}${field('Field of study', `field_${i}`)}`;
    const { byName } = classifyHtml(`<form><h2>Education</h2>${row(0)}${row(1)}</form>`);
    expect(['school_0', 'degree_0', 'field_0', 'school_1', 'degree_1', 'field_1'].map(byName)).toEqual([
      'education.institution',
      'education.degree',
      'education.field',
      'education.institution#1',
      'education.degree#1',
      'education.field#1',
    ]);
  });
  it('gives one profile fact to one field', () => {
    const { decisions } = classifyHtml(`<form>${field('Phone', 'p1')}${field('Phone number', 'p2')}</form>`);
    expect(decisions.filter((d) => d.kind === 'phone')).toHaveLength(1);
  });
  it('gives every decision a confidence and a short reason', () => {
    const html = readFileSync(join(FIXTURES, 'greenhouse-classic.html'), 'utf8');
    const { page } = collectFromHtml(html);
    for (const d of classifyPage(page, {})) {
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
      expect(d.reason.length).toBeGreaterThan(3);
      expect(d.reason.length).toBeLessThan(200);
    }
  });
});

describe('site adapters', () => {
  it('recognises HotCRP on a conference’s own host by its structure', () => {
    const html = readFileSync(join(FIXTURES, 'hotcrp-profile.html'), 'utf8');
    const { page } = collectFromHtml(html, { url: 'https://submit.example-conf.org/profile' });
    expect(recogniseSites(page).map((a) => a.id)).toContain('hotcrp');
    expect(recogniseSites({ ...page, fields: [] }).map((a) => a.id)).not.toContain('hotcrp');
  });
  it('recognises a Workday tenant on a company domain', () => {
    const html = readFileSync(join(FIXTURES, 'workday.html'), 'utf8');
    const { page } = collectFromHtml(html, { url: 'https://careers.example-university.edu/apply' });
    expect(recogniseSites(page).map((a) => a.id)).toEqual(['workday']);
  });
  it('fills the OpenReview links from their ids', () => {
    const html = readFileSync(join(FIXTURES, 'openreview-profile.html'), 'utf8');
    const { page } = collectFromHtml(html, { url: 'https://openreview.net/profile/edit' });
    const decisions = classifyPage(page, {});
    expect(decisionFor(page, decisions, 'gscholar_url')).toBe('scholar.url');
    expect(decisionFor(page, decisions, 'dblp_url')).toBe('dblp.url');
    expect(decisionFor(page, decisions, 'wikipedia_url')).toBe('leave:unknown');
  });
});

describe('learned site rules', () => {
  const html = (reactId: string) =>
    `<form><label for="${reactId}">Pronunciation of your name</label><input id="${reactId}" name="pron"><label for="e">Email</label><input id="e" name="email"></form>`;
  it('keeps a field’s signature across page loads', () => {
    const a = collectFromHtml(html(':r3:')).page.fields[0]!;
    const b = collectFromHtml(html(':r7:')).page.fields[0]!;
    expect(fieldSignature(a)).toBe(fieldSignature(b));
    const c = collectFromHtml(html(':r3:').replace('Pronunciation of your name', 'Nickname')).page.fields[0]!;
    expect(fieldSignature(c)).not.toBe(fieldSignature(a));
  });
  it('applies a rule for this origin only, and can ignore a field', () => {
    const page1 = collectFromHtml(html(':r3:'), { url: 'https://apply.example.edu/x' }).page;
    const sig = fieldSignature(page1.fields[0]!);
    const emailSig = fieldSignature(page1.fields[1]!);
    const rules: SiteRule[] = [
      {
        id: 'r1',
        origin: 'https://apply.example.edu',
        signature: sig,
        target: 'name.preferred',
        createdAt: '2026-01-01',
      },
      { id: 'r2', origin: 'https://apply.example.edu', signature: emailSig, target: 'ignore', createdAt: '2026-01-01' },
    ];
    const page2 = collectFromHtml(html(':r9:'), { url: 'https://apply.example.edu/y' }).page;
    const decisions = classifyPage(page2, { rules });
    expect(decisionFor(page2, decisions, 'pron')).toBe('name.preferred');
    expect(decisionFor(page2, decisions, 'email')).toBe('leave:userIgnored');
    const elsewhere = collectFromHtml(html(':r9:'), { url: 'https://other.example.com/y' }).page;
    expect(decisionFor(elsewhere, classifyPage(elsewhere, { rules }), 'email')).toBe('email');
  });
});

describe('nationality and the current job', () => {
  const countries = ['Australia', 'Austria', 'Belgium', 'Brazil', 'Canada', 'Chile', 'China', 'Denmark', 'Egypt']
    .concat(['Finland', 'France', 'Germany', 'Greece', 'India', 'Ireland', 'Italy', 'Japan', 'Kenya', 'Mexico'])
    .map((c) => `<option>${c}</option>`)
    .join('');
  const select = (label: string, name: string) =>
    `<tr><td>${label}</td><td><select name="${name}"><option value="">--</option>${countries}</select></td></tr>`;

  it('leaves a nationality or citizenship list alone even though its options are countries', () => {
    const { byName } = classifyHtml(
      `<form><table>${select('Nationality', 'selNat')}${select('Country of citizenship', 'cit')}${select('Country of residence', 'res')}</table></form>`,
    );
    expect(byName('selNat')).toBe('leave:citizenship');
    expect(byName('cit')).toBe('leave:citizenship');
    expect(byName('res')).toBe('address.country');
  });

  it('fills the department under a "Present employment" heading, but not in a work-history block', () => {
    const present = classifyHtml(
      `<form><h3>Part C: Present Employment</h3><table><tr><td>Present position</td><td><input name="post"></td></tr><tr><td>Name of employer</td><td><input name="emp"></td></tr><tr><td>Department</td><td><input name="dept"></td></tr></table></form>`,
    );
    expect(present.byName('dept')).toBe('position.department');
    expect(present.byName('emp')).toBe('position.institution');
    const history = classifyHtml(
      `<form><h3>Employment history</h3>${field('Employer', 'emp')}${field('Job title', 'title')}${field('Department', 'dept')}</form>`,
    );
    expect(history.byName('emp')).toBe('work.organisation');
    expect(history.byName('dept')).not.toBe('position.department');
  });
});
