import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepRecord } from '@ruta/flow';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from './file-store';
import type { OutboundMessage } from './types';

const dirs: string[] = [];
function freshStore(): FileStore {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-file-store-'));
  dirs.push(dir);
  return new FileStore(dir);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const message = (key: string, text = 'Hola'): OutboundMessage => ({
  idempotencyKey: key,
  journeyId: 'j1',
  nodeId: 'n_send',
  customerId: 'c_ana',
  channel: 'whatsapp',
  provider: 'sandbox',
  to: '+56911112222',
  text,
  status: 'queued',
  createdAt: '2026-03-02T12:00:00.000Z',
  updatedAt: '2026-03-02T12:00:00.000Z',
});

const step = (seq: number): StepRecord => ({
  journeyId: 'j1',
  seq,
  type: 'leave',
  nodeId: `n_${seq}`,
  kind: 'message.send',
  visit: 1,
  port: 'sent',
  at: 1_000 + seq,
  status: 'running',
});

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The one file in a store's folder whose contents mention `needle` (the record just written). */
function recordFile(store: FileStore, folder: string, needle: string): string {
  const found = filesUnder(join(store.dir, folder)).filter((p) => readFileSync(p, 'utf8').includes(needle));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('FileStore after a crash between creating a record and writing it (older versions left it empty)', () => {
  it('an empty outbox record reads as absent, and the next claim writes it whole', async () => {
    const store = freshStore();
    await store.claimOutbound(message('k1'));
    // What an older version left when killed after `open(wx)` and before `write`: the name, no bytes.
    truncateSync(recordFile(store, 'outbox', '"k1"'), 0);

    expect(await store.getOutbound('k1')).toBeUndefined();
    expect(await store.listOutbound({ customerId: 'c_ana' })).toEqual([]);
    expect(await store.transitionOutbound('k1', ['queued'], { status: 'sending' })).toBeUndefined();

    const claimed = await store.claimOutbound(message('k1', 'Hola otra vez'));
    expect(claimed.inserted).toBe(true);
    expect((await store.getOutbound('k1'))?.text).toBe('Hola otra vez');
    const again = await store.claimOutbound(message('k1', 'no'));
    expect(again).toMatchObject({ inserted: false, message: { text: 'Hola otra vez' } });
    expect((await store.transitionOutbound('k1', ['queued'], { status: 'sending' }))?.status).toBe('sending');
  });

  it('a record cut short reads as absent and is repaired by the next create', async () => {
    const store = freshStore();
    await store.recordSteps([step(1), step(2)]);
    const path = recordFile(store, 'steps', '"seq":2');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));

    expect((await store.listSteps('j1')).map((s) => s.seq)).toEqual([1]);
    await store.recordSteps([step(2), step(3)]);
    expect((await store.listSteps('j1')).map((s) => s.seq)).toEqual([1, 2, 3]);
  });

  it('tickets and provider-id indexes left empty read as absent, never as JSON errors', async () => {
    const store = freshStore();
    const ticket = await store.createTicket({
      idempotencyKey: 'j1:n_ticket:1',
      customerId: 'c_ana',
      journeyId: 'j1',
      kind: 'ticket',
      subject: 'Revisar pedido',
      queue: 'support',
      priority: 'normal',
      status: 'open',
    });
    truncateSync(join(store.dir, 'tickets', `${ticket.id}.json`), 0);
    expect(await store.getTicket(ticket.id)).toBeUndefined();
    expect(await store.listTickets()).toEqual([]);
    const again = await store.createTicket({
      idempotencyKey: 'j1:n_ticket:1',
      customerId: 'c_ana',
      journeyId: 'j1',
      kind: 'ticket',
      subject: 'Revisar pedido (otra vez)',
      queue: 'support',
      priority: 'normal',
      status: 'open',
    });
    expect(again).toMatchObject({ id: ticket.id, subject: 'Revisar pedido (otra vez)' });
    expect((await store.getTicket(ticket.id))?.subject).toBe('Revisar pedido (otra vez)');

    await store.claimOutbound({ ...message('k2'), providerMessageId: 'SM1' });
    truncateSync(recordFile(store, 'outbox-by-provider', '"k2"'), 0);
    expect(await store.updateOutboundByProviderId('sandbox', 'SM1', { status: 'delivered' })).toEqual({
      updated: false,
      message: undefined,
    });
  });

  it('many claims racing on an empty leftover: exactly one creates the record', async () => {
    const store = freshStore();
    await store.claimOutbound(message('k3'));
    truncateSync(recordFile(store, 'outbox', '"k3"'), 0);
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.claimOutbound(message('k3', `intento ${i}`))),
    );
    const winners = claims.filter((c) => c.inserted);
    expect(winners).toHaveLength(1);
    const stored = await store.getOutbound('k3');
    expect(stored?.text).toBe(winners[0]!.message.text);
    for (const c of claims.filter((c) => !c.inserted)) expect(c.message.text).toBe(stored?.text);
  });
});

describe('FileStore writes', () => {
  it('creates each record once under racing claims and leaves no temp or lock files behind', async () => {
    const store = freshStore();
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.claimOutbound(message('k4', `intento ${i}`))),
    );
    expect(claims.filter((c) => c.inserted)).toHaveLength(1);
    await store.upsertCustomer({ id: 'c_ana', name: 'Ana' });
    await store.upsertCustomer({ id: 'c_ana', name: 'Ana María' });
    await store.recordSteps([step(1), step(1), step(2)]);
    await store.updateOutbound('k4', { status: 'sent' });

    expect((await store.getCustomer('c_ana'))?.name).toBe('Ana María');
    expect((await store.listSteps('j1')).map((s) => s.seq)).toEqual([1, 2]);
    expect((await store.getOutbound('k4'))?.status).toBe('sent');
    const files = filesUnder(store.dir);
    expect(files.filter((p) => !p.endsWith('.json'))).toEqual([]);
    for (const path of files) expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
  });

  it('a stray temp file from a killed write is not read as a record', async () => {
    const store = freshStore();
    await store.claimOutbound(message('k5'));
    const path = recordFile(store, 'outbox', '"k5"');
    writeFileSync(`${path}.12345.abcdef.tmp`, '{"idempotencyKey":"k5","te');
    expect((await store.listOutbound()).map((m) => m.idempotencyKey)).toEqual(['k5']);
  });
});

describe('FileStore plan blobs', () => {
  it('stores a plan once by hash, reads it back, and knows nothing of other hashes', async () => {
    const store = freshStore();
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const sha = 'c'.repeat(64);
    await Promise.all([store.putPlanBlob(sha, bytes), store.putPlanBlob(sha, bytes), store.putPlanBlob(sha, bytes)]);
    expect(await store.getPlanBlob(sha)).toEqual(bytes);
    expect(readdirSync(join(store.dir, 'plans'))).toEqual([`${sha}.bin`]);
    expect(await store.getPlanBlob('d'.repeat(64))).toBeUndefined();
    // Not a hash: never a path outside the plans directory.
    expect(await store.getPlanBlob('../outbox')).toBeUndefined();
  });
});
