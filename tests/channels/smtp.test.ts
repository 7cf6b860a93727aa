import type { AddressInfo } from 'node:net';
import { createProviders, messageIdFor, type OutgoingMessage, ProviderError } from '@ruta/workers';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './support';

interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  user: string | undefined;
}

const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, cb) {
      if (auth.username === 'ruta' && auth.password === 'señal-secreta') cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, cb) {
      if (address.address.startsWith('nadie@')) {
        const err = new Error('5.1.1 Mailbox does not exist') as Error & { responseCode: number };
        err.responseCode = 550;
        return cb(err);
      }
      if (address.address.startsWith('lleno@')) {
        const err = new Error('4.2.2 Mailbox full, try later') as Error & { responseCode: number };
        err.responseCode = 452;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: session.user as string | undefined,
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const providers = () =>
  createProviders({
    providers: { email: 'smtp' },
    smtp: {
      url: `smtp://ruta:${encodeURIComponent('señal-secreta')}@127.0.0.1:${port}`,
      from: '"Tienda Ñandú" <avisos@tienda.cl>',
    },
  });

const message = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  idempotencyKey: 'j_mail:n_send:1',
  channel: 'email',
  to: 'camila@example.cl',
  subject: '¿Llegó tu pedido? Señal de año nuevo 🚚',
  text: 'Hola Íñigo, ¿cómo estás?\nTu pedido de piñones y jalapeños está en camino: á é í ó ú ü ñ Ñ ¡olé! 😀🎉',
  locale: 'es',
  customerId: 'c_camila',
  transactional: false,
  ...over,
});

describe('SMTP email through nodemailer, read back from an SMTP server on loopback', () => {
  it('sends a UTF-8 message that arrives intact: subject, body, headers, Message-ID from the key', async () => {
    const p = providers();
    try {
      const receipt = await p.for('email').send(message());
      expect(receipt.providerMessageId).toBe(messageIdFor('j_mail:n_send:1', '"Tienda Ñandú" <avisos@tienda.cl>'));
      const mail = received.at(-1)!;
      expect(mail.user).toBe('ruta');
      expect(mail.from).toBe('avisos@tienda.cl');
      expect(mail.to).toEqual(['camila@example.cl']);
      const parsed = await PostalMime.parse(mail.raw);
      expect(parsed.subject).toBe('¿Llegó tu pedido? Señal de año nuevo 🚚');
      expect(parsed.from).toMatchObject({ name: 'Tienda Ñandú', address: 'avisos@tienda.cl' });
      expect(parsed.to?.[0]?.address).toBe('camila@example.cl');
      expect(parsed.messageId).toBe(receipt.providerMessageId);
      expect(parsed.text).toContain(
        'Hola Íñigo, ¿cómo estás?\nTu pedido de piñones y jalapeños está en camino: á é í ó ú ü ñ Ñ ¡olé! 😀🎉',
      );
      // Proactive mail carries a Spanish footer and List-Unsubscribe.
      expect(parsed.text).toContain('Recibes este correo porque eres cliente de Tienda Ñandú');
      expect(parsed.html).toContain('Hola Íñigo, ¿cómo estás?<br>Tu pedido');
      expect(parsed.html).toContain('<meta charset="utf-8">');
      const header = (name: string) => parsed.headers.find((h) => h.key === name)?.value;
      expect(header('x-ruta-idempotency-key')).toBe('j_mail:n_send:1');
      expect(header('content-language')).toBe('es');
      expect(header('list-unsubscribe')).toBe('<mailto:avisos@tienda.cl?subject=BAJA>');
      // The raw message declares UTF-8 and encodes the subject (no raw 8-bit header).
      const raw = mail.raw.toString('utf8');
      expect(raw).toMatch(/charset=utf-8/i);
      expect(raw).toMatch(/^Subject: =\?UTF-8\?/im);
    } finally {
      await p.close();
    }
  });

  it('English, transactional, no subject: the default subject is localized, no footer, no List-Unsubscribe', async () => {
    const p = providers();
    try {
      await p.for('email').send(
        message({
          idempotencyKey: 'j_mail:n_receipt:1',
          locale: 'en',
          subject: undefined,
          transactional: true,
          text: 'Your receipt: $25.990 ✓',
        }),
      );
      const parsed = await PostalMime.parse(received.at(-1)!.raw);
      expect(parsed.subject).toBe('A message from Tienda Ñandú');
      expect(parsed.text?.trim()).toBe('Your receipt: $25.990 ✓');
      expect(parsed.headers.some((h) => h.key === 'list-unsubscribe')).toBe(false);
    } finally {
      await p.close();
    }
  });

  it('maps SMTP refusals: 550 on RCPT is InvalidRecipient (for good), 452 is retryable, and nothing was sent', async () => {
    const p = providers();
    const before = received.length;
    try {
      const bad = await rejection<ProviderError>(p.for('email').send(message({ to: 'nadie@example.cl' })));
      expect(bad).toBeInstanceOf(ProviderError);
      expect(bad).toMatchObject({ type: 'InvalidRecipient', retryable: false, accepted: 'no', providerCode: 550 });
      const full = await rejection<ProviderError>(p.for('email').send(message({ to: 'lleno@example.cl' })));
      expect(full).toMatchObject({ type: 'ProviderUnavailable', retryable: true, accepted: 'no', providerCode: 452 });
      expect(received.length).toBe(before);
    } finally {
      await p.close();
    }
  });

  it('wrong credentials are ProviderAuth (a retry cannot fix them); a closed port is unavailable, not sent', async () => {
    const wrong = createProviders({
      providers: { email: 'smtp' },
      smtp: { url: `smtp://ruta:mala@127.0.0.1:${port}`, from: 'avisos@tienda.cl' },
    });
    const closed = createProviders({
      providers: { email: 'smtp' },
      smtp: { url: 'smtp://127.0.0.1:1', from: 'avisos@tienda.cl', timeoutMs: 2_000 },
    });
    try {
      expect(await rejection(wrong.for('email').send(message()))).toMatchObject({
        type: 'ProviderAuth',
        retryable: false,
      });
      expect(await rejection(closed.for('email').send(message()))).toMatchObject({
        type: 'ProviderUnavailable',
        accepted: 'no',
        retryable: true,
      });
    } finally {
      await wrong.close();
      await closed.close();
    }
  });
});
