// Builds the workflow bundle ahead of time (the container image does this at build time), so a worker starts without
// running webpack: `buildWorkflowBundle` finds it by the hash of the workflow sources. Prints its path.
import { buildWorkflowBundle } from '@ruta/workers';

console.log(await buildWorkflowBundle());
