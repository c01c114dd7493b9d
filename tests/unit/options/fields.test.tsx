// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../../../components/options/fields';
import { normaliseOrcid, validateOrcid } from '../../../lib/profile/validate';

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('a validated text field', () => {
  it('keeps an invalid draft on screen, marks it, and commits only valid (normalised) values', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const commit = vi.fn();
    await act(() => {
      render(
        <TextField
          label="ORCID iD"
          value={undefined}
          validate={validateOrcid}
          normalise={(v) => normaliseOrcid(v) ?? v}
          onCommit={commit}
        />,
        root,
      );
    });
    const input = root.querySelector('input')!;
    expect(root.querySelector('label')?.htmlFor).toBe(input.id);

    await type(input, '0000-0002-1825-0098');
    expect(commit).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/checksum/);
    expect(input.value).toBe('0000-0002-1825-0098');

    await type(input, 'https://orcid.org/0000-0002-1825-0097');
    expect(commit).toHaveBeenLastCalledWith('0000-0002-1825-0097');
    expect(input.hasAttribute('aria-invalid')).toBe(false);

    await type(input, '   ');
    expect(commit).toHaveBeenLastCalledWith(undefined);
  });
});
