import { Dialog } from '../../components/Dialog';
import { useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { useT, type MessageKey } from '../../i18n';
import { selectFullGraph } from '../../store/selectors';
import { useAppStore } from '../../store/store';

interface Props {
  open: boolean;
  onClose(): void;
}

const FIELDS: [MessageKey, MessageKey][] = [
  ['about.field.mission', 'about.field.missionText'],
  ['filters.type', 'about.field.typeText'],
  ['filters.destination', 'about.field.destinationText'],
  ['filters.status', 'about.field.statusText'],
  ['filters.years', 'about.field.yearsText'],
  ['table.col.partners', 'about.field.partnersText'],
  ['about.field.program', 'about.field.programText'],
  ['about.field.sources', 'about.field.sourcesText'],
];

/** What the data is, how it was made, and how to cite it or correct it. */
export function AboutDialog({ open, onClose }: Props) {
  const dataset = useAppStore((s) => s.dataset);
  // The whole-dataset graph is memoized per dataset; the other figures are counted once per dataset too, so
  // this dialog costs nothing when the header re-renders on a filter change.
  const graph = useAppStore(selectFullGraph);
  const figures = useMemo(() => (dataset ? datasetFigures(dataset) : null), [dataset]);
  const t = useT();
  if (!dataset || !figures) return null;
  const { countries, first, last } = figures;
  const updated = dataset.updated ?? '—';
  const title = dataset.title ?? t('app.title');

  return (
    <Dialog open={open} onClose={onClose} title={t('about.title')} className="about">
      <p>
        {t('about.counts', {
          title,
          missions: dataset.missions.length,
          first,
          last,
          orgs: dataset.organizations.length,
          countries: countries.size,
          links: graph.links.length,
          updated,
        })}
      </p>
      <h3>{t('about.whatCounts')}</h3>
      <p>{t('about.whatCountsText')}</p>
      <h3>{t('about.fields')}</h3>
      <dl className="fields">
        {FIELDS.map(([term, meaning]) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{t(meaning)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('about.note')}</p>
      <h3>{t('about.checked')}</h3>
      <p>{t('about.checkedText')}</p>
      <h3>{t('about.cite')}</h3>
      <p className="citation">
        {t('about.citation', { year: updated.slice(0, 4), title, updated, url: window.location.href })}
      </p>
      <h3>{t('about.error')}</h3>
      <p>{t('about.errorText')}</p>
      <h3>{t('about.license')}</h3>
      <p>
        {t('about.licenseText', { license: dataset.license ?? 'CC BY 4.0' })}{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">
          creativecommons.org/licenses/by/4.0
        </a>
      </p>
    </Dialog>
  );
}

function datasetFigures(dataset: Dataset) {
  let first = Infinity;
  let last = -Infinity;
  for (const m of dataset.missions) {
    first = Math.min(first, m.start);
    last = Math.max(last, m.start);
  }
  const countries = new Set(dataset.organizations.map((o) => o.country).filter(Boolean));
  return { countries, first, last };
}
