import type { SiteAdapter } from './types';

/**
 * Workday tenants (any company domain): `data-automation-id` and ids like `name--legalName--firstName`. Its
 * application is five steps swapped in place (My Information, My Experience, Application Questions, Voluntary
 * Disclosures, Review); the questions and disclosures are the person's to answer (issue #18), and the rules for them
 * come first because the first rule that matches a field wins.
 */
export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  hosts: [/(^|\.)myworkdayjobs\.com$/, /(^|\.)myworkday\.com$/, /(^|\.)workday\.com$/],
  markers: [/workday/i],
  structure: [
    /^data-automation-id=/,
    /--legalName--/,
    /^address--/,
    /^workExperience-\d+--/,
    /^education-\d+--/,
    /^phoneNumber--/,
  ],
  minMatches: 2,
  fields: [
    {
      label: /\b(authori[sz]ed|eligible|legally|right) to work\b|\bsponsor(ship)?\b|\bvisa\b|\bwork permit\b/,
      target: 'leave:legal',
      note: 'a legal question',
    },
    { label: /\bhow did you (hear|learn|find)\b|\breferr(ed|al) source\b/, target: 'leave:referral' },
    {
      label: /^(why|describe|tell us|explain|please (describe|explain|tell))\b/,
      target: 'leave:essay',
      note: 'a free-text question',
    },
    { key: /^(primary|secondary)Questionnaire--/, target: 'leave:question', note: 'an application question' },
    { key: /--legalName--firstName$|^legalNameSection_firstName$/, target: 'name.given' },
    { key: /--legalName--middleName$|^legalNameSection_middleName$/, target: 'name.middle' },
    { key: /--legalName--lastName$|^legalNameSection_lastName$/, target: 'name.family' },
    { key: /--preferredName--firstName$/, target: 'name.preferred' },
    { key: /^address--addressLine1$|^addressSection_addressLine1$/, target: 'address.line1' },
    { key: /^address--addressLine2$|^addressSection_addressLine2$/, target: 'address.line2' },
    { key: /^address--city$|^addressSection_city$/, target: 'address.city' },
    { key: /^address--countryRegion$|^addressSection_countryRegion$/, target: 'address.region' },
    { key: /^address--postalCode$|^addressSection_postalCode$/, target: 'address.postalCode' },
    { key: /^country--country$|^countryDropdown$/, target: 'address.country' },
    { key: /^emailAddress--emailAddress$|^email$/, target: 'email' },
    { key: /^phoneNumber--phoneNumber$|^phone-number$/, target: 'phone.national' },
    { key: /^phoneNumber--extension$/, target: 'phone.extension' },
    { key: /^phoneNumber--countryPhoneCode$/, target: 'phone.countryCode' },
    { key: /^phoneNumber--phoneType$/, target: 'leave:unknown', note: 'a phone type choice' },
    { key: /^workExperience-\d+--jobTitle$/, target: 'work.title' },
    { key: /^workExperience-\d+--companyName$/, target: 'work.organisation' },
    { key: /^workExperience-\d+--location$/, target: 'work.location' },
    { key: /^workExperience-\d+--currentlyWorkHere$/, target: 'work.current' },
    { key: /^workExperience-\d+--startDate/, target: 'work.start' },
    { key: /^workExperience-\d+--endDate/, target: 'work.end' },
    { key: /^workExperience-\d+--roleDescription$/, target: 'leave:essay' },
    { key: /^education-\d+--schoolName$/, target: 'education.institution' },
    { key: /^education-\d+--degree$/, target: 'education.degree' },
    { key: /^education-\d+--fieldOfStudy$/, target: 'education.field' },
    { key: /^education-\d+--firstYearAttended/, target: 'education.start' },
    { key: /^education-\d+--lastYearAttended/, target: 'education.end' },
    { key: /^education-\d+--gradeAverage$/, target: 'leave:unknown', note: 'a grade average' },
    { key: /^(websites?|webAddress)-\d+--url$/, target: 'website.url' },
    { key: /^skills--skills$/, target: 'skills' },
    { key: /^data-automation-id=file-upload-input-ref$/, target: 'document.cv' },
    { key: /^source--source$/, target: 'leave:referral' },
  ],
};
