/**
 * The profile Fill uses on a page (settings.profilePerSite, issue #17), and the popup's header that names it: the
 * same pure function picks for both (lib/settings/site-profile.ts).
 */
import { describe, expect, it } from 'vitest';
import { profileForHost, siteEntry } from '../../../lib/settings/site-profile';
import { popupHeader } from '../../../components/popup/sections';
import { MIRA, OTHER } from './list-entries';

const PROFILES = [MIRA, OTHER];

describe('the profile Fill uses on a site', () => {
  it('is the site’s own when one is chosen, matching subdomains, the most specific entry first', () => {
    const perSite = { 'example.org': 'p1', 'apply.example.org': 'p2' };
    expect(profileForHost(perSite, 'apply.example.org', PROFILES)).toEqual({
      profile: OTHER,
      site: 'apply.example.org',
    });
    expect(profileForHost(perSite, 'eu.apply.example.org', PROFILES)?.site).toBe('apply.example.org');
    expect(profileForHost(perSite, 'www.example.org', PROFILES)).toEqual({ profile: MIRA, site: 'example.org' });
    expect(siteEntry(perSite, 'notexample.org')).toBeUndefined();
  });

  it('is the active profile elsewhere, without a page, or when the chosen one was deleted', () => {
    expect(profileForHost({ 'jobs.example.com': 'p2' }, 'review.example.net', PROFILES)).toEqual({ profile: MIRA });
    expect(profileForHost({ 'jobs.example.com': 'p2' }, undefined, PROFILES)).toEqual({ profile: MIRA });
    expect(profileForHost({ 'jobs.example.com': 'gone' }, 'jobs.example.com', PROFILES)).toEqual({
      profile: MIRA,
    });
  });
});

describe('the popup header', () => {
  it('names the site’s profile, says so, and lets the person change the site’s profile', () => {
    const header = popupHeader(
      { profiles: PROFILES, profilePerSite: { 'jobs.example.com': 'p2' } },
      'jobs.example.com',
    );
    expect(header).toEqual({
      name: 'Mira O.',
      affiliation: 'Westmarch Labs',
      site: { pattern: 'jobs.example.com', note: 'Fill uses your “Industry” profile on jobs.example.com.' },
      switcher: {
        label: 'Profile for jobs.example.com',
        value: 'p2',
        options: [
          { value: 'p1', label: 'Academic' },
          { value: 'p2', label: 'Industry' },
        ],
      },
    });
  });

  it('names the active profile on other sites, and says nothing until the list is known', () => {
    const header = popupHeader({ profiles: PROFILES, profilePerSite: { 'jobs.example.com': 'p2' } }, 'example.net');
    expect(header.name).toBe('Mira Okonkwo');
    expect(header.site).toBeUndefined();
    expect(header.switcher).toMatchObject({ label: 'Profile', value: 'p1' });
    expect(popupHeader(undefined, 'jobs.example.com')).toEqual({ name: 'Vitae', affiliation: '' });
    expect(popupHeader({ profiles: [{ ...MIRA, name: '' }], profilePerSite: {} }, undefined)).toEqual({
      name: 'Your profile is empty',
      affiliation: 'University of Westmarch',
    });
  });
});
