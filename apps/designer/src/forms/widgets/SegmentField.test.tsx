// @vitest-environment jsdom
import { contextVariables, type ExprExpect } from '@ruta/flow';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { paramsSchema } from '../../catalog/palette';
import { useUi } from '../../store/ui';
import { polyfillDom } from '../../test-setup';
import type { FormEnv } from '../context';
import { SchemaForm } from '../SchemaForm';
import { parseSegmentValue, showSegmentValue } from './SegmentField';

beforeAll(() => {
  polyfillDom();
  useUi.setState({ lang: 'en' });
});
afterEach(cleanup);

const scope = { vars: {}, nodes: {} };
const env: FormEnv = {
  lang: 'en',
  idPrefix: 'n_trigger',
  errors: new Map([['audience.conditions.0.value', ['Write the tag']]]),
  scope,
  variables: contextVariables(scope),
  expects: new Map<string, ExprExpect>(),
};

function Harness({ initial, seen }: { initial: Record<string, unknown>; seen: Record<string, unknown>[] }) {
  const [value, setValue] = useState(initial);
  return (
    <SchemaForm
      schema={paramsSchema('trigger.schedule')!}
      value={value}
      env={env}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}

const audienceOf = (v: Record<string, unknown> | undefined) =>
  v?.audience as { match: string; conditions: Record<string, unknown>[] };

describe('the segment editor of a schedule trigger', () => {
  it('edits conditions as field · comparison · value, offering the comparisons that fit the field', () => {
    const seen: Record<string, unknown>[] = [];
    render(
      <Harness
        seen={seen}
        initial={{
          cron: '0 9 * * 1',
          audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: '' }] },
        }}
      />,
    );
    // Its problems show on the field; tags only contain or not.
    expect(screen.getByText('Write the tag')).toBeTruthy();
    const op = screen.getByLabelText('Comparison 1') as HTMLSelectElement;
    expect([...op.options].map((o) => o.textContent)).toEqual(['contains', 'does not contain']);
    fireEvent.change(screen.getByLabelText('Value 1'), { target: { value: 'vip' } });
    expect(audienceOf(seen.at(-1)).conditions[0]).toEqual({ field: 'tags', op: 'contains', value: 'vip' });

    fireEvent.click(screen.getByText('+ Add condition'));
    fireEvent.change(screen.getByLabelText('Field 2'), { target: { value: 'attributes.balance' } });
    fireEvent.change(screen.getByLabelText('Comparison 2'), { target: { value: 'gt' } });
    fireEvent.change(screen.getByLabelText('Value 2'), { target: { value: '1000' } });
    expect(audienceOf(seen.at(-1)).conditions[1]).toEqual({ field: 'attributes.balance', op: 'gt', value: 1000 });

    // A list keeps what is typed (the trailing comma) and hands up the values.
    fireEvent.change(screen.getByLabelText('Comparison 2'), { target: { value: 'in' } });
    fireEvent.change(screen.getByLabelText('Value 2'), { target: { value: '10, 20,' } });
    expect((screen.getByLabelText('Value 2') as HTMLInputElement).value).toBe('10, 20,');
    expect(audienceOf(seen.at(-1)).conditions[1]?.value).toEqual([10, 20]);

    // exists needs no value: the box goes away and so does the value.
    fireEvent.change(screen.getByLabelText('Comparison 2'), { target: { value: 'exists' } });
    expect(screen.queryByLabelText('Value 2')).toBeNull();
    expect(audienceOf(seen.at(-1)).conditions[1]).toEqual({ field: 'attributes.balance', op: 'exists' });

    fireEvent.change(screen.getByDisplayValue('all conditions'), { target: { value: 'any' } });
    expect(audienceOf(seen.at(-1)).match).toBe('any');
    fireEvent.click(screen.getByLabelText('Remove condition 1'));
    fireEvent.click(screen.getByLabelText('Remove condition 1'));
    expect(audienceOf(seen.at(-1)).conditions).toEqual([]);
    expect(screen.getByText('No conditions: every run reaches every customer.')).toBeTruthy();
  });

  it('reads typed values by field: numbers and true/false for attributes, quotes keep text, consent is yes/no', () => {
    const attr = { field: 'attributes.plan', op: 'eq' as const };
    expect(parseSegmentValue('pro', attr)).toBe('pro');
    expect(parseSegmentValue('42', attr)).toBe(42);
    expect(parseSegmentValue('"42"', attr)).toBe('42');
    expect(showSegmentValue('42', 'attributes.plan')).toBe('"42"');
    expect(parseSegmentValue(showSegmentValue('42', 'attributes.plan'), attr)).toBe('42');
    expect(parseSegmentValue('42', { field: 'tier', op: 'eq' })).toBe('42');
    expect(parseSegmentValue('gold, platinum', { field: 'tier', op: 'in' })).toEqual(['gold', 'platinum']);
    expect(parseSegmentValue('true', { field: 'consent.sms', op: 'eq' })).toBe(true);
    expect(parseSegmentValue('anything', { field: 'email', op: 'exists' })).toBeUndefined();
  });
});
