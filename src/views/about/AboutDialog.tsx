import { Dialog } from '../../components/Dialog';
import { buildPartnershipGraph } from '../../domain/partnerships';
import { useAppStore } from '../../store/store';

interface Props {
  open: boolean;
  onClose(): void;
}

const FIELDS: [string, string][] = [
  ['Mission', 'A spacecraft, station, program or ground observatory built or run by several organizations.'],
  [
    'Type',
    'What it is: space station, crew transport, cargo, space telescope, planetary, lunar, Earth observation, weather, heliophysics, ground observatory, navigation, communications, technology, or a program grouping several missions.',
  ],
  [
    'Destination',
    'Where it works: an Earth orbit, a Lagrange point, the Moon, a planet, a comet or asteroid, or Earth’s surface.',
  ],
  ['Status', 'Completed, active, planned, cancelled or failed, as of the last update.'],
  [
    'Years',
    'Launch (or start of operations) to the last year of operations; “present” while it still works.',
  ],
  ['Partners', 'Each organization with its role (the lead is marked) and what it contributed.'],
  ['Program', 'The larger effort a mission belongs to, such as the ISS, Artemis, Copernicus or ExoMars.'],
  ['Sources', 'Links to the agencies’ own pages or an encyclopedia entry that back the facts.'],
];

/** What the data is, how it was made, and how to cite it or correct it. */
export function AboutDialog({ open, onClose }: Props) {
  const dataset = useAppStore((s) => s.dataset);

  if (!dataset) return null;
  const graph = buildPartnershipGraph(dataset.missions, dataset.organizations);
  const countries = new Set(dataset.organizations.map((o) => o.country).filter(Boolean));
  const years = dataset.missions.map((m) => m.start);
  const updated = dataset.updated ?? 'unknown';
  const citation = `Space Collaboration Explorer (${updated.slice(0, 4)}). ${dataset.title ?? 'International collaboration in space'}. Dataset, version of ${updated}. ${window.location.href}`;

  return (
    <Dialog open={open} onClose={onClose} title="About the data" className="about">
      <p>
        <strong>{dataset.title ?? 'This dataset'}</strong> counts{' '}
        <strong>{dataset.missions.length} missions and programs</strong>, from {Math.min(...years)} to{' '}
        {Math.max(...years)}, built by <strong>{dataset.organizations.length} organizations</strong> from{' '}
        {countries.size} countries and international bodies, linked by <strong>{graph.links.length}</strong>{' '}
        partnerships. Last updated <strong>{updated}</strong>.
      </p>
      <h3>What counts as a collaboration</h3>
      <p>
        A mission is included when at least two organizations from different countries, or an
        intergovernmental body such as ESA, EUMETSAT or ESO, each contributed something real to it: a
        spacecraft, an instrument, a launch, a module, a crew seat, tracking, or operations. In the graph, two
        organizations are linked when they share a mission; the thicker the line, the more missions they
        share.
      </p>
      <h3>What the fields mean</h3>
      <dl className="fields">
        {FIELDS.map(([term, meaning]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <h3>How it was checked</h3>
      <p>
        Every mission has at least one source. Where sources disagree, the agency’s own figure is used; where
        the articles the project started from were wrong or out of date (Copernicus is the European Union’s
        program, not NASA’s; no Artemis crew landed in 2024), the data follows the facts. Statuses were
        checked against the most recent sources available on the update date; events since then may be
        missing.
      </p>
      <h3>How to cite it</h3>
      <p className="citation">{citation}</p>
      <h3>Found an error?</h3>
      <p>
        Report it in the project’s issue tracker with the mission’s id (the part after <code>mission=</code>{' '}
        in the link), what is wrong, and a source that shows the correct fact.
      </p>
      <h3>License</h3>
      <p>
        The data is released under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">
          {dataset.license ?? 'CC BY 4.0'}
        </a>
        : share and adapt it, with credit. The linked sources belong to their publishers.
      </p>
    </Dialog>
  );
}
