import { ORG_KINDS, REGIONS } from '../../data/vocabulary';
import type { GraphNode } from '../../domain/partnerships';
import type { ColorMode } from '../../domain/urlState';
import { KIND_COLORS, REGION_COLORS } from './scales';
import { useT } from '../../i18n';
import { RadioChoice } from '../../components/RadioChoice';

const COLOUR_CHOICES = [
  ['region', 'graph.region'],
  ['kind', 'graph.kind'],
] as const;

interface Props {
  nodes: readonly GraphNode[];
  mode: ColorMode;
  onModeChange(mode: ColorMode): void;
}

/** The colour key of the graph, for the colouring chosen here: by region or by kind of organization. */
export function GraphLegend({ nodes, mode, onModeChange }: Props) {
  const t = useT();
  const present = new Set(nodes.map((n) => (mode === 'kind' ? n.kind : n.region)));
  const entries =
    mode === 'kind'
      ? ORG_KINDS.filter((k) => present.has(k)).map((k) => ({
          key: k,
          label: t(`kind.${k}`),
          color: KIND_COLORS[k],
        }))
      : REGIONS.filter((r) => present.has(r)).map((r) => ({
          key: r,
          label: t(`region.${r}`),
          color: REGION_COLORS[r],
        }));
  return (
    <div className="legend-row">
      <RadioChoice
        legend="graph.colourBy"
        name="graph-color"
        choices={COLOUR_CHOICES}
        value={mode}
        onChange={onModeChange}
      />
      <ul className="legend" aria-label={mode === 'kind' ? t('graph.kindColours') : t('graph.regionColours')}>
        {entries.map((e) => (
          <li key={e.key}>
            <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
