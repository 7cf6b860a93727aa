/**
 * Every text a contact-center manager may read about an expression, in Spanish and English.
 * They are written for people who do not program: say what is wrong and how to fix it, in one or
 * two short sentences, with no type-system words (the technical detail goes in `detail`).
 */

/** A text in Spanish and English. */
export type Text = { es: string; en: string };
const t = (es: string, en: string): Text => ({ es, en });

/** How a CEL type is called in plain words ("un texto", "a number"). */
export function typeWords(celType: string): Text {
  const type = celType.replace(/^dyn<(.*)>$/, '$1');
  if (type === 'string') return t('un texto', 'a text');
  if (type === 'int' || type === 'double' || type === 'uint') return t('un número', 'a number');
  if (type === 'bool') return t('verdadero/falso', 'true/false');
  if (type === 'null' || type === 'null_type') return t('vacío (null)', 'empty (null)');
  if (type.startsWith('list')) return t('una lista', 'a list');
  if (type.startsWith('map') || type.startsWith('$')) return t('un grupo de datos', 'a group of fields');
  if (type === 'google.protobuf.Timestamp' || type === 'timestamp') return t('una fecha', 'a date');
  if (type === 'google.protobuf.Duration') return t('una duración', 'a duration');
  return t('un dato', 'a value');
}

/** Plain words for the type of a runtime JSON value. */
export function valueWords(value: unknown): Text {
  if (typeof value === 'string') return typeWords('string');
  if (typeof value === 'number' || typeof value === 'bigint') return typeWords('double');
  if (typeof value === 'boolean') return typeWords('bool');
  if (value === null || value === undefined) return typeWords('null');
  return typeWords(Array.isArray(value) ? 'list' : 'map');
}

const ROOT_LIST = 'customer, event, vars, nodes, reply, sentiment, journey';

export const msg = {
  empty: () => t('Escribe una expresión.', 'Write an expression.'),
  tooLong: () => t('La expresión es demasiado larga o complicada.', 'The expression is too long or complex.'),
  unclosedQuote: () => t('Faltan unas comillas de cierre.', 'A closing quote is missing.'),
  unclosed: (mark: string) => t(`Falta cerrar con «${mark}».`, `A closing "${mark}" is missing.`),
  incomplete: () =>
    t(
      'La expresión está incompleta: falta algo al final.',
      'The expression is incomplete: something is missing at the end.',
    ),
  singleEquals: () => t('Para comparar usa == (dos signos igual).', 'To compare, use == (two equals signs).'),
  andOr: () => t('Usa && para «y», || para «o» y ! para «no».', 'Use && for "and", || for "or" and ! for "not".'),
  reserved: (word: string) =>
    t(`«${word}» es una palabra reservada; usa otro nombre.`, `"${word}" is a reserved word; use another name.`),
  badNumber: () => t('Hay un número mal escrito.', 'A number is written incorrectly.'),
  syntaxNear: (snippet: string) =>
    snippet
      ? t(
          `La expresión no está bien escrita cerca de «${snippet}».`,
          `The expression is not written correctly near "${snippet}".`,
        )
      : t('La expresión no está bien escrita.', 'The expression is not written correctly.'),

  unknownRoot: (name: string, suggestion?: string) =>
    suggestion
      ? t(
          `«${name}» no existe. ¿Quisiste decir ${suggestion}?`,
          `"${name}" does not exist. Did you mean ${suggestion}?`,
        )
      : t(
          `«${name}» no existe. Si es un texto, ponlo entre comillas ("${name}"); si es un dato, empieza con ${ROOT_LIST}.`,
          `"${name}" does not exist. If it is a text, put it in quotes ("${name}"); if it is a value, start with ${ROOT_LIST}.`,
        ),
  unknownVar: (path: string) =>
    t(
      `La variable ${path} no existe. Revisa el nombre o créala antes con un bloque «Guardar variable».`,
      `The variable ${path} does not exist. Check the name or create it first with a "Set variable" block.`,
    ),
  unknownNode: (id: string) =>
    t(
      `El bloque ${id} no existe o no entrega datos a los bloques siguientes.`,
      `The block ${id} does not exist or gives no data to later blocks.`,
    ),
  unknownField: (prefix: string, key: string, suggestion: string | undefined, fields: string[]) => {
    const es = `${prefix} no tiene el dato «${key}».`;
    const en = `${prefix} has no field "${key}".`;
    if (suggestion)
      return t(`${es} ¿Quisiste decir ${prefix}.${suggestion}?`, `${en} Did you mean ${prefix}.${suggestion}?`);
    if (fields.length === 0) return t(es, en);
    return t(`${es} Puedes usar: ${fields.join(', ')}.`, `${en} You can use: ${fields.join(', ')}.`);
  },
  noFields: (prefix: string, type: string) => {
    const w = typeWords(type);
    return t(`${prefix} es ${w.es} y no tiene datos dentro.`, `${prefix} is ${w.en} and has no fields.`);
  },

  operator: (op: string, left: string, right: string) => {
    const [l, r] = [typeWords(left), typeWords(right)];
    const base = t(
      `No se puede usar ${op} entre ${l.es} y ${r.es}.`,
      `${op} can't be used between ${l.en} and ${r.en}.`,
    );
    if (op === '+' && (left === 'string' || right === 'string')) {
      return t(
        `${base.es} Para juntar un número con un texto usa string(...).`,
        `${base.en} To join a number to a text, use string(...).`,
      );
    }
    return base;
  },
  unary: (op: string, type: string) => {
    const w = typeWords(type);
    return t(`No se puede usar ${op} con ${w.es}.`, `${op} can't be used with ${w.en}.`);
  },
  nullCompare: () =>
    t(
      'No hace falta comparar con null: un dato que falta vale "" (texto), 0 (número) o false. Por ejemplo: reply.text != "".',
      'No need to compare with null: a missing value is "" (text), 0 (number) or false. For example: reply.text != "".',
    ),
  unknownFunction: (name: string) => t(`La función ${name}() no existe.`, `The function ${name}() does not exist.`),
  functionArgs: (name: string) =>
    t(
      `${name}() no acepta esos datos; revisa qué le pasas.`,
      `${name}() does not accept those values; check what you pass to it.`,
    ),
  logical: (type: string) => {
    const w = typeWords(type);
    return t(
      `&& y || unen condiciones de verdadero/falso, pero aquí hay ${w.es}.`,
      `&& and || join true/false conditions, but here there is ${w.en}.`,
    );
  },
  ternaryCondition: (type: string) => {
    const w = typeWords(type);
    return t(
      `Antes de «?» va una condición de verdadero/falso, no ${w.es}.`,
      `Before "?" there must be a true/false condition, not ${w.en}.`,
    );
  },
  ternaryBranches: (a: string, b: string) => {
    const [x, y] = [typeWords(a), typeWords(b)];
    return t(
      `Las dos opciones de «? :» deben ser del mismo tipo, pero hay ${x.es} y ${y.es}.`,
      `Both options of "? :" must be the same kind, but there is ${x.en} and ${y.en}.`,
    );
  },
  mixed: () =>
    t('Todos los elementos de una lista deben ser del mismo tipo.', 'All items of a list must be the same kind.'),
  listIndex: () =>
    t(
      'Para elegir un elemento de una lista usa un número, como lista[0].',
      'To pick a list item, use a number, as in list[0].',
    ),
  comprehension: () =>
    t('exists, all, filter y map solo funcionan con listas.', 'exists, all, filter and map only work on lists.'),
  macro: () =>
    t(
      'Revisa cómo usaste has, exists, all, filter o map. Ejemplo: customer.tags.exists(t, t == "vip").',
      'Check how you used has, exists, all, filter or map. Example: customer.tags.exists(t, t == "vip").',
    ),
  typeGeneric: () =>
    t(
      'Hay datos de distinto tipo que no se pueden combinar así.',
      'Some values are of kinds that cannot be combined like this.',
    ),
  regex: (reason: 'not_literal' | 'too_long' | 'unsupported') => {
    if (reason === 'not_literal') {
      return t(
        'El patrón de matches() debe ser un texto fijo entre comillas, como matches("^[0-9]+$").',
        'The pattern in matches() must be a fixed text in quotes, such as matches("^[0-9]+$").',
      );
    }
    if (reason === 'too_long') {
      return t('El patrón de matches() es demasiado largo.', 'The pattern in matches() is too long.');
    }
    return t(
      'Este patrón usa algo que matches() no admite (referencias como \\1 o búsquedas como (?=…)); escríbelo sin eso.',
      'This pattern uses something matches() does not support (references like \\1 or look-arounds like (?=…)); write it without them.',
    );
  },
  tooCostly: () =>
    t(
      'La expresión haría demasiado trabajo (listas dentro de listas). Simplifícala: recorre menos listas a la vez.',
      'The expression would do too much work (lists inside lists). Simplify it: go through fewer lists at once.',
    ),
  budget: () =>
    t(
      'La expresión hizo demasiado trabajo con estos datos y se detuvo. Simplifícala o revisa el tamaño de los datos.',
      'The expression did too much work with this data and was stopped. Simplify it or check the size of the data.',
    ),
  expect: (expect: 'bool' | 'string' | 'number', type: string) => {
    const w = typeWords(type);
    if (expect === 'bool') {
      return t(
        `La condición debe dar verdadero o falso, pero da ${w.es}.`,
        `The condition must give true or false, but it gives ${w.en}.`,
      );
    }
    if (expect === 'string') {
      return t(
        `Aquí va un texto, pero esto da ${w.es}. Usa string(...) para convertirlo.`,
        `A text is needed here, but this gives ${w.en}. Use string(...) to convert it.`,
      );
    }
    return t(`Aquí va un número, pero esto da ${w.es}.`, `A number is needed here, but this gives ${w.en}.`);
  },

  missingKey: (prefix: string, key: string) =>
    t(
      `No hay un dato «${key}» en ${prefix}. Usa has(${prefix}.${key}) para comprobarlo antes.`,
      `There is no "${key}" in ${prefix}. Use has(${prefix}.${key}) to check first.`,
    ),
  missingIndex: (prefix: string) =>
    t(`La lista ${prefix} no tiene un elemento en esa posición.`, `The list ${prefix} has no item at that position.`),
  divideByZero: () => t('No se puede dividir por cero.', "Can't divide by zero."),
  overflow: () => t('Un número es demasiado grande.', 'A number is too large.'),
  runtimeTypes: (op: string, a: string, b: string) => {
    const [x, y] = [typeWords(a), typeWords(b)];
    return t(
      `Un dato no es del tipo esperado: no se puede usar ${op} entre ${x.es} y ${y.es}.`,
      `A value is not of the expected kind: ${op} can't be used between ${x.en} and ${y.en}.`,
    );
  },
  conversion: () => t('No se pudo convertir un dato.', 'A value could not be converted.'),
  badDate: () =>
    t(
      'La fecha no es válida; usa el formato 2024-01-31T10:00:00Z.',
      'The date is not valid; use the format 2024-01-31T10:00:00Z.',
    ),
  notBool: (value: unknown) => {
    const w = valueWords(value);
    return t(
      `La condición dio ${w.es} en vez de verdadero o falso.`,
      `The condition gave ${w.en} instead of true or false.`,
    );
  },
  runtimeGeneric: () => t('No se pudo calcular la expresión.', 'The expression could not be computed.'),

  templateUnclosed: () =>
    t('Falta cerrar un {{ con }} en el mensaje.', 'A {{ in the message is missing its closing }}.'),
  templateEmpty: () =>
    t(
      'Hay un {{ }} vacío en el mensaje; escribe un dato dentro, como {{customer.name}}.',
      'There is an empty {{ }} in the message; put a value inside, such as {{customer.name}}.',
    ),
};
