import { useId, useMemo } from 'react';
import { useFirstPaintDone } from '../../app/useFirstPaintDone';
import type { Organization } from '../../data/schema';
import { selectComparison, selectOrgById, selectOrgMissionTotals } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { yearsLabel } from '../missionTable/columns';
import { usePlural, useT } from '../../i18n';

const NO_ORGANIZATIONS: Organization[] = [];

/** Two organizations side by side: what they built together, since when, and how it grew by decade. */
export function ComparePanel() {
  const pair = useAppStore((s) => s.compare);
  const comparison = useAppStore(selectComparison);
  const orgById = useAppStore(selectOrgById);
  const totals = useAppStore(selectOrgMissionTotals);
  const organizations = useAppStore((s) => s.dataset?.organizations ?? NO_ORGANIZATIONS);
  const { setCompare, selectMission } = appStore.getState();
  const idA = useId();
  const idB = useId();
  const [a, b] = pair ?? ['', ''];
  const sorted = useMemo(
    () => [...organizations].sort((x, y) => (totals.get(y.id) ?? 0) - (totals.get(x.id) ?? 0)),
    [organizations, totals],
  );
  // A closed menu's options are out of sight: in the first view only the chosen ones are built.
  const painted = useFirstPaintDone();
  const name = (id: string) => orgById.get(id)?.name ?? id;
  const t = useT();
  const tp = usePlural();

  const pending = useAppStore((s) => s.pendingCompare);
  const shownA = pair ? a : (pending?.[0] ?? '');
  const shownB = pair ? b : (pending?.[1] ?? '');
  const choose = (which: 0 | 1, id: string) => {
    const next: [string, string] = which === 0 ? [id, shownB] : [shownA, id];
    if (next[0] && next[1] && next[0] !== next[1]) setCompare(next);
    else if (!next[0] && !next[1]) setCompare(null);
    else appStore.setState({ compare: null, pendingCompare: next });
  };
  const choices = painted ? sorted : sorted.filter((o) => o.id === shownA || o.id === shownB);
  const max = Math.max(1, ...(comparison?.byDecade.map((d) => d.count) ?? [1]));

  return (
    <section className="panel compare-panel" aria-labelledby="compare-title">
      <div className="panel-head">
        <h2 id="compare-title" className="panel-title">
          {t('compare.title')}
        </h2>
      </div>
      <div className="compare-pickers">
        <div>
          <label htmlFor={idA}>{t('compare.first')}</label>
          <select id={idA} className="text-input" value={shownA} onChange={(e) => choose(0, e.target.value)}>
            <option value="">{t('compare.choose')}</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={idB}>{t('compare.second')}</label>
          <select id={idB} className="text-input" value={shownB} onChange={(e) => choose(1, e.target.value)}>
            <option value="">{t('compare.choose')}</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id} disabled={o.id === shownA}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!comparison ? (
        <p className="muted">{t('compare.hint')}</p>
      ) : comparison.shared.length === 0 ? (
        <p>{t('compare.none', { a: name(a), b: name(b) })}</p>
      ) : (
        <>
          <p>
            {tp('compare.summary', comparison.shared.length, {
              first: comparison.first?.name ?? '',
              year: comparison.first?.start ?? '',
            })}
          </p>
          <h3 className="small-heading">{t('compare.byDecade')}</h3>
          <ul className="decade-bars">
            {comparison.byDecade.map((d) => (
              <li key={d.decade}>
                <span className="decade">{t('filters.decadeValue', { decade: d.decade })}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(100 * d.count) / max}%` }} />
                </span>
                <span className="count">{d.count}</span>
              </li>
            ))}
          </ul>
          <h3 className="small-heading">{t('compare.together')}</h3>
          <ul className="mission-list">
            {comparison.shared.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => selectMission(m.id)}>
                  {m.name}
                </button>{' '}
                <span className="muted">{yearsLabel(m, t)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
