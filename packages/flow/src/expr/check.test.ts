import { describe, expect, it } from 'vitest';
import { checkExpression, type ExprCheck, type ExprScope } from './index';

const scope: ExprScope = {
  vars: { attempts: 'double', count: 'int', plan: 'string' },
  nodes: {
    n_csat: { score: 'int', comment: 'string' },
    n_api: 'map<string, dyn>',
  },
};

const problemOf = (result: ExprCheck) => {
  if (result.ok) throw new Error(`expected a problem, got type ${result.type}`);
  return result.problem;
};

describe('checkExpression: types', () => {
  it.each([
    ['sentiment.score < -0.3', 'bool'],
    ['sentiment.label == "negative" && sentiment.emotions.anger > 0.5', 'bool'],
    ['vars.attempts + 1', 'double'],
    ['vars.count + 1', 'int'],
    ['vars.attempts == 3', 'bool'],
    ['3 == vars.attempts', 'bool'],
    ['vars.count == 3.0', 'bool'],
    ['nodes.n_csat.score >= 4', 'bool'],
    ['event.data.amount > 100', 'bool'],
    ['"vip" in customer.tags', 'bool'],
    ['customer.tags.exists(t, t == "vip")', 'bool'],
    ['customer.name.contains("an") && customer.name.startsWith("A")', 'bool'],
    ['size(customer.name) > 2 && customer.name.size() < 10', 'bool'],
    ['sentiment.score < 0 ? "mal" : "bien"', 'string'],
    ['journey.flowVersion + 1', 'int'],
    ['customer.tags', 'list<string>'],
    ['event.data', 'map<string, dyn>'],
    ['nodes.n_api.anything', 'dyn'],
    ['timestamp(event.time)', 'timestamp'],
  ])('%s is %s', (source, type) => {
    const result = checkExpression(source, scope, 'any');
    expect(result).toMatchObject({ ok: true, type });
  });

  it('gives records as map<string, dyn> with their declared fields in valueType', () => {
    expect(checkExpression('sentiment.emotions', scope, 'any')).toEqual({
      ok: true,
      type: 'map<string, dyn>',
      valueType: { anger: 'double', frustration: 'double', urgency: 'double', joy: 'double' },
    });
    expect(checkExpression('nodes.n_csat', scope, 'any')).toMatchObject({
      valueType: { score: 'int', comment: 'string' },
    });
  });
});

describe('checkExpression: expected result', () => {
  it('rejects a text where a condition is expected', () => {
    const problem = problemOf(checkExpression('customer.name', scope, 'bool'));
    expect(problem.code).toBe('expr_type');
    expect(problem.message.es).toBe('La condición debe dar verdadero o falso, pero da un texto.');
    expect(problem.message.en).toBe('The condition must give true or false, but it gives a text.');
  });

  it('rejects a number where a text is expected, suggesting string()', () => {
    const problem = problemOf(checkExpression('vars.attempts', scope, 'string'));
    expect(problem.message.en).toContain('string(...)');
  });

  it('rejects a text where a number is expected', () => {
    expect(problemOf(checkExpression('customer.name', scope, 'number')).code).toBe('expr_type');
    expect(checkExpression('vars.count * 2', scope, 'number').ok).toBe(true);
  });

  it('accepts dynamic data everywhere; it is checked when it runs', () => {
    expect(checkExpression('event.data.vip', scope, 'bool').ok).toBe(true);
    expect(checkExpression('event.data.name', scope, 'string').ok).toBe(true);
  });
});

describe('checkExpression: unknown names', () => {
  it('names the missing variable in Spanish and English', () => {
    const problem = problemOf(checkExpression('vars.intentos > 2', scope, 'bool'));
    expect(problem.code).toBe('expr_unknown_variable');
    expect(problem.message.es).toContain('La variable vars.intentos no existe');
    expect(problem.message.en).toContain('The variable vars.intentos does not exist');
    expect(problem.range).toEqual({ start: 5, end: 13 });
  });

  it('suggests the field a typo was meant to be', () => {
    const problem = problemOf(checkExpression('customer.nmae == "Ana"', scope, 'bool'));
    expect(problem.code).toBe('expr_unknown_variable');
    expect(problem.message.es).toBe('customer no tiene el dato «nmae». ¿Quisiste decir customer.name?');
    expect(problem.message.en).toBe('customer has no field "nmae". Did you mean customer.name?');
  });

  it('lists the fields of a nested record when nothing is close', () => {
    const problem = problemOf(checkExpression('sentiment.emotions.sadness > 0.5', scope, 'bool'));
    expect(problem.message.en).toContain('sentiment.emotions has no field "sadness"');
    expect(problem.message.en).toContain('anger, frustration, urgency, joy');
  });

  it('reports a block that does not exist', () => {
    const problem = problemOf(checkExpression('nodes.n_nope.score > 3', scope, 'bool'));
    expect(problem.code).toBe('expr_unknown_variable');
    expect(problem.message.en).toContain('n_nope');
  });

  it('suggests the English root for a Spanish word', () => {
    expect(problemOf(checkExpression('cliente.name', scope, 'any')).message.es).toBe(
      '«cliente» no existe. ¿Quisiste decir customer?',
    );
  });

  it('hints at quotes for a bare word', () => {
    const problem = problemOf(checkExpression('customer.tier == gold', scope, 'bool'));
    expect(problem.code).toBe('expr_unknown_variable');
    expect(problem.message.es).toContain('("gold")');
  });

  it('reports unknown functions, such as a clock (expressions are deterministic)', () => {
    const problem = problemOf(checkExpression('now() > 3', scope, 'bool'));
    expect(problem.message.en).toBe('The function now() does not exist.');
  });
});

describe('checkExpression: type errors', () => {
  it('rejects comparing a text with a number', () => {
    const problem = problemOf(checkExpression('customer.name > 3', scope, 'bool'));
    expect(problem.code).toBe('expr_type');
    expect(problem.message.es).toBe('No se puede usar > entre un texto y un número.');
    expect(problem.message.en).toBe("> can't be used between a text and a number.");
    expect(problem.detail).toContain('string > int');
  });

  it('explains how to join a number to a text', () => {
    expect(problemOf(checkExpression('"Intento " + vars.attempts', scope, 'string')).message.es).toContain(
      'string(...)',
    );
    expect(checkExpression('"Intento " + string(vars.attempts)', scope, 'string').ok).toBe(true);
  });

  it('explains that missing values are zero values, not null', () => {
    expect(problemOf(checkExpression('reply == null', scope, 'bool')).message.en).toContain('reply.text != ""');
  });

  it('rejects reading a field of a text', () => {
    expect(problemOf(checkExpression('customer.name.first', scope, 'any')).message.en).toBe(
      'customer.name is a text and has no fields.',
    );
  });

  it('rejects a ternary whose condition is not true/false', () => {
    expect(problemOf(checkExpression('customer.name ? 1 : 2', scope, 'any')).code).toBe('expr_type');
  });
});

describe('checkExpression: syntax errors', () => {
  it.each([
    ['customer.name == "Ana', 'Faltan unas comillas de cierre.', 'A closing quote is missing.'],
    ['(vars.count + 1', 'Falta cerrar con «)».', 'A closing ")" is missing.'],
    [
      'vars.count >',
      'La expresión está incompleta: falta algo al final.',
      'The expression is incomplete: something is missing at the end.',
    ],
    ['customer.tier = "vip"', 'Para comparar usa == (dos signos igual).', 'To compare, use == (two equals signs).'],
    [
      'vars.count > 1 and vars.count < 3',
      'Usa && para «y», || para «o» y ! para «no».',
      'Use && for "and", || for "or" and ! for "not".',
    ],
    ['', 'Escribe una expresión.', 'Write an expression.'],
  ])('%j', (source, es, en) => {
    const problem = problemOf(checkExpression(source, scope, 'any'));
    expect(problem.code).toBe('expr_syntax');
    expect(problem.message).toEqual({ es, en });
  });

  it('keeps the technical detail for engineers', () => {
    const problem = problemOf(checkExpression('1 +', scope, 'any'));
    expect(problem.detail).toContain('Unexpected token');
  });

  it('rejects expressions that are too long', () => {
    const source = Array.from({ length: 400 }, () => 'vars.count').join(' + ');
    expect(problemOf(checkExpression(source, scope, 'any')).code).toBe('expr_syntax');
  });
});

describe('checkExpression: sandbox', () => {
  it.each([
    'customer.constructor',
    'customer.__proto__',
    'customer["constructor"]',
    'vars.constructor',
    'nodes.__proto__',
  ])('refuses %s at compile time', (source) => {
    expect(problemOf(checkExpression(source, scope, 'any')).code).toBe('expr_unknown_variable');
  });

  it.each(['constructor', 'globalThis', 'process', 'this', 'eval("1")', 'Function("x")', 'require("fs")'])(
    'has no way to reach JavaScript: %s',
    (source) => {
      expect(checkExpression(source, scope, 'any').ok).toBe(false);
    },
  );

  it('takes only literal patterns that RE2 can run', () => {
    expect(problemOf(checkExpression('customer.name.matches(customer.tier)', scope, 'bool')).code).toBe('expr_regex');
    expect(problemOf(checkExpression('customer.name.matches("(a)\\\\1")', scope, 'bool')).code).toBe('expr_regex');
    expect(problemOf(checkExpression('customer.name.matches("(?=a)b")', scope, 'bool')).code).toBe('expr_regex');
    expect(checkExpression('customer.name.matches("(a+)+$")', scope, 'bool').ok).toBe(true);
    expect(checkExpression('customer.email.matches("^[a-z.]+@acme\\\\.com$")', scope, 'bool').ok).toBe(true);
  });
});

describe('checkExpression: caching', () => {
  it('returns the same result for equal scopes built separately', () => {
    const copy: ExprScope = JSON.parse(JSON.stringify(scope));
    expect(checkExpression('vars.count + 1', copy, 'any')).toEqual(checkExpression('vars.count + 1', scope, 'any'));
  });

  it('sees a scope replaced with new vars', () => {
    const local: ExprScope = { vars: {}, nodes: {} };
    expect(checkExpression('vars.total', local, 'any').ok).toBe(false);
    local.vars = { total: 'double' };
    expect(checkExpression('vars.total', local, 'any').ok).toBe(true);
  });
});
