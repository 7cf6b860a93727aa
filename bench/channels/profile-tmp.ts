import { openTestDatabase } from '@ruta/db/testing';
import { channelSend, type ActivityContext } from '@ruta/sdk';
import { ContactRules, channelSendActivity, createProviders, DbStore } from '@ruta/workers';
const db = await openTestDatabase('pglite');
const store = new DbStore(db.db);
for (let c = 0; c < 50; c++) await store.upsertCustomer({ id: `c_${c}`, name: `C ${c}`, phone: `+5691000${String(c).padStart(4, '0')}`, locale: 'es', timeZone: 'America/Santiago' });
const times: Record<string, number[]> = {};
for (const m of ['getOutbound','getCustomer','countProactiveSends','claimOutbound','transitionOutbound','updateOutbound']) {
  const orig = (store as any)[m].bind(store);
  (store as any)[m] = async (...a: unknown[]) => { const t = performance.now(); try { return await orig(...a); } finally { (times[m] ??= []).push(performance.now() - t); } };
}
const NOON = Date.parse('2026-06-10T16:00:00Z');
const def = channelSendActivity(store, { providers: createProviders({ providers: {} }), rules: ContactRules.parse({ frequencyCap: { max: 1_000_000, perDays: 7 } }), now: () => NOON });
const ctx = (key: string): ActivityContext => ({ idempotencyKey: key, journeyId: key.split(':')[0]!, nodeId: 'n', visit: 1, attempt: 1, signal: new AbortController().signal, heartbeat() {} });
let total = 0;
for (let i = 0; i < 400; i++) {
  if (i === 100) { for (const k in times) times[k] = []; total = 0; }
  const t = performance.now();
  await def.handler(channelSend.input.parse({ customerId: `c_${i % 50}`, flowId: 'f', channel: 'sms', text: 'hola' }), ctx(`j${i}:n:1`));
  total += performance.now() - t;
}
for (const [k, v] of Object.entries(times)) console.log(k, v.length, (v.reduce((a, b) => a + b, 0) / 300).toFixed(2), 'ms per send');
console.log('total per send', (total / 300).toFixed(2));
await db.close();
