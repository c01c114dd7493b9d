// @vitest-environment happy-dom
/** The fill report in the person's words (issue #15), from a real plan of a page and the skipped details. */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../lib/engine/classify';
import { planFill } from '../../lib/engine/plan';
import { fieldLabel, skippedDetails, summarizeFill } from '../../lib/format/fill-report';
import type { FillTabResponse } from '../../lib/messaging/protocol';
import { CASTELLANO } from '../fixtures/profile-castellano';
import { collectFromHtml } from './engine/collect-html';

const PAGE = `<form>
  <label for="given">First name</label><input id="given" name="given" autocomplete="given-name">
  <label for="email">Email</label><input id="email" type="email" name="email">
  <label for="pos">Position</label>
  <select id="pos" name="position"><option value="">Choose…</option><option>Student</option><option>Engineer</option></select>
  <label for="pw">Password</label><input id="pw" type="password" name="password">
  <label for="gender">Gender</label>
  <select id="gender" name="gender"><option></option><option>Woman</option><option>Man</option></select>
  <label><input type="checkbox" name="terms"> I accept the terms and conditions</label>
  <label for="pet">Favourite tram line</label><input id="pet" name="tramline">
  <input name="trap" style="display:none">
</form>`;

function report(): Extract<FillTabResponse, { ok: true }> {
  const { page } = collectFromHtml(PAGE, { url: 'https://review.example.org/signup' });
  const decisions = classifyPage(page, {});
  const plan = planFill(page, decisions, CASTELLANO, { documents: [], overwrite: false });
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const decisionOf = new Map(decisions.map((d) => [d.fieldId, d]));
  return {
    ok: true,
    total: page.fields.length,
    // As if every planned step went in.
    filled: plan.steps.map((s) => ({
      frameUrl: page.url,
      selector: byId.get(s.fieldId)?.selector ?? '',
      field: s.kind,
      value: '',
    })),
    skipped: plan.skipped.map((s) => ({
      selector: byId.get(s.fieldId)?.selector ?? s.fieldId,
      reason: s.reason,
      frameUrl: page.url,
      ...skippedDetails(byId.get(s.fieldId), decisionOf.get(s.fieldId)),
    })),
  };
}

describe("the popup's fill report", () => {
  it('names skipped fields by their labels and says why, counting only fields Vitae could fill', () => {
    const summary = summarizeFill(report());
    expect(summary.notFilled).toEqual(['Position (no option matches Assistant Professor)']);
    expect(summary.headline).toBe('Filled 2 of 3 fields Vitae could fill');
  });

  it('counts passwords, consent and demographic questions apart, and leaves hidden fields out', () => {
    const summary = summarizeFill(report());
    expect(summary.leftAlone).toEqual([
      'Password (a password)',
      'Gender (gender)',
      'I accept the terms and conditions (a consent or terms checkbox)',
    ]);
    expect(summary.unrecognised).toEqual(['Favourite tram line']);
    expect(JSON.stringify(summary)).not.toMatch(/trap|#/);
  });

  it('reads a label from the page the way a person does', () => {
    const { page } = collectFromHtml(
      '<fieldset><legend>Career stage</legend><label><input type="radio" name="s" value="a"> Early</label></fieldset><input aria-label="ORCID iD" name="x"><input placeholder="Your homepage" name="y">',
      { url: 'https://example.org/' },
    );
    expect(page.fields.map(fieldLabel)).toEqual(['Career stage', 'ORCID iD', 'Your homepage']);
  });
});
