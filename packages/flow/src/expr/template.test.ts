import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  type ExprContext,
  ExpressionError,
  type ExprScope,
  parseTemplate,
  renderTemplate,
  renderTemplateChecked,
  splitFallback,
} from './index';

const scope: ExprScope = { vars: { attempts: 'double' }, nodes: { n_csat: { score: 'int' } } };

const ctx: ExprContext = {
  event: { id: 'ev_1', type: 'order.shipped', time: '2024-05-02T14:30:00Z', data: { eta: 'martes 3', total: 19.5 } },
  customer: { id: 'c_1', name: 'Ana', tags: ['vip', 'beta'] },
  vars: { attempts: 2 },
  reply: null,
  sentiment: null,
  nodes: {},
  journey: { id: 'j_1', flowId: 'f_demo', flowVersion: 1, startedAt: '2024-05-02T14:31:00Z' },
};

const render = (text: string) => renderTemplate(text, ctx, scope);

describe('parseTemplate', () => {
  it('splits text and placeholders, with spans covering the braces', () => {
    const text = 'Hola {{ customer.name }}!';
    expect(parseTemplate(text)).toEqual({
      ok: true,
      parts: [{ text: 'Hola ' }, { expr: 'customer.name', start: 5, end: 24 }, { text: '!' }],
    });
    expect(text.slice(5, 24)).toBe('{{ customer.name }}');
  });

  it('handles braces and "}}" inside string literals and map literals', () => {
    const result = parseTemplate('A {{ {"k": "}}"}["k"] }} B {{ \'{{\' + "}" }} C');
    expect(result.ok && result.parts.filter((p) => 'expr' in p).map((p) => ('expr' in p ? p.expr : ''))).toEqual([
      '{"k": "}}"}["k"]',
      '\'{{\' + "}"',
    ]);
  });

  it('reports an unclosed {{ in both languages', () => {
    const result = parseTemplate('Hola {{customer.name, ¿cómo estás?');
    expect(result).toMatchObject({
      ok: false,
      problem: {
        code: 'expr_syntax',
        message: {
          es: 'Falta cerrar un {{ con }} en el mensaje.',
          en: 'A {{ in the message is missing its closing }}.',
        },
        range: { start: 5 },
      },
    });
  });

  it('reports an unclosed quote inside a placeholder', () => {
    expect(parseTemplate('Hola {{ "Ana }}')).toMatchObject({
      ok: false,
      problem: { message: { en: 'A closing quote is missing.' } },
    });
  });

  it('reports an empty placeholder', () => {
    expect(parseTemplate('Hola {{  }}')).toMatchObject({ ok: false, problem: { code: 'expr_syntax' } });
  });

  it('leaves text without placeholders alone, including a lone }}', () => {
    expect(parseTemplate('Gracias }} por todo')).toEqual({ ok: true, parts: [{ text: 'Gracias }} por todo' }] });
  });
});

describe('checkTemplate', () => {
  it('accepts valid placeholders', () => {
    expect(checkTemplate('Hola {{customer.name}}, tu pedido llega el {{event.data.eta}}', scope)).toEqual([]);
  });

  it('reports each unknown variable by name, with its place in the text', () => {
    const text = 'Hola {{ vars.intentos }} y {{customer.nmae}}';
    const problems = checkTemplate(text, scope);
    expect(problems.map((p) => p.code)).toEqual(['expr_unknown_variable', 'expr_unknown_variable']);
    expect(problems[0]?.message.es).toContain('vars.intentos');
    expect(problems[1]?.message.en).toContain('"nmae"');
    const [first, second] = problems.map((p) => p.range!);
    expect(text.slice(first!.start, first!.end)).toBe('intentos');
    expect(text.slice(second!.start, second!.end)).toBe('nmae');
  });

  it('reports syntax errors inside placeholders and an unclosed {{', () => {
    expect(checkTemplate('Total: {{ vars.attempts + }}', scope)[0]?.code).toBe('expr_syntax');
    expect(checkTemplate('Hola {{customer.name', scope)).toHaveLength(1);
  });
});

describe('renderTemplate', () => {
  it('renders the customer and event data', () => {
    expect(render('Hola {{customer.name}}, tu pedido llega el {{event.data.eta}}')).toBe(
      'Hola Ana, tu pedido llega el martes 3',
    );
  });

  it('renders numbers, lists, booleans and expressions', () => {
    expect(
      render(
        'Intento {{vars.attempts + 1}} · total {{event.data.total}} · {{customer.tags}} · {{"vip" in customer.tags}}',
      ),
    ).toBe('Intento 3 · total 19.5 · vip, beta · true');
    expect(render('{{ customer.tags.size() > 1 ? "Hola, " + customer.name : "Hola" }}')).toBe('Hola, Ana');
  });

  it('renders a missing event key, an empty list item and an absent reply as empty', () => {
    expect(render('Cupón: {{event.data.coupon}}.')).toBe('Cupón: .');
    expect(render('[{{customer.tags[5]}}]')).toBe('[]');
    expect(render('Dijiste: "{{reply.text}}"')).toBe('Dijiste: ""');
  });

  it('renders string literals that contain braces', () => {
    expect(render('{{ "{{" + customer.name + "}}" }}')).toBe('{{Ana}}');
  });

  it('throws for an unclosed placeholder or an invalid expression', () => {
    expect(() => render('Hola {{customer.name')).toThrow(ExpressionError);
    expect(() => render('Hola {{customer.nmae}}')).toThrow(ExpressionError);
  });
});

describe('fallbacks after |', () => {
  it('splits the expression from the fallback, quoted or not, leaving || and | inside strings alone', () => {
    expect(splitFallback(' event.data.eta | "pronto" ')).toEqual({ expr: 'event.data.eta', fallback: 'pronto' });
    expect(splitFallback("event.data.eta | 'pronto'")).toEqual({ expr: 'event.data.eta', fallback: 'pronto' });
    expect(splitFallback('event.data.eta | muy pronto')).toEqual({ expr: 'event.data.eta', fallback: 'muy pronto' });
    expect(splitFallback('event.data.eta |')).toEqual({ expr: 'event.data.eta', fallback: '' });
    expect(splitFallback('a || b')).toEqual({ expr: 'a || b' });
    expect(splitFallback('"a|b" + x')).toEqual({ expr: '"a|b" + x' });
    expect(splitFallback('["a|b"][0] | c')).toEqual({ expr: '["a|b"][0]', fallback: 'c' });
  });

  it('parses a placeholder with its fallback and checks only the expression', () => {
    expect(parseTemplate('Llega {{ event.data.eta | "pronto" }}.')).toEqual({
      ok: true,
      parts: [{ text: 'Llega ' }, { expr: 'event.data.eta', start: 6, end: 37, fallback: 'pronto' }, { text: '.' }],
    });
    expect(checkTemplate('Hola {{ customer.name | cliente }}', scope)).toEqual([]);
    const [p] = checkTemplate('Hola {{ customer.nmae | cliente }}', scope);
    expect(p?.code).toBe('expr_unknown_variable');
    expect(p?.range).toEqual({ start: 17, end: 21 });
    expect(parseTemplate('{{ | "x" }}').ok).toBe(false);
  });

  it('renders the fallback when the value is missing or empty, and lists placeholders left without one', () => {
    const withoutEta = { ...ctx, event: { ...ctx.event, data: {} } };
    expect(renderTemplateChecked('Llega {{ event.data.eta | "pronto" }}', withoutEta, scope)).toEqual({
      text: 'Llega pronto',
      missing: [],
    });
    expect(renderTemplateChecked('Hola {{ customer.email | amiga }}', ctx, scope).text).toBe('Hola amiga');
    expect(renderTemplateChecked('Llega {{ event.data.eta }} ({{ event.data.eta }})', withoutEta, scope)).toEqual({
      text: 'Llega  ()',
      missing: ['event.data.eta'],
    });
    expect(renderTemplateChecked('Llega {{ event.data.eta | "pronto" }}', ctx, scope)).toEqual({
      text: 'Llega martes 3',
      missing: [],
    });
    expect(render('Llega {{ event.data.eta }}')).toBe('Llega martes 3');
  });
});
