import type { Dataset } from '../src/data/schema';

export type SyntheticDataset = Dataset;
export function generateDataset(options: { missions: number; orgs: number; seed?: number }): SyntheticDataset;
