// Builds the workflow bundles ahead of time (the container image does this at build time), so a worker starts without
// running webpack: `buildWorkflowBundle` finds them by the hash of the workflow sources. The traced one serves workers
// started with OTEL_* tracing on. Prints their paths.
import { buildWorkflowBundle } from '@ruta/workers';

console.log(await buildWorkflowBundle());
console.log(await buildWorkflowBundle(undefined, undefined, undefined, { tracing: true }));
