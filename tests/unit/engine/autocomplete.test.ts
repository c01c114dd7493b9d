import { describe, expect, it } from 'vitest';
import {
  classifyByAutocomplete,
  kindFromAutocomplete,
  parseAutocomplete,
  planFromDecisions,
} from '../../../lib/engine/autocomplete';
import type { FieldDescriptor, PageDescription } from '../../../lib/engine/types';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';

function field(overrides: Partial<FieldDescriptor>): FieldDescriptor {
  return {
    id: 'f1',
    selector: '#f1',
    control: 'input',
    type: 'text',
    name: '',
    htmlId: '',
    autocomplete: '',
    placeholder: '',
    ariaLabel: '',
    ariaLabelledBy: '',
    description: '',
    labelFor: '',
    labelWrap: '',
    precedingText: '',
    legend: '',
    heading: '',
    dataAttributes: {},
    options: [],
    pattern: '',
    required: false,
    value: '',
    fillable: true,
    index: 0,
    ...overrides,
  };
}

function page(fields: FieldDescriptor[], buttons: PageDescription['buttons'] = []): PageDescription {
  return { url: 'https://x.example/', topUrl: 'https://x.example/', title: '', markers: [], fields, buttons };
}

const profile: Profile = {
  ...emptyProfile('p1'),
  name: { given: 'Ines', family: 'Barrowmere', full: 'Ines Barrowmere' },
  emails: [{ address: 'ines@uni.example.edu', kind: 'academic', primary: true }],
  phones: [{ raw: '555 0101', e164: '+15550101', kind: 'work', primary: false }],
  address: { lines: ['1 Quay St'], city: 'Harlow Bay', country: 'NZ' },
  positions: [
    { id: 'a', title: 'Lecturer', institution: 'Harlow University', start: '2021-02', end: 'present' },
    { id: 'b', title: 'Postdoc', institution: 'Institute of Tides', start: '2018-01', end: '2021-01' },
  ],
  education: [
    { id: 'e', degree: 'PhD', institution: 'Southmoor University', advisors: [], start: '2014-03', end: '2017-11' },
  ],
};

describe('parseAutocomplete', () => {
  it('splits section, address type, contact and field name', () => {
    expect(parseAutocomplete('section-reviewer shipping work email')).toEqual({
      section: 'section-reviewer',
      addressType: 'shipping',
      contact: 'work',
      field: 'email',
      webauthn: false,
    });
    expect(parseAutocomplete('username webauthn')).toMatchObject({ field: 'username', webauthn: true });
  });

  it('says nothing for on, off, empty and malformed values', () => {
    expect(parseAutocomplete('')).toBeNull();
    expect(parseAutocomplete('off')).toBeNull();
    expect(parseAutocomplete('on')).toBeNull();
    expect(parseAutocomplete('bogus extra email')).toBeNull();
  });
});

describe('kindFromAutocomplete', () => {
  it('maps the WHATWG names onto profile facts and leave-alone reasons', () => {
    expect(kindFromAutocomplete({ autocomplete: 'given-name', type: 'text' })).toEqual({ kind: 'name.given' });
    expect(kindFromAutocomplete({ autocomplete: 'work tel', type: 'tel' })).toEqual({ kind: 'phone' });
    expect(kindFromAutocomplete({ autocomplete: 'organization', type: 'text' })).toEqual({
      kind: 'position.institution',
    });
    expect(kindFromAutocomplete({ autocomplete: 'new-password', type: 'password' })).toEqual({ leave: 'password' });
    expect(kindFromAutocomplete({ autocomplete: 'cc-number', type: 'text' })).toEqual({ leave: 'payment' });
    expect(kindFromAutocomplete({ autocomplete: 'bday', type: 'date' })).toEqual({ leave: 'dateOfBirth' });
  });

  it('treats an email box marked "username" as the email (HotCRP signs in by email)', () => {
    expect(kindFromAutocomplete({ autocomplete: 'username', type: 'email' })).toEqual({ kind: 'email' });
    expect(kindFromAutocomplete({ autocomplete: 'username', type: 'text' })).toEqual({ leave: 'username' });
  });
});

describe('planFromDecisions', () => {
  it('fills empty fields, skips prefilled, hidden and unknown ones with reasons', () => {
    const p = page([
      field({ id: 'a', autocomplete: 'email', type: 'email' }),
      field({ id: 'b', autocomplete: 'given-name', value: 'Already' }),
      field({ id: 'c', autocomplete: 'family-name', fillable: false, notFillableReason: 'hidden (display: none)' }),
      field({ id: 'd', name: 'favourite_colour' }),
      field({ id: 'e', autocomplete: 'country-name' }),
      field({ id: 'g', autocomplete: 'country' }),
    ]);
    const plan = planFromDecisions(p, classifyByAutocomplete(p), profile, { documents: [], overwrite: false });
    expect(plan.steps.map((s) => [s.fieldId, s.kind, 'value' in s ? s.value : ''])).toEqual([
      ['a', 'email', 'ines@uni.example.edu'],
      ['e', 'address.country', 'New Zealand'],
      ['g', 'address.country', 'NZ'],
    ]);
    expect(Object.fromEntries(plan.skipped.map((s) => [s.fieldId, s.reason]))).toEqual({
      b: 'Already has a value (overwrite is off)',
      c: 'Not filled: hidden (display: none)',
      d: 'Left alone: not recognised',
    });
  });

  it('overwrites prefilled fields when asked', () => {
    const p = page([field({ id: 'b', autocomplete: 'given-name', value: 'Already' })]);
    const plan = planFromDecisions(p, classifyByAutocomplete(p), profile, { documents: [], overwrite: true });
    expect(plan.steps).toEqual([
      expect.objectContaining({ fieldId: 'b', action: 'set-value', value: 'Ines', kind: 'name.given' }),
    ]);
  });

  it('chooses select options by code or by name', () => {
    const options = [
      { value: '', text: 'Choose…' },
      { value: 'nz', text: 'New Zealand' },
    ];
    const p = page([field({ id: 'c', control: 'select', type: '', autocomplete: 'country', options })]);
    const plan = planFromDecisions(p, classifyByAutocomplete(p), profile, { documents: [], overwrite: false });
    expect(plan.steps).toEqual([
      expect.objectContaining({ action: 'select-option', value: 'nz', optionText: 'New Zealand' }),
    ]);
  });

  it('numbers Workday rows from their ids and asks for another row when the profile has more', () => {
    const p = page(
      [field({ id: 't1', htmlId: 'workExperience-1--jobTitle', labelFor: 'Job Title' })],
      [{ id: 'b1', text: 'Add Another', heading: 'Work Experience', index: 1 }],
    );
    const plan = planFromDecisions(p, classifyByAutocomplete(p), profile, { documents: [], overwrite: false });
    expect(plan.steps).toEqual([
      expect.objectContaining({ fieldId: 't1', kind: 'work.title', value: 'Lecturer' }),
      expect.objectContaining({ fieldId: 'b1', action: 'click-add', kind: 'add-row' }),
    ]);
  });

  it('attaches the newest document of the kind a file field asks for', () => {
    const p = page([field({ id: 'cv', type: 'file', labelFor: 'Resume/CV' })]);
    const docs = [
      {
        id: 'old',
        profileId: 'p1',
        kind: 'cv' as const,
        fileName: 'old.pdf',
        mimeType: 'application/pdf',
        size: 1,
        addedAt: '2020-01-01',
      },
      {
        id: 'new',
        profileId: 'p1',
        kind: 'cv' as const,
        fileName: 'new.pdf',
        mimeType: 'application/pdf',
        size: 1,
        addedAt: '2024-01-01',
      },
    ];
    const plan = planFromDecisions(p, classifyByAutocomplete(p), profile, { documents: docs, overwrite: false });
    expect(plan.steps).toEqual([
      expect.objectContaining({ action: 'attach-file', documentId: 'new', fileName: 'new.pdf' }),
    ]);
  });
});
