import { timingSafeEqual } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { payloadsFromJson, payloadsToJson } from '@ruta/temporal';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { json, jsonBody } from '../schemas/common';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

const Payloads = z
  .object({
    payloads: z.array(
      z.object({
        metadata: z.record(z.string(), z.string()).optional().openapi({ description: 'Values in base64' }),
        data: z.string().optional().openapi({ description: 'base64' }),
      }),
    ),
  })
  .openapi('CodecPayloads', {
    description: "Temporal's remote codec protocol: temporal.api.common.v1.Payloads in proto3 JSON (bytes in base64)",
  });

type Direction = 'encode' | 'decode';

/** The codecs of the API's own Temporal client: the endpoint encodes and decodes exactly as the API does. */
function codecsOf(rt: Runtime): readonly PayloadCodec[] {
  return rt.client.options.loadedDataConverter.payloadCodecs;
}

/** Runs payloads through the codecs (decode in reverse order, as the SDK does). */
async function run(rt: Runtime, direction: Direction, body: unknown) {
  let payloads: Payload[];
  try {
    payloads = payloadsFromJson(body);
  } catch (err) {
    throw new ApiError('bad-request', (err as Error).message);
  }
  const codecs = codecsOf(rt);
  for (const codec of direction === 'encode' ? codecs : [...codecs].reverse()) {
    try {
      payloads = await codec[direction](payloads);
    } catch (err) {
      // e.g. a payload sealed with a key this server does not hold, or a plan missing from this database.
      throw new ApiError('conflict', `Could not ${direction} the payloads: ${(err as Error).message}`);
    }
  }
  return payloadsToJson(payloads);
}

/**
 * Temporal's remote codec server, so the Temporal Web UI and CLI can show an operator the payloads that Ruta encodes
 * in Temporal's history (plans by reference, large payloads compressed, everything encrypted with RUTA_ENCRYPTION_KEY): `POST /codec/encode` and `POST /codec/decode` with an API key
 * (`journeys:read`: decoding shows customer data), for `temporal … --codec-endpoint <api>/codec --codec-auth 'Bearer
 * <key>'`; and, when RUTA_CODEC_UI_TOKEN is set, `POST /codec/ui/<token>/{encode,decode}` for the Web UI, which sends
 * no key. CORS lets the Temporal UI's origins (RUTA_CODEC_CORS_ORIGINS) call both.
 */
export function codecRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  const { corsOrigins, uiToken } = rt.config.codec;
  app.use(
    '/codec/*',
    cors({
      origin: (origin) => (corsOrigins.includes(origin) ? origin : null),
      allowMethods: ['POST', 'OPTIONS'],
      allowHeaders: ['content-type', 'authorization', 'x-namespace'],
      credentials: true,
      maxAge: 600,
    }),
  );

  for (const direction of ['encode', 'decode'] as const) {
    app.openapi(
      secure(
        guard,
        'journeys:read',
        {
          method: 'post',
          path: `/codec/${direction}`,
          tags: ['Codec'],
          summary:
            direction === 'decode'
              ? 'Decode Temporal payloads (remote codec)'
              : 'Encode Temporal payloads (remote codec)',
          description:
            "Temporal's remote codec protocol, for the Temporal Web UI and CLI (`--codec-endpoint`), through the API's own codecs: encryption, compression, and the plan claim check (a compiled plan kept in history as its sha-256 is read back from Ruta's database). Decoding shows customer data: it needs `journeys:read`. Payloads no codec recognises pass through unchanged.",
          request: { body: jsonBody(Payloads) },
          responses: { 200: json(Payloads, direction === 'decode' ? 'Decoded payloads' : 'Encoded payloads') },
        },
        { problems: [409] },
      ),
      async (c) => c.json(await run(rt, direction, c.req.valid('json')), 200),
    );
    // The Web UI sends no API key: a secret path segment stands in for it (off unless RUTA_CODEC_UI_TOKEN is set).
    app.post(`/codec/ui/:token/${direction}`, async (c: Context<AppEnv>) => {
      if (!uiToken || !sameSecret(c.req.param('token') ?? '', uiToken)) throw new ApiError('not-found');
      const body = await c.req.json().catch(() => {
        throw new ApiError('bad-request', 'The body is not JSON');
      });
      return c.json(await run(rt, direction, body), 200);
    });
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
