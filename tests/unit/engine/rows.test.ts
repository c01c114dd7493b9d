import { describe, expect, it } from 'vitest';
import { isAddRowText } from '../../../lib/engine/add-row';
import { planAddRows } from '../../../lib/engine/rows';
import { websiteRows } from '../../../lib/profile/views';
import type { Decision, PageDescription } from '../../../lib/engine/types';
import { testProfile } from './test-profile';

function page(buttons: { text: string; heading: string }[]): PageDescription {
  return {
    url: 'https://x.example/apply',
    topUrl: 'https://x.example/apply',
    title: 'Apply',
    markers: [],
    fields: [],
    buttons: buttons.map((b, i) => ({ id: `b${i}`, index: i, ...b })),
  };
}
const workRow = (row: number): Decision => ({
  fieldId: `w${row}`,
  kind: 'work.title',
  row,
  confidence: 0.9,
  reason: 'test',
});

describe('"add another" words, one list for the collector and the planner', () => {
  it('knows the button in every language the classifier reads', () => {
    for (const text of [
      'Add',
      '+ Add education',
      'Add Another',
      '+',
      'Hinzufügen',
      'Ajouter une expérience',
      'Añadir',
      'Agregar otro',
      'Adicionar',
      'Aggiungi',
      'Toevoegen',
      'Добавить',
      '添加',
      '追加',
    ])
      expect(isAddRowText(text), text).toBe(true);
  });

  it('does not take other buttons for one', () => {
    for (const text of ['Address', 'Save and Continue', 'Delete', 'Upload', 'Additional information', 'Back'])
      expect(isAddRowText(text), text).toBe(false);
  });
});

describe('sections that start empty', () => {
  const profile = testProfile();
  const sections = page([
    { text: 'Add', heading: 'Work Experience' },
    { text: 'Add', heading: 'Education' },
    { text: 'Add', heading: 'Certifications' },
    { text: 'Add', heading: 'Websites' },
  ]);

  it('presses each empty section’s "Add" once when the profile has entries for it', () => {
    const steps = planAddRows(sections, [], profile);
    expect(steps.map((s) => s.fieldId)).toEqual(['b1', 'b0', 'b3']);
    expect(steps.every((s) => s.action === 'click-add' && s.kind === 'add-row')).toBe(true);
    expect(steps[0]?.reason).toMatch(/shows no row/);
  });

  it('never adds a row for a section the profile has nothing for', () => {
    const steps = planAddRows(sections, [], {
      ...profile,
      education: [],
      positions: [],
      experience: [],
      links: { other: [] },
    });
    expect(steps).toEqual([]);
  });

  it('adds the rest once a row shows, and never more rows than entries', () => {
    const entries = planAddRows(sections, [workRow(0)], profile).filter((s) => s.fieldId === 'b0');
    const workEntries = profile.positions.length + profile.experience.length;
    expect(entries).toHaveLength(workEntries - 1);
    // Presses earlier in the fill count as rows, even when the page's rows were not recognised.
    expect(planAddRows(sections, [], profile, { b0: workEntries }).some((s) => s.fieldId === 'b0')).toBe(false);
    expect(planAddRows(sections, [workRow(0), workRow(workEntries - 1)], profile).some((s) => s.fieldId === 'b0')).toBe(
      false,
    );
  });

  it('lists websites as URLs, the homepage first', () => {
    const urls = websiteRows(profile);
    expect(urls[0]).toBe(profile.links.homepage);
    expect(urls.some((u) => u.startsWith('https://orcid.org/'))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
