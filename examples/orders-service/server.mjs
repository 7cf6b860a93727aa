// A stand-in order service for the "Write your first activity" guide (docs/guides/first-activity.md):
//   GET /orders/A-100  shipped, 3 items
//   GET /orders/A-200  pending, but the first two calls answer 503 (the activity retries)
//   GET /orders/A-300  delivered, answered after ORDERS_SLOW_MS (default 4000 ms: the activity heartbeats)
//   anything else      404 (the activity gives up at once)
// Listens on 127.0.0.1:ORDERS_PORT (default 4010). Node only, no dependencies.
import { createServer } from 'node:http';

const port = Number(process.env.ORDERS_PORT ?? 4010);
const slowMs = Number(process.env.ORDERS_SLOW_MS ?? 4000);
const calls = new Map();

const ORDERS = {
  'A-100': { status: 'shipped', eta: '2026-12-10', items: 3 },
  'A-200': { status: 'pending', eta: null, items: 1 },
  'A-300': { status: 'delivered', eta: null, items: 2 },
};

const server = createServer((req, res) => {
  const match = /^\/orders\/([^/?]+)$/.exec(req.url ?? '');
  const id = match ? decodeURIComponent(match[1]) : '';
  const n = (calls.get(id) ?? 0) + 1;
  calls.set(id, n);
  const answer = () => {
    const order = ORDERS[id];
    if (!order) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, ...order }));
  };
  if (id === 'A-200' && n <= 2) return void res.writeHead(503).end();
  if (id === 'A-300') return void setTimeout(answer, slowMs);
  answer();
});
server.listen(port, '127.0.0.1', () => console.log(`Order service on http://127.0.0.1:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
