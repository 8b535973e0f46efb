import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateDataset } from '../../scripts/synthetic.mjs';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app once for all browser tests. `npm run test:browser` builds it first. */
export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first.');
  const fixtures = resolve(import.meta.dirname, '../fixtures');
  // Large datasets are generated (seeded, so always the same) rather than committed.
  const large = resolve(fixtures, 'synthetic-10k.json');
  if (!existsSync(large))
    writeFileSync(large, JSON.stringify(generateDataset({ missions: 10_000, orgs: 500, seed: 1 })));
  const server = await startStaticServer(dist, fixtures);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
