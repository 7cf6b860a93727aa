import type { TestProject } from 'vitest/node';
import { buildWorkflowBundle } from '../../workers/src/bundle';

/**
 * Builds the workflow bundle once for the whole run (tests that start workers share it), and
 * hands its path to the test files.
 */
export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  const bundlePath = await buildWorkflowBundle();
  project.provide('workflowBundle', bundlePath);
  if (process.env.RUTA_TEST_VERBOSE) console.log(`workflow bundle ready in ${Date.now() - started} ms: ${bundlePath}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    workflowBundle: string;
  }
}
