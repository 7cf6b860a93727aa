// @vitest-environment jsdom
import { FlowDocument, SCHEMA_VERSION } from '@ruta/flow';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Canvas } from '../canvas/Canvas';
import { paletteItems } from '../catalog/palette';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { polyfillDom } from '../test-setup';
import { Inspector } from './Inspector';
import { Problems } from './Problems';

beforeAll(polyfillDom);
afterEach(cleanup);

const doc = FlowDocument.parse({
  schemaVersion: SCHEMA_VERSION,
  id: 'f_diag',
  name: 'Diag',
  nodes: [
    {
      id: 'n_trigger',
      kind: 'trigger.event',
      label: 'Pago fallido',
      params: { eventType: 'payment.failed' },
      position: { x: 0, y: 0 },
    },
    {
      id: 'n_send',
      kind: 'message.send',
      label: 'Avisar',
      params: { channel: 'whatsapp', template: '' },
      position: { x: 0, y: 160 },
    },
    { id: 'n_end', kind: 'end', params: { outcome: 'done' }, position: { x: 0, y: 320 } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_send' },
    { id: 'e_2', from: 'n_send', port: 'sent', to: 'n_end' },
  ],
});

function Editor() {
  return (
    <ReactFlowProvider>
      <div style={{ width: 1000, height: 600 }}>
        <Canvas palette={paletteItems([])} onAdd={() => undefined} />
      </div>
      <Problems />
      <Inspector />
    </ReactFlowProvider>
  );
}

describe('diagnostics on the canvas and in the problems panel', () => {
  it('badges the node with the error, lists it in Spanish, and a click focuses the field', async () => {
    useUi.setState({ lang: 'es' });
    useEditor.getState().load('f_diag', doc, null);
    render(<Editor />);
    const node = screen.getByTestId('node-n_send');
    // React Flow hides nodes until it has measured them; jsdom measures nothing, so query the DOM directly.
    const badge = node.querySelector('.badge');
    expect(badge?.textContent).toBe('1');
    expect(badge?.getAttribute('aria-label')).toBe('1 error');
    expect(badge?.classList.contains('error')).toBe(true);
    expect(screen.getByTestId('node-n_trigger').querySelector('.badge')).toBeNull();

    const panel = screen.getByRole('region', { name: 'Problemas' });
    const problem = within(panel).getByRole('button', { name: /Avisar/ });
    expect(problem.textContent).toMatch(/mensaje/i);

    await act(async () => {
      fireEvent.click(problem);
    });
    expect(useEditor.getState().selection).toEqual(['n_send']);
    const field = screen.getByLabelText(/^Mensaje/);
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('clears the badge and the problem once the field is fixed', async () => {
    useUi.setState({ lang: 'en' });
    useEditor.getState().load('f_diag', doc, null);
    render(<Editor />);
    expect(screen.getByRole('button', { name: /Avisar/ })).toBeTruthy();
    await act(async () => {
      useEditor.getState().setParams('n_send', { channel: 'whatsapp', template: 'Hola {{ customer.name }}' });
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.getByTestId('node-n_send').querySelector('.badge')).toBeNull();
    expect(screen.getByText(/No problems/)).toBeTruthy();
    expect(useEditor.getState().validation.ok).toBe(true);
  });

  it('records one undo step per intent: typing in a field coalesces, selection does not record', async () => {
    useEditor.getState().load('f_diag', doc, null);
    const t = useEditor.temporal.getState();
    expect(t.pastStates).toHaveLength(0);
    useEditor.getState().select(['n_send']);
    useEditor.getState().setMeasured({ n_send: { width: 264, height: 100 } });
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
    useEditor.getState().setParams('n_send', { channel: 'whatsapp', template: 'H' });
    useEditor.getState().setParams('n_send', { channel: 'whatsapp', template: 'Ho' });
    useEditor.getState().setParams('n_send', { channel: 'whatsapp', template: 'Hola' });
    expect(useEditor.temporal.getState().pastStates).toHaveLength(1);
    useEditor.getState().connect('n_trigger', 'out', 'n_end');
    expect(useEditor.temporal.getState().pastStates).toHaveLength(2);
    useEditor.temporal.getState().undo();
    expect(useEditor.getState().doc.nodes[1]?.params.template).toBe('Hola');
    useEditor.temporal.getState().undo();
    expect(useEditor.getState().doc.nodes[1]?.params.template).toBe('');
  });
});
