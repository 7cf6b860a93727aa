import type { FlowDocumentInput, ScenarioInputDoc } from '@ruta/flow';
import type { TemplateInfo } from '../api/types';

// The sample flows ship inside the designer, so the gallery and the simulator work without a server.
const flows = import.meta.glob<FlowDocumentInput>('../../../../examples/flows/*.json', {
  eager: true,
  import: 'default',
});

/** The bundled sample flows with their scenarios, by file name. */
export function bundledTemplates(): TemplateInfo[] {
  const byName = new Map<string, { doc?: FlowDocumentInput; scenarios?: ScenarioInputDoc[] }>();
  for (const [path, value] of Object.entries(flows)) {
    const file = path.split('/').pop() ?? '';
    const scen = file.endsWith('.scenarios.json');
    const name = file.replace(/(\.scenarios)?\.json$/, '');
    const entry = byName.get(name) ?? {};
    if (scen) entry.scenarios = value as unknown as ScenarioInputDoc[];
    else entry.doc = value;
    byName.set(name, entry);
  }
  return [...byName.entries()]
    .filter(([, v]) => v.doc)
    .map(([id, v]) => ({
      id,
      name: v.doc!.name,
      ...(v.doc!.description ? { description: v.doc!.description } : {}),
      document: v.doc!,
      scenarios: v.scenarios ?? [],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Scenarios of the sample a flow came from (matched by flow id), for the simulator. */
export function scenariosFor(flowId: string, templates: TemplateInfo[]): ScenarioInputDoc[] {
  // A flow made from a template keeps the template's id, perhaps with a suffix that made it unique (`f_csat_2`).
  const from = templates
    .filter(
      (t) =>
        flowId === t.document.id || flowId.startsWith(`${t.document.id}_`) || flowId.startsWith(`${t.document.id}-`),
    )
    .sort((a, b) => b.document.id.length - a.document.id.length)[0];
  return from?.scenarios ?? [];
}
