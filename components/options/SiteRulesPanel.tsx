/**
 * What Vitae learned from "Remember for this site": per origin, which field gets which profile fact (or is left
 * alone). Rules override the built-in patterns; here they can be changed, exported and deleted.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { FIELD_KIND_LIST, kindLabel } from '../../lib/fields/kinds';
import type { SiteRule } from '../../lib/sites/site-rule';
import { useOptionsStore } from '../../stores/options';
import { downloadText, today } from './download';
import { RemoveButton } from './RowControls';
import { RowsTable } from './RowsTable';

const IGNORE = 'ignore';

export function targetLabel(target: string): string {
  return target === IGNORE ? 'Leave this field alone' : kindLabel(target);
}

/** Rules grouped by site, sites and fields in a stable order. */
export function groupRulesByOrigin(rules: readonly SiteRule[]): [string, SiteRule[]][] {
  const groups = new Map<string, SiteRule[]>();
  for (const rule of rules) groups.set(rule.origin, [...(groups.get(rule.origin) ?? []), rule]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([origin, list]) => [
      origin,
      [...list].sort((a, b) => (a.label ?? a.signature).localeCompare(b.label ?? b.signature)),
    ]);
}

export function SiteRulesPanel() {
  const id = useId();
  const rules = useOptionsStore((s) => s.rules);
  const { saveRule, deleteRule } = useOptionsStore.getState();
  const [filter, setFilter] = useState('');
  const groups = useMemo(
    () =>
      groupRulesByOrigin(
        rules.filter((r) => `${r.origin} ${r.label ?? ''} ${r.target}`.toLowerCase().includes(filter.toLowerCase())),
      ),
    [rules, filter],
  );

  return (
    <>
      <p class="muted">
        When you correct a value Vitae filled, or fill a field it left empty, the page offers “Remember for this site”.
        Those rules are listed here; they take precedence over Vitae's own guesses.
      </p>
      <div class="button-row">
        <div class="field">
          <label for={`${id}-filter`}>Filter rules</label>
          <input id={`${id}-filter`} type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </div>
        <button
          type="button"
          disabled={rules.length === 0}
          onClick={() => downloadText(`vitae-site-rules-${today()}.json`, JSON.stringify(rules, null, 2))}
        >
          Export rules as JSON
        </button>
      </div>
      {rules.length === 0 && <p>No learned rules yet.</p>}
      {groups.map(([origin, list]) => (
        <section key={origin} aria-label={`Rules for ${origin}`}>
          <h3>{origin}</h3>
          <RowsTable class="rules" columns={['Field on the page', 'Fill with', 'Learned']}>
            {list.map((rule) => {
              const name = rule.label ?? rule.signature;
              return (
                <tr key={rule.id} data-rule-id={rule.id}>
                  <th scope="row" title={rule.signature}>
                    {name}
                  </th>
                  <td>
                    <select
                      aria-label={`What to fill into ${name}`}
                      value={rule.target}
                      onChange={(e) => void saveRule({ ...rule, target: e.currentTarget.value })}
                    >
                      <option value={IGNORE}>{targetLabel(IGNORE)}</option>
                      {FIELD_KIND_LIST.map((kind) => (
                        <option key={kind} value={kind}>
                          {targetLabel(kind)}
                        </option>
                      ))}
                      {rule.target !== IGNORE && !FIELD_KIND_LIST.includes(rule.target as never) && (
                        <option value={rule.target}>{rule.target}</option>
                      )}
                    </select>
                  </td>
                  <td>{rule.createdAt.slice(0, 10)}</td>
                  <td>
                    <RemoveButton label={`Delete the rule for ${name}`} onClick={() => void deleteRule(rule.id)}>
                      Delete
                    </RemoveButton>
                  </td>
                </tr>
              );
            })}
          </RowsTable>
        </section>
      ))}
    </>
  );
}
