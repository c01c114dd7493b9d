/** Who the person is and how to reach them: names, emails (by kind, issue #13) and phones in the field's format. */
import type { Profile } from '../../profile/schema';
import { primaryEmail } from '../../profile/create';
import { initialOf, resolveName } from '../../values/names';
import { phoneFormats } from '../../values/phones';
import { countryForms } from '../../values/countries';
import { fieldWords } from '../field-text';
import { asksFor, none, text, type Answer, type AnswerQuery, type AnswerTable } from './answer';

export function emailOfKind(kind: 'email.personal' | 'email.work' | 'email.alternative', profile: Profile): Answer {
  const emails = profile.emails;
  if (!emails.length) return none('no email in the profile');
  const primary = primaryEmail(profile);
  if (kind === 'email.alternative') {
    const other =
      emails.find((e) => e.address !== primary && e.kind === 'personal') ?? emails.find((e) => e.address !== primary);
    return text(other?.address, 'the profile has one email, and an alternative email is a second one');
  }
  const wanted = kind === 'email.personal' ? ['personal'] : ['work', 'academic'];
  const ofKind = emails.find((e) => wanted.includes(e.kind));
  if (ofKind) return text(ofKind.address, 'no email');
  if (emails.length === 1) return text(emails[0]?.address, 'no email');
  return none(`none of the profile's emails is marked ${kind === 'email.personal' ? 'personal' : 'work or academic'}`);
}

type PhoneKind = 'phone' | 'phone.countryCode' | 'phone.national' | 'phone.extension';

function phoneAnswer(q: AnswerQuery<PhoneKind>): Answer {
  const { kind, field, profile } = q;
  const phone = profile.phones.find((p) => p.primary) ?? profile.phones[0];
  if (!phone) return none('no phone in the profile');
  const f = phoneFormats(phone, profile.address.country);
  if (!f) return kind === 'phone' ? text(phone.raw, 'no phone') : none('the stored phone could not be parsed');
  // A formatted number that does not fit goes in as digits: cut at a space it would be "(206)" (issue #12).
  const national = field.maxLength !== undefined && f.national.length > field.maxLength ? f.nationalDigits : f.national;
  switch (kind) {
    case 'phone.countryCode': {
      const names = f.country ? countryForms(f.country) : [];
      return field.options.length
        ? {
            kind: 'choice',
            candidates: [f.countryCode, f.countryCodeDigits, ...names],
            match: (o) =>
              new RegExp(`\\+\\s?${f.countryCodeDigits}\\b`).test(o.text) &&
              (!f.country || names.some((n) => o.text.includes(n) || o.value === n)),
          }
        : text(field.maxLength !== undefined && field.maxLength <= 3 ? f.countryCodeDigits : f.countryCode, 'no code');
    }
    case 'phone.national': {
      const digitsOnly = /\\d|\[0-9\]/.test(field.pattern) || field.type === 'number';
      return text(digitsOnly ? f.nationalDigits : national, 'no number');
    }
    case 'phone.extension':
      return text(f.extension, 'the stored phone has no extension');
    case 'phone': {
      // With a separate country-code box on the page, the number box takes the national number.
      if (asksFor(q, 'phone.countryCode')) return text(national, 'no number');
      const placeholder = field.placeholder.trim();
      if (/^\(?\d{3}\)?[ -]?\d{3}-?\d{4}$/.test(placeholder) && f.countryCodeDigits === '1')
        return text(national, 'no number');
      // The longest form that fits the box: international, then E.164, then the national number, then its digits.
      const max = field.maxLength ?? Infinity;
      const fitting = [f.international, f.e164, f.national, f.nationalDigits].find((v) => v.length <= max);
      return fitting ? text(fitting, 'no number') : none(`the phone number does not fit in ${max} characters`);
    }
  }
}

const name = (profile: Profile) => resolveName(profile.name);

export const IDENTITY_ANSWERS = {
  'name.full': ({ profile }) => text(name(profile).full, 'no name in the profile'),
  'name.given': ({ profile }) => text(name(profile).given, 'no given name in the profile'),
  'name.middle': ({ field, profile }) => {
    const middle = name(profile).middle;
    const initialOnly =
      (field.maxLength !== undefined && field.maxLength <= 2) || /\binitial\b|\bm\.? ?i\.?\b/.test(fieldWords(field));
    const initial = field.maxLength === 1 ? initialOf(middle).replace('.', '') : initialOf(middle);
    return text(initialOnly ? initial : middle, 'no middle name in the profile');
  },
  'name.family': ({ profile }) => text(name(profile).family, 'no family name in the profile'),
  'name.preferred': ({ profile }) => text(profile.name.preferred, 'no preferred name in the profile'),
  'name.native': ({ profile }) => text(profile.name.native, 'no native-script name in the profile'),
  'name.honorific': ({ profile }) => {
    const h = profile.name.honorific?.trim();
    return h
      ? { kind: 'text', text: h, candidates: [h, h.replace(/\.$/, ''), `${h.replace(/\.$/, '')}.`] }
      : none('no title in the profile');
  },
  'name.pronouns': ({ profile }) => text(profile.name.pronouns, 'no pronouns in the profile'),
  email: ({ profile }) => text(primaryEmail(profile), 'no email in the profile'),
  'email.confirm': ({ profile }) => text(primaryEmail(profile), 'no email in the profile'),
  'email.personal': ({ kind, profile }) => emailOfKind(kind, profile),
  'email.work': ({ kind, profile }) => emailOfKind(kind, profile),
  'email.alternative': ({ kind, profile }) => emailOfKind(kind, profile),
  phone: phoneAnswer,
  'phone.countryCode': phoneAnswer,
  'phone.national': phoneAnswer,
  'phone.extension': phoneAnswer,
} satisfies Partial<AnswerTable>;
