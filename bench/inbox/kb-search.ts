/**
 * Knowledge-base search figure for the inbox benchmark: `searchKb` over 5,000 generated es/en articles, p50/p95/p99 of
 * natural questions, against a plain primary-key lookup (`getKbArticle`) in the same run, on PGlite (file-backed, as
 * the local stack runs it) and on PostgreSQL (`DATABASE_URL_TEST`). Articles and questions come from a seeded
 * generator, so every run searches the same data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Database,
  type Db,
  getKbArticle,
  type KbArticleInput,
  openDatabase,
  queryRows,
  searchKb,
  seedKbArticles,
  sql,
} from '@ruta/db';
import { openPostgresTestDatabase } from '@ruta/db/testing';

export const ARTICLES = Number(process.env.BENCH_KB_ARTICLES ?? 5000);
const SEARCHES = Number(process.env.BENCH_KB_SEARCHES ?? 400);
const LOOKUPS = Number(process.env.BENCH_KB_LOOKUPS ?? 400);
const REPS = Number(process.env.BENCH_REPS ?? 3);
export const TARGET_P95_MS = 50;

/** mulberry32: a small seeded PRNG, so the data set is the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Contact-center vocabulary: each article is about a few of these topics; filler sentences are shared by all. */
const ES = {
  topics: (
    'horario atención pedido despacho envío devolución reembolso cambio garantía contraseña clave cuenta factura boleta ' +
    'pago tarjeta cuotas transferencia suscripción plan cancelación tienda retiro stock producto descuento cupón ' +
    'promoción reclamo seguimiento dirección domicilio región teléfono notificación aplicación seguridad privacidad ' +
    'cobro cargo saldo crédito débito convenio empresa instalación técnico visita reparación repuesto talla color ' +
    'router decodificador celular notebook audífonos zapatillas chaqueta refrigerador lavadora televisor cámara ' +
    'tablet impresora parlante reloj colchón sillón bicicleta cafetera aspiradora fibra señal velocidad módem wifi ' +
    'roaming minutos gigas portabilidad chip esim prepago recarga mascota seguro póliza siniestro deducible asistencia ' +
    'grúa vehículo patente licencia multa peaje estacionamiento vuelo equipaje asiento embarque reserva hotel ' +
    'habitación checkin checkout puntos canje millas socio membresía beneficio cumpleaños regalo envoltorio tarjetaregalo ' +
    'arriendo contrato firma notaría mudanza medidor lectura consumo boletín corte reposición emergencia fuga'
  ).split(' '),
  verbs:
    'cambiar cancelar pagar devolver revisar activar recuperar solicitar descargar actualizar retirar contratar'.split(
      ' ',
    ),
  filler: (
    'Para esto entra a tu cuenta y sigue los pasos. Si tienes dudas escríbenos por WhatsApp. ' +
    'El proceso toma unos minutos y recibirás un aviso por correo. Revisa que tus datos estén al día. ' +
    'En regiones los plazos pueden ser mayores. Guarda el comprobante hasta que termine el trámite.'
  ).split('. '),
  questions: ['¿Cómo puedo {v} mi {t}?', '¿Cuál es el {t} de {t2}?', 'Quiero {v} el {t}', '¿Dónde veo mi {t} y {t2}?'],
};
const EN = {
  topics: (
    'hours order delivery shipping return refund exchange warranty password account invoice receipt payment card ' +
    'installment transfer subscription plan cancellation store pickup stock product discount coupon promotion ' +
    'complaint tracking address phone notification app security privacy charge balance credit debit installation ' +
    'repair router decoder cellphone laptop headphones sneakers jacket fridge washer television camera tablet printer ' +
    'speaker watch mattress sofa bicycle coffeemaker vacuum fiber signal speed modem wifi roaming minutes data ' +
    'portability sim esim prepaid topup pet insurance policy claim deductible roadside towing vehicle plate license ' +
    'fine toll parking flight baggage seat boarding booking hotel room checkin checkout points redeem miles member ' +
    'membership benefit birthday gift wrapping giftcard lease contract signature moving meter reading usage outage ' +
    'reconnection emergency leak'
  ).split(' '),
  verbs: 'change cancel pay return check activate recover request download update pick'.split(' '),
  filler: (
    'To do this sign in to your account and follow the steps. If you have questions write to us on WhatsApp. ' +
    'It takes a few minutes and you will get an email. Make sure your details are up to date. ' +
    'Keep the receipt until the process is complete.'
  ).split('. '),
  questions: [
    'How do I {v} my {t}?',
    'What is the {t} for {t2}?',
    'I want to {v} the {t}',
    'Where can I see my {t} and {t2}?',
  ],
};

/**
 * Articles, 60% Spanish: each is about three or four topics (some topics are more common than others), named in
 * its title, tags and topic sentences, with filler sentences every article shares.
 */
export function generateArticles(count = ARTICLES): (KbArticleInput & { id: string })[] {
  const rnd = prng(42);
  const pick = <T>(xs: T[], skew = 1) => xs[Math.floor(rnd() ** skew * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const lang = rnd() < 0.6 ? 'es' : 'en';
    const v = lang === 'es' ? ES : EN;
    const theme = Array.from({ length: 3 + Math.floor(rnd() * 2) }, () => pick(v.topics, 1.4));
    const title = `${pick(v.verbs)} ${theme[0]} ${lang === 'es' ? 'y' : 'and'} ${theme[1]}`;
    const sentences = Array.from({ length: 6 + Math.floor(rnd() * 8) }, () =>
      rnd() < 0.4 ? `${pick(v.verbs)} ${pick(theme)} ${pick(theme)}` : pick(v.filler),
    );
    const body = `${sentences.slice(0, 3).join('. ')}.\n\n${sentences.slice(3).join('. ')}.`;
    return {
      id: `kb_bench_${i}`,
      lang,
      title: title[0]!.toUpperCase() + title.slice(1),
      body,
      tags: theme.slice(2),
      status: rnd() < 0.9 ? 'published' : 'draft',
    };
  });
}

/** Natural questions in both languages about the same topics (common topics asked about more often). */
export function generateQuestions(count = 200): { text: string; lang: 'es' | 'en' }[] {
  const rnd = prng(7);
  const pick = <T>(xs: T[], skew = 1) => xs[Math.floor(rnd() ** skew * xs.length)]!;
  return Array.from({ length: count }, () => {
    const lang = rnd() < 0.6 ? 'es' : 'en';
    const v = lang === 'es' ? ES : EN;
    const text = pick(v.questions)
      .replace('{v}', pick(v.verbs))
      .replace('{t}', pick(v.topics, 1.4))
      .replace('{t2}', pick(v.topics, 1.4));
    return { text, lang };
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    count: s.length,
    p50Ms: round(percentile(s, 50)),
    p95Ms: round(percentile(s, 95)),
    p99Ms: round(percentile(s, 99)),
    maxMs: round(s.at(-1)!),
  };
}

/** One round: every question searched once, interleaved one for one with a primary-key lookup. */
async function round1(db: Db, questions: { text: string; lang: 'es' | 'en' }[]) {
  const search: number[] = [];
  const searchCpu: number[] = [];
  const lookup: number[] = [];
  let hits = 0;
  for (let i = 0; i < Math.max(SEARCHES, LOOKUPS); i++) {
    if (i < SEARCHES) {
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      const r = await searchKb(db, { ...questions[i % questions.length]!, limit: 3 });
      search.push(performance.now() - t0);
      const used = process.cpuUsage(cpu);
      searchCpu.push((used.user + used.system) / 1000);
      hits += r.hits.length > 0 ? 1 : 0;
    }
    if (i < LOOKUPS) {
      const t0 = performance.now();
      await getKbArticle(db, `kb_bench_${(i * 7919) % ARTICLES}`);
      lookup.push(performance.now() - t0);
    }
  }
  return { search: stats(search), searchCpu: stats(searchCpu), lookup: stats(lookup), hits };
}

/**
 * Searches and primary-key lookups on one database that already holds the articles, in REPS rounds; the round with
 * the median search p95 is reported (the others' p95s beside it). Search and lookup are interleaved one for one so a
 * busy machine slows both alike: the ratio stays meaningful when the absolute figures do not. On PGlite, which runs
 * in this process, the CPU time of each search is recorded too; it hardly grows with the machine's load.
 */
async function measure(db: Db, inProcess: boolean) {
  const questions = generateQuestions();
  // Warm up: caches, plans, the JIT.
  for (const q of questions.slice(0, 40)) await searchKb(db, { ...q, limit: 3 });
  for (let i = 0; i < 40; i++) await getKbArticle(db, `kb_bench_${i}`);
  const rounds = [];
  for (let r = 0; r < REPS; r++) rounds.push(await round1(db, questions));
  rounds.sort((a, b) => a.search.p95Ms - b.search.p95Ms);
  const chosen = rounds[Math.floor(rounds.length / 2)]!;
  const { search: s, lookup: l, hits } = chosen;
  // How much of the knowledge base a question's terms reach: the candidates every search scores.
  const shares = await Promise.all(
    questions.slice(0, 50).map(async (q) => {
      const [row] = await queryRows<{ share: number | string }>(
        db,
        sql`select (count(*) filter (where search @@ replace(plainto_tsquery(ruta_kb_config(${q.lang}),
                   ruta_fold(${q.text}))::text, ' & ', ' | ')::tsquery))::float / count(*) as share
            from kb_articles where lang = ${q.lang} and status = 'published'`,
      );
      return Number(row?.share ?? 0);
    }),
  );
  const plan = await queryRows<Record<string, string>>(
    db,
    sql`explain select id from kb_articles a where a.lang = 'es' and a.status = 'published'
        and a.search @@ ${"'pedid' | 'despach'"}::tsquery`,
  );
  return {
    search: s,
    ...(inProcess ? { searchCpu: chosen.searchCpu } : {}),
    lookup: l,
    roundsSearchP95Ms: rounds.map((r) => r.search.p95Ms),
    ratioP95: round(s.p95Ms / l.p95Ms, 1),
    questionsWithHits: round(hits / SEARCHES, 3),
    candidateShare: round(shares.reduce((a, b) => a + b, 0) / shares.length, 3),
    scan:
      plan
        .map((r) => Object.values(r).join(' '))
        .find((line) => /Scan/.test(line))
        ?.trim()
        .split('  ')[0] ?? '',
  };
}

async function load(database: Database) {
  const articles = generateArticles();
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += 500) await seedKbArticles(database.db, articles.slice(i, i + 500));
  await database.db.execute(sql`analyze kb_articles`);
  return round((performance.now() - t0) / 1000, 1);
}

/** The figure on PGlite (a file-backed database in a temp dir). */
export async function onPglite() {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-bench-kb-'));
  const database = await openDatabase({ dataDir: dir, url: '' });
  try {
    const loadSeconds = await load(database);
    return { driver: 'pglite' as const, loadSeconds, ...(await measure(database.db, true)) };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figure on PostgreSQL (a fresh schema in DATABASE_URL_TEST), or why it could not be measured. */
export async function onPostgres() {
  let database: Database;
  try {
    database = await openPostgresTestDatabase();
  } catch (error) {
    return { driver: 'postgres' as const, skipped: (error as Error).message.split('\n')[0] };
  }
  try {
    const loadSeconds = await load(database);
    return { driver: 'postgres' as const, loadSeconds, ...(await measure(database.db, false)) };
  } finally {
    await database.close();
  }
}
