/**
 * A small OpenID Connect provider for tests, on 127.0.0.1: a real discovery document, a JWKS, the authorization
 * endpoint (code flow, PKCE S256 required) and the token endpoint issuing RS256-signed ID tokens made with node:crypto.
 * Nothing is mocked on Ruta's side: openid-client talks HTTP to it. The person who "signs in" at the provider is the
 * one the test sets in `nextPerson`.
 */
import { createHash, createSign, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** The claims of the person signing in at the provider. */
export interface ProviderPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  locale?: string;
  [claim: string]: unknown;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the next authorization request. */
  nextPerson: ProviderPerson;
  /** Make the next ID token wrong in one way: signed by another key, or for another audience, or with another nonce. */
  tamper: 'signature' | 'audience' | 'nonce' | null;
  /** Every request the provider got (method and path), for assertions. */
  requests: { method: string; path: string; body?: Record<string, string> }[];
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function sign(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(payload));
  const signature = createSign('RSA-SHA256').update(`${header}.${body}`).sign(key);
  return `${header}.${body}.${b64url(signature)}`;
}

async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts the provider on a free port of 127.0.0.1, accepting `redirectUri` for the client it makes. */
export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = randomBytes(8).toString('hex');
  const codes = new Map<
    string,
    { challenge: string; nonce: string | undefined; redirectUri: string; person: ProviderPerson; used: boolean }
  >();
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const provider: TestProvider = {
    issuer,
    clientId: 'ruta-test',
    clientSecret: randomBytes(16).toString('hex'),
    nextPerson: { sub: 'nobody' },
    tamper: null,
    requests: [],
    close: () => new Promise((done) => server.close(() => done())),
  };

  server.on('request', async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const record: TestProvider['requests'][number] = { method: req.method ?? 'GET', path: url.pathname };
    provider.requests.push(record);
    try {
      if (url.pathname === '/.well-known/openid-configuration') {
        return send(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
          scopes_supported: ['openid', 'email', 'profile'],
          claims_supported: ['sub', 'email', 'email_verified', 'name', 'locale', 'groups'],
        });
      }
      if (url.pathname === '/jwks') {
        return send(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
      }
      if (url.pathname === '/authorize') {
        const q = url.searchParams;
        const problems = [
          q.get('client_id') !== provider.clientId && 'unknown client_id',
          q.get('redirect_uri') !== redirectUri && `redirect_uri ${q.get('redirect_uri')} is not registered`,
          q.get('response_type') !== 'code' && 'response_type must be code',
          q.get('code_challenge_method') !== 'S256' && 'PKCE with S256 is required',
          !q.get('code_challenge') && 'code_challenge is missing',
          !q.get('scope')?.split(' ').includes('openid') && 'scope must include openid',
        ].filter(Boolean);
        if (problems.length)
          return send(res, 400, { error: 'invalid_request', error_description: problems.join('; ') });
        const code = randomBytes(16).toString('base64url');
        codes.set(code, {
          challenge: q.get('code_challenge')!,
          nonce: q.get('nonce') ?? undefined,
          redirectUri: q.get('redirect_uri')!,
          person: provider.nextPerson,
          used: false,
        });
        const back = new URL(q.get('redirect_uri')!);
        back.searchParams.set('code', code);
        if (q.get('state')) back.searchParams.set('state', q.get('state')!);
        res.writeHead(302, { location: back.href });
        return res.end();
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        const form = await readForm(req);
        record.body = form;
        const basic = req.headers.authorization?.startsWith('Basic ')
          ? Buffer.from(req.headers.authorization.slice(6), 'base64')
              .toString('utf8')
              .split(':')
              .map(decodeURIComponent)
          : undefined;
        const [clientId, secret] = basic ?? [form.client_id, form.client_secret];
        if (clientId !== provider.clientId || secret !== provider.clientSecret) {
          return send(res, 401, { error: 'invalid_client' });
        }
        const grant = codes.get(form.code ?? '');
        if (form.grant_type !== 'authorization_code' || !grant || grant.used)
          return send(res, 400, { error: 'invalid_grant' });
        grant.used = true;
        if (form.redirect_uri !== grant.redirectUri)
          return send(res, 400, { error: 'invalid_grant', error_description: 'redirect_uri' });
        const verified =
          createHash('sha256')
            .update(form.code_verifier ?? '')
            .digest('base64url') === grant.challenge;
        if (!verified) return send(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
        const now = Math.floor(Date.now() / 1000);
        const tamper = provider.tamper;
        provider.tamper = null;
        const idToken = sign(
          {
            iss: issuer,
            aud: tamper === 'audience' ? 'someone-else' : provider.clientId,
            iat: now,
            exp: now + 300,
            ...(grant.nonce ? { nonce: tamper === 'nonce' ? 'another-nonce' : grant.nonce } : {}),
            ...grant.person,
          },
          tamper === 'signature' ? stranger : privateKey,
          kid,
        );
        return send(res, 200, {
          access_token: randomBytes(16).toString('base64url'),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken,
        });
      }
      send(res, 404, { error: 'not_found' });
    } catch (err) {
      send(res, 500, { error: 'server_error', error_description: String(err) });
    }
  });
  return provider;
}
