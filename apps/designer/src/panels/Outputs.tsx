import { portName } from '../canvas/names';
import { canvasOptions } from '../canvas/options';
import { portsOf } from '../graph/ports';
import type { DocNode } from '../graph/types';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';

/**
 * Where each of a block's outputs leads, as a list a keyboard (or a mouse) can set: pick any block to connect
 * the output to it, or none to disconnect. The same edits as drawing a line on the canvas.
 */
export function Outputs({ node }: { node: DocNode }) {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const ports = portsOf(node, doc.edges);
  if (ports.length === 0) return null;
  const targets = canvasOptions(doc, t.lang).filter((o) => o.id !== node.id && !o.trigger);
  return (
    <fieldset className="field group outputs" data-field-path="ports">
      <legend>{t('inspector.outputs')}</legend>
      <p className="hint">{t('inspector.outputsHint')}</p>
      {ports.map((p) => {
        const edge = doc.edges.find((e) => e.from === node.id && e.port === p.name);
        const id = `out-${node.id}-${p.name}`;
        return (
          <div className="output-row" key={p.name} data-field-path={`ports.${p.name}`}>
            <label htmlFor={id}>
              {portName(node, p.name, doc.edges, t.lang)}
              {p.required ? null : <span className="optional"> ({t('form.optional')})</span>}
            </label>
            <select
              id={id}
              className="input"
              value={edge?.to ?? ''}
              onChange={(e) => {
                const s = useEditor.getState();
                if (e.target.value) s.connect(node.id, p.name, e.target.value);
                else if (edge) s.removeIds([edge.id]);
              }}
            >
              <option value="">{t('inspector.notConnected')}</option>
              {targets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
