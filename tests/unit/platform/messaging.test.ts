import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES, isFromContentScript } from '../../../platform/messaging';

const BASE = 'chrome-extension://abcdefghijklmnop/';

describe('who may ask the background what', () => {
  it('tells content scripts in web pages from Vitae’s own pages', () => {
    expect(isFromContentScript({ tab: { id: 3 }, url: 'https://evil.example/form' }, BASE)).toBe(true);
    expect(isFromContentScript({ tab: { id: 3 }, url: 'about:blank' }, BASE)).toBe(true);
    expect(isFromContentScript({ tab: { id: 3 } }, BASE)).toBe(true);
    // The options page open in a tab, the popup (no tab), and Firefox's moz-extension pages.
    expect(isFromContentScript({ tab: { id: 4 }, url: `${BASE}options.html#/welcome` }, BASE)).toBe(false);
    expect(isFromContentScript({ url: `${BASE}popup.html` }, BASE)).toBe(false);
    expect(isFromContentScript({ tab: { id: 4 }, url: 'moz-extension://u/options.html' }, 'moz-extension://u/')).toBe(
      false,
    );
  });

  it('lets content scripts send only the undo of their own fill, its next step and the "Remember for this site" pair', () => {
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual(['fill.step', 'fill.undo', 'rules.learn', 'rules.suggest']);
    // A page continues a fill the person started (platform/steps.ts); it can never start one.
    expect(CONTENT_SCRIPT_MESSAGES.has('fill.tab')).toBe(false);
    // Never the ways to read or write the profile, documents, settings or rules directly.
    for (const type of ['profile.get', 'profile.export', 'document.get', 'settings.get', 'rules.list', 'rules.save'])
      expect(CONTENT_SCRIPT_MESSAGES.has(type)).toBe(false);
  });
});
