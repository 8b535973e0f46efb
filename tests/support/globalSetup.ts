import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
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
  const server = await startStaticServer(dist, resolve(import.meta.dirname, '../fixtures'));
  project.provide('baseUrl', server.url);
  return () => server.close();
}
