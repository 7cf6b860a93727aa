import { describe, expect, it } from 'vitest';
import { JSON_VALUE, withStoredTextRule } from './stored-text';

const NO_NUL = '^[^\\u0000]*$';
const ref = { $ref: `#/components/schemas/${JSON_VALUE}` };

describe('withStoredTextRule', () => {
  it('writes the no-NUL rule where a schema leaves text or JSON free, and nowhere else', () => {
    const doc = withStoredTextRule({
      openapi: '3.1.0',
      paths: {
        '/x': {
          get: { parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] },
          post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Body' } } } } },
        },
      },
      components: {
        schemas: {
          Body: {
            type: 'object',
            properties: {
              free: {},
              named: { type: 'string', pattern: '^[a-z]+$' },
              kind: { type: 'string', enum: ['a'] },
              at: { type: 'string', format: 'date-time' },
              strict: { type: 'object', properties: { a: { type: ['string', 'null'] } }, additionalProperties: false },
            },
          },
        },
      },
    }) as unknown as {
      paths: { '/x': { get: { parameters: { schema: object }[] } } };
      components: { schemas: Record<string, { properties: Record<string, object> } & Record<string, unknown>> };
    };
    expect(doc.paths['/x'].get.parameters[0]!.schema).toEqual({ type: 'string', pattern: NO_NUL });
    const body = doc.components.schemas.Body!;
    expect(body.additionalProperties).toEqual(ref);
    expect(body.propertyNames).toEqual({ pattern: NO_NUL });
    expect(body.properties.free).toEqual(ref);
    expect(body.properties.named).toEqual({ type: 'string', pattern: '^[a-z]+$' });
    expect(body.properties.kind).toEqual({ type: 'string', enum: ['a'] });
    expect(body.properties.at).toEqual({ type: 'string', format: 'date-time' });
    expect(body.properties.strict).toEqual({
      type: 'object',
      properties: { a: { type: ['string', 'null'], pattern: NO_NUL } },
      additionalProperties: false,
    });
    expect(doc.components.schemas[JSON_VALUE]).toMatchObject({ anyOf: expect.any(Array) });
  });
});
