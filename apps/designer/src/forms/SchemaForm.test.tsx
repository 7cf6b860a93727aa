// @vitest-environment jsdom
import { contextVariables, type ExprExpect } from '@ruta/flow';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { paramsSchema } from '../catalog/palette';
import { useUi } from '../store/ui';
import { polyfillDom } from '../test-setup';
import type { FormEnv } from './context';
import { SchemaForm } from './SchemaForm';

beforeAll(() => {
  polyfillDom();
  useUi.setState({ lang: 'en' });
});
afterEach(cleanup);

const scope = { vars: { attempts: 'double' }, nodes: {} };

function env(extra: Partial<FormEnv> = {}): FormEnv {
  return {
    lang: 'en',
    idPrefix: 'n_x',
    errors: new Map(),
    scope,
    variables: contextVariables(scope),
    expects: new Map<string, ExprExpect>(),
    ...extra,
  };
}

/** A form for a node kind that keeps its value, and reports every change. */
function Harness(props: {
  kind: string;
  initial: Record<string, unknown>;
  env?: FormEnv;
  seen?: Record<string, unknown>[];
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <SchemaForm
      schema={paramsSchema(props.kind)!}
      value={value}
      env={props.env ?? env()}
      onChange={(v) => {
        props.seen?.push(v);
        setValue(v);
      }}
    />
  );
}

describe('generated forms', () => {
  it('offers the sentiment node’s sensitivity with its three levels, the default shown, old flows left unset', () => {
    const seen: Record<string, unknown>[] = [];
    render(<Harness kind="ai.sentiment" initial={{}} seen={seen} />);
    const select = screen.getByLabelText(/^Escalate to a person on/) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Anger and threats only',
      'Strong complaints (default)',
      'Any negative message',
    ]);
    expect(select.value).toBe('strong');
    expect(seen).toEqual([]);
    fireEvent.change(select, { target: { value: 'anger' } });
    expect(seen.at(-1)).toEqual({ sensitivity: 'anger' });
  });

  it('renders a labelled input per param of message.send, from its JSON Schema', () => {
    render(<Harness kind="message.send" initial={{ channel: 'whatsapp', template: 'Hola' }} />);
    expect((screen.getByLabelText('Channel') as HTMLSelectElement).value).toBe('whatsapp');
    expect((screen.getByLabelText(/^Message/) as HTMLTextAreaElement).value).toBe('Hola');
    expect(screen.getByLabelText(/^Subject/)).toBeTruthy();
    const fallback = screen.getByLabelText(/^Fallback channel/) as HTMLSelectElement;
    expect([...fallback.options].map((o) => o.textContent)).toEqual(['— none —', 'WhatsApp', 'SMS', 'Email', 'Call']);
  });

  it('writes changes back as params', () => {
    const seen: Record<string, unknown>[] = [];
    render(<Harness kind="message.send" initial={{ channel: 'whatsapp', template: 'Hola' }} seen={seen} />);
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'sms' } });
    expect(seen.at(-1)).toEqual({ channel: 'sms', template: 'Hola' });
  });

  it('switches a template between one language and Spanish + English', () => {
    const seen: Record<string, unknown>[] = [];
    render(<Harness kind="message.send" initial={{ channel: 'sms', template: 'Hola' }} seen={seen} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'One language' })[0]!);
    expect(seen.at(-1)?.template).toEqual({ es: 'Hola', en: 'Hola' });
    expect(screen.getByLabelText('EN · English')).toBeTruthy();
  });

  it('completes journey variables after {{ in a template', async () => {
    const seen: Record<string, unknown>[] = [];
    render(<Harness kind="message.send" initial={{ channel: 'sms', template: '' }} seen={seen} />);
    const box = screen.getByLabelText(/^Message/) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Hola {{ customer.na', selectionStart: 19 } });
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')[0]?.textContent).toContain('customer.name');
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    expect(seen.at(-1)?.template).toBe('Hola {{ customer.name }}');
  });

  it('puts the caret after the inserted variable at once, so the next key typed lands there', async () => {
    render(<Harness kind="message.send" initial={{ channel: 'sms', template: '' }} />);
    const box = screen.getByLabelText(/^Message/) as HTMLTextAreaElement;
    box.focus();
    fireEvent.change(box, { target: { value: 'Hola {{ customer.na, adiós', selectionStart: 19 } });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    // No animation frame has run: a caret placed a frame later would let a fast typist's next key go elsewhere.
    expect(box.value).toBe('Hola {{ customer.name }}, adiós');
    expect(box.selectionStart).toBe('Hola {{ customer.name }}'.length);
    expect(box.selectionEnd).toBe('Hola {{ customer.name }}'.length);
  });

  it('shows template problems inline', () => {
    const { container } = render(
      <Harness kind="message.send" initial={{ channel: 'sms', template: 'Hola {{ cliente.nombre }}' }} />,
    );
    expect(container.querySelector('.field-error')?.textContent).toMatch(/customer/);
    expect((screen.getByLabelText(/^Message/) as HTMLElement).getAttribute('aria-invalid')).toBe('true');
  });

  it('checks expressions as the user types: syntax and type errors inline, the type when fine', () => {
    const e = env({ expects: new Map([['branches.0.condition', 'bool' as ExprExpect]]) });
    render(
      <Harness kind="logic.branch" initial={{ branches: [{ port: 'vip', condition: 'customer.tier ==' }] }} env={e} />,
    );
    const input = screen.getByLabelText(/^Condition/) as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: 'customer.tier', selectionStart: 13 } });
    expect(screen.getByText(/yes\/no|true or false|bool/i)).toBeTruthy();
    fireEvent.change(input, { target: { value: 'customer.tier == "gold"', selectionStart: 23 } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Type: yes / no')).toBeTruthy();
  });

  it('adds and removes branch rows with fresh port names', () => {
    const seen: Record<string, unknown>[] = [];
    render(<Harness kind="logic.branch" initial={{ branches: [{ port: 'vip', condition: 'true' }] }} seen={seen} />);
    fireEvent.click(screen.getByRole('button', { name: '+ Add' }));
    expect(seen.at(-1)).toEqual({
      branches: [
        { port: 'vip', condition: 'true' },
        { port: 'branch_2', condition: '' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove 1' }));
    expect(seen.at(-1)).toEqual({ branches: [{ port: 'branch_2', condition: '' }] });
    expect((screen.getByRole('button', { name: 'Remove 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('edits durations as an amount and a unit', () => {
    const seen: Record<string, unknown>[] = [];
    render(<Harness kind="wait.reply" initial={{ timeout: '2d' }} seen={seen} />);
    const amount = screen.getByLabelText('Time limit') as HTMLInputElement;
    expect(amount.value).toBe('2');
    fireEvent.change(screen.getByLabelText('Time limit: Unit'), { target: { value: 'h' } });
    expect(seen.at(-1)).toEqual({ timeout: '2h' });
    fireEvent.change(amount, { target: { value: '36' } });
    expect(seen.at(-1)).toEqual({ timeout: '36h' });
  });

  it('edits business hours with day toggles, times, a time zone and holidays', () => {
    const seen: Record<string, unknown>[] = [];
    render(
      <Harness
        kind="wait.window"
        initial={{ window: { days: ['mon', 'tue'], start: '09:00', end: '18:00' } }}
        seen={seen}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Days: sat' }));
    expect(seen.at(-1)).toEqual({ window: { days: ['mon', 'tue', 'sat'], start: '09:00', end: '18:00' } });
    fireEvent.change(screen.getByLabelText('Holidays of'), { target: { value: 'CL' } });
    expect((seen.at(-1)!.window as { holidays?: string }).holidays).toBe('CL');
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/Bogota' } });
    expect((seen.at(-1)!.window as { timeZone?: string }).timeZone).toBe('America/Bogota');
  });

  it('shows compiler problems under their field, in the user’s language', () => {
    const e = env({ errors: new Map([['timeout', ['Use a duration such as 30m']]]) });
    render(<Harness kind="wait.reply" initial={{ timeout: '' }} env={e} />);
    expect(screen.getByText('Use a duration such as 30m')).toBeTruthy();
    expect(screen.getByLabelText('Time limit').getAttribute('aria-describedby')).toContain('err');
  });

  it('renders Spanish labels when the language is Spanish', () => {
    useUi.setState({ lang: 'es' });
    render(<Harness kind="message.send" initial={{ channel: 'email', template: 'x' }} env={env({ lang: 'es' })} />);
    expect(screen.getByLabelText('Canal')).toBeTruthy();
    expect(screen.getByLabelText(/^Mensaje/)).toBeTruthy();
    expect((screen.getByLabelText('Canal') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Correo');
    useUi.setState({ lang: 'en' });
  });
});
