import type { CustomActivitySpec } from '@ruta/flow';
import type { ActivityDefinition } from '@ruta/sdk';

/** Activities as the compiler knows them (name, schemas, defaults), so flows that use them are checked. */
export function activitySpecs(definitions: readonly ActivityDefinition[]): Record<string, CustomActivitySpec> {
  return Object.fromEntries(
    definitions.map((d) => [
      d.name,
      {
        name: d.name,
        input: d.input,
        output: d.output,
        label: d.label,
        description: d.description,
        startToCloseTimeoutMs: d.startToCloseTimeoutMs,
        retry: d.retry,
      },
    ]),
  );
}
