/**
 * The profile list in the popup's address (issue #16): what the background writes there is what the popup reads
 * back, and nothing else is trusted.
 */
import { describe, expect, it } from 'vitest';
import { listInAddress, popupAddress, POPUP_PAGE } from '../../../lib/settings/popup-address';
import { MIRA, OTHER } from './list-entries';

const hashOf = (address: string) => address.slice(POPUP_PAGE.length);

describe('the popup address', () => {
  it('carries the list, names with any characters included, back to the popup', () => {
    const list = {
      profiles: [MIRA, { ...OTHER, name: 'Zoë “Ji-woo” Ó Briain #2 & co / 100%', affiliation: 'Université de Lyon' }],
      profilePerSite: { 'jobs.example.com': OTHER.id },
    };
    const address = popupAddress(list);
    expect(address.startsWith(`${POPUP_PAGE}#list=`)).toBe(true);
    expect(listInAddress(hashOf(address))).toEqual(list);
    expect(listInAddress(new URL(`chrome-extension://abc/${address}`).hash)).toEqual(list);
  });

  it('is bare popup.html without a list, and a bare address has no list', () => {
    expect(popupAddress()).toBe(POPUP_PAGE);
    expect(listInAddress('')).toBeUndefined();
  });

  it('does not trust what is not a valid list', () => {
    const bad = [
      '#list=',
      '#list=%E0%A4%A',
      '#list=%7Bnot',
      `#list=${encodeURIComponent(JSON.stringify([MIRA]))}`,
      `#list=${encodeURIComponent(JSON.stringify({ profiles: [MIRA, MIRA], profilePerSite: {} }))}`,
      `#list=${encodeURIComponent(JSON.stringify({ profiles: [], profilePerSite: {} }))}`,
      `#other=${encodeURIComponent(JSON.stringify({ profiles: [MIRA], profilePerSite: {} }))}`,
    ];
    for (const hash of bad) expect(listInAddress(hash)).toBeUndefined();
  });
});
