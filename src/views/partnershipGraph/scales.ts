import { scaleOrdinal, scaleSqrt } from 'd3';
import { ORG_KINDS, REGIONS, type OrgKind, type Region } from '../../data/vocabulary';

/** Colours chosen to stay distinguishable on a projector and for common colour-vision deficiencies. */
export const REGION_COLORS: Record<Region, string> = {
  'North America': '#4e79a7',
  'Latin America': '#59a14f',
  Europe: '#f28e2b',
  Asia: '#e15759',
  'Middle East': '#b07aa1',
  Africa: '#edc948',
  Oceania: '#76b7b2',
  International: '#9c755f',
};

export const KIND_COLORS: Record<OrgKind, string> = {
  agency: '#4e79a7',
  intergovernmental: '#f28e2b',
  company: '#59a14f',
  research: '#b07aa1',
  observatory: '#e15759',
};

export const kindColor = scaleOrdinal<OrgKind, string>()
  .domain(ORG_KINDS)
  .range(ORG_KINDS.map((k) => KIND_COLORS[k]));

export const regionColor = scaleOrdinal<Region, string>()
  .domain(REGIONS)
  .range(REGIONS.map((r) => REGION_COLORS[r]));

/**
 * Circle sizes by missions; a crowded graph gets smaller circles so it still fits its panel, and `growth`
 * scales them all (a presentation's larger drawing).
 */
export function nodeRadiusScale(maxMissions: number, nodeCount = 100, growth = 1) {
  const crowd = Math.min(1, Math.sqrt(150 / Math.max(1, nodeCount)));
  return scaleSqrt()
    .domain([1, Math.max(2, maxMissions)])
    .range([Math.max(2, 4 * crowd) * growth, Math.max(10, 24 * crowd) * growth])
    .clamp(true);
}

export function linkWidthScale(maxWeight: number) {
  return scaleSqrt()
    .domain([1, Math.max(2, maxWeight)])
    .range([1, 9])
    .clamp(true);
}
