// @vitest-environment happy-dom
/** The default bio setting in use (issues #15, #17): first in the popup, and the bio a fill writes. */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../lib/engine/classify';
import { planFill } from '../../lib/engine/plan';
import { biosDefaultFirst, withDefaultBio } from '../../lib/format/bios';
import type { Profile } from '../../lib/profile/schema';
import { CASTELLANO } from '../fixtures/profile-castellano';
import { collectFromHtml } from './engine/collect-html';

const LONG =
  'Ravi Castellano is an Assistant Professor in the School of Informatics at the University of Eastvale. His research interests include graph neural networks and federated learning.';
const FORMAL =
  'Dr. Ravi Castellano works on learned routing for sparse wireless meshes, federated learning at the edge, and the stability of learned systems under churn, with students and colleagues in Eastvale.';
const SHORT = 'Assistant Professor of Informatics, University of Eastvale.';

const profile: Profile = {
  ...CASTELLANO,
  bios: [
    { id: 'bio-long', name: 'Conference bio', person: 'third', text: LONG },
    { id: 'bio-formal', name: 'Grant bio', person: 'third', text: FORMAL },
    { id: 'bio-short', name: 'Short bio', person: 'third', text: SHORT },
  ],
};

function bioFilled(p: Profile): string | undefined {
  const { page } = collectFromHtml(
    '<form><label for="bio">Biography</label><textarea id="bio" name="biography" rows="6"></textarea></form>',
    { url: 'https://review.example.org/profile' },
  );
  const plan = planFill(page, classifyPage(page, {}), p, { documents: [], overwrite: false });
  const step = plan.steps[0];
  return step && 'value' in step ? String(step.value) : undefined;
}

describe('the default bio', () => {
  it('comes first in the popup', () => {
    expect(biosDefaultFirst(profile.bios, 'bio-short').map((b) => b.id)).toEqual([
      'bio-short',
      'bio-long',
      'bio-formal',
    ]);
    expect(biosDefaultFirst(profile.bios, undefined).map((b) => b.id)).toEqual(['bio-long', 'bio-formal', 'bio-short']);
    expect(biosDefaultFirst(profile.bios, 'deleted').map((b) => b.id)).toEqual(['bio-long', 'bio-formal', 'bio-short']);
  });

  it('is the bio a fill writes into a bio field', () => {
    // Without a default, the planner takes the longest bio that fits: the grant bio.
    expect(bioFilled(profile)).toBe(FORMAL);
    expect(bioFilled(withDefaultBio(profile, 'bio-long'))).toBe(LONG);
    expect(bioFilled(withDefaultBio(profile, 'bio-formal'))).toBe(FORMAL);
  });

  it('keeps the bios named short for short-bio fields, and changes nothing without a default', () => {
    expect(withDefaultBio(profile, 'bio-long').bios.map((b) => b.id)).toEqual(['bio-long', 'bio-short']);
    expect(withDefaultBio(profile, undefined)).toBe(profile);
  });
});
