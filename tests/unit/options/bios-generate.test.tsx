// @vitest-environment happy-dom
/** "Generate from profile" in the options page's Bios section (issue #15). */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { BiosEditor } from '../../../components/options/BiosEditor';
import { createHandlers } from '../../../platform/handlers';
import { listenInBackground } from '../../../platform/messaging';
import { Repository } from '../../../platform/repository';
import { useOptionsStore } from '../../../stores/options';
import { CASTELLANO } from '../../fixtures/profile-castellano';

describe('the options page Bios section', () => {
  beforeAll(() => {
    listenInBackground(createHandlers(new Repository()));
  });

  it('adds a bio generated from the profile, at the length and person chosen', async () => {
    useOptionsStore.setState({ profile: { ...CASTELLANO, bios: [] } });
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<BiosEditor />, root));
    const selects = root.querySelectorAll('select');
    await act(() => {
      selects[0]!.value = '50';
      selects[0]!.dispatchEvent(new Event('change', { bubbles: true }));
      selects[1]!.value = 'first';
      selects[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Generate from profile');
    await act(() => button?.click());
    const bios = useOptionsStore.getState().profile?.bios ?? [];
    expect(bios).toHaveLength(1);
    expect(bios[0]).toMatchObject({ name: '50-word bio (first person)', person: 'first' });
    expect(bios[0]?.text).toMatch(/^I am an Assistant Professor in the School of Informatics/);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Added a \d+-word bio/);
  });

  it('says so when the profile is too thin for the length, rather than padding', async () => {
    useOptionsStore.setState({
      profile: { ...CASTELLANO, bios: [], publications: [], service: [], awards: [], grants: [], interests: [] },
    });
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<BiosEditor />, root));
    const select = root.querySelector('select')!;
    await act(() => {
      select.value = '200';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Generate from profile');
    await act(() => button?.click());
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/holds enough for about \d+ words, not 200/);
  });
});
