import { z } from 'zod';
import { defineContract } from './define';

const Channel = z.enum(['whatsapp', 'sms', 'email', 'voice']);
const Priority = z.enum(['low', 'normal', 'high', 'urgent']);

/** Where a send ended up: given to a provider, held for quiet hours, or not sent with a reason. */
export const SendStatus = z.enum(['sent', 'queued', 'deferred', 'suppressed', 'failed']);

/** Send a message to the customer on a channel (sandbox, SMTP, Twilio, WhatsApp Cloud API). */
export const channelSend = defineContract({
  name: 'channel.send',
  label: { es: 'Enviar mensaje', en: 'Send message' },
  description: { es: 'Envía un mensaje por un canal.', en: 'Sends a message on a channel.' },
  input: z.object({
    customerId: z.string().min(1),
    flowId: z.string(),
    channel: Channel,
    fallbackChannel: Channel.optional(),
    text: z.string().min(1),
    subject: z.string().optional(),
    locale: z.enum(['es', 'en']).default('es'),
    /** Transactional messages (payment links, delivery notices) skip frequency caps and quiet hours. */
    transactional: z.boolean().default(false),
    /** Recipient override; by default the customer's address for the channel. */
    to: z.string().optional(),
    kind: z.enum(['message', 'survey']).default('message'),
  }),
  output: z.object({
    messageId: z.string(),
    channel: Channel,
    status: SendStatus,
    reason: z.string().optional(),
    /** For `deferred`: when the send may be tried again (ms since epoch). */
    retryAt: z.number().optional(),
    /** True when this key had already been sent: the provider was not called again. */
    deduped: z.boolean().default(false),
  }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 8, initialIntervalMs: 2_000, backoffCoefficient: 2, maximumIntervalMs: 300_000 },
  nonRetryableErrorTypes: ['InvalidRecipient', 'OptedOut', 'TemplateRejected'],
});

/** Offline-first sentiment of a text in Spanish or English, with an escalation signal. */
export const SentimentResult = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(['negative', 'neutral', 'positive']),
  confidence: z.number().min(0).max(1),
  lang: z.string(),
  emotions: z.object({ anger: z.number(), frustration: z.number(), urgency: z.number(), joy: z.number() }),
  escalate: z.boolean(),
  reasons: z.array(z.string()),
});
export type SentimentResult = z.infer<typeof SentimentResult>;

export const sentimentAnalyze = defineContract({
  name: 'sentiment.analyze',
  label: { es: 'Analizar sentimiento', en: 'Analyse sentiment' },
  description: { es: 'Tono de un texto.', en: 'Tone of a text.' },
  input: z.object({ text: z.string(), lang: z.enum(['es', 'en']).optional(), customerId: z.string().optional() }),
  output: SentimentResult,
  startToCloseTimeoutMs: 10_000,
  retry: { maximumAttempts: 3, initialIntervalMs: 500 },
});

export const CustomerRecord = z.object({
  found: z.boolean(),
  id: z.string().default(''),
  name: z.string().default(''),
  email: z.string().default(''),
  phone: z.string().default(''),
  tier: z.string().default(''),
  tags: z.array(z.string()).default([]),
  openTickets: z.number().int().default(0),
});

export const crmLookupCustomer = defineContract({
  name: 'crm.lookupCustomer',
  label: { es: 'Buscar cliente', en: 'Look up customer' },
  input: z.object({ by: z.enum(['id', 'phone', 'email']), value: z.string() }),
  output: CustomerRecord,
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 10 },
});

export const crmUpsertTicket = defineContract({
  name: 'crm.upsertTicket',
  label: { es: 'Crear o actualizar ticket', en: 'Create or update ticket' },
  input: z.object({
    customerId: z.string().min(1),
    journeyId: z.string(),
    action: z.enum(['create', 'update']),
    ticketId: z.string().nullable().optional(),
    subject: z.string().min(1),
    priority: Priority,
    queue: z.string().min(1),
    status: z.enum(['open', 'pending', 'solved']),
  }),
  output: z.object({ ticketId: z.string(), status: z.string() }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 10 },
});

export const crmAddNote = defineContract({
  name: 'crm.addNote',
  label: { es: 'Agregar nota', en: 'Add note' },
  input: z.object({
    customerId: z.string().min(1),
    ticketId: z.string().nullable().optional(),
    text: z.string().min(1),
  }),
  output: z.object({ noteId: z.string() }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 10 },
});

export const handoffOpen = defineContract({
  name: 'handoff.open',
  label: { es: 'Pasar a una persona', en: 'Hand off to a person' },
  input: z.object({
    customerId: z.string().min(1),
    journeyId: z.string(),
    flowId: z.string(),
    queue: z.string().min(1),
    priority: Priority,
    /** ISO time by which the handoff must be resolved (computed in business time). */
    slaDeadline: z.string(),
    summary: z.string(),
    /** What the agent sees first: last reply, sentiment, variables, the path so far. */
    context: z.record(z.string(), z.unknown()),
  }),
  output: z.object({ handoffId: z.string() }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 10 },
});

const Locale = z.enum(['es', 'en']);

/** Create or update a customer in the CRM (Ruta's store, and the external CRM when one is configured). */
export const crmUpsertCustomer = defineContract({
  name: 'crm.upsertCustomer',
  label: { es: 'Crear o actualizar cliente', en: 'Create or update customer' },
  description: {
    es: 'Guarda el perfil del cliente: datos de contacto, idioma, zona horaria, consentimiento y etiquetas.',
    en: "Saves the customer's profile: contact details, language, time zone, consent and tags.",
  },
  input: z.object({
    id: z.string().min(1),
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    locale: Locale.optional(),
    timeZone: z.string().optional(),
    tier: z.string().optional(),
    tags: z.array(z.string()).optional(),
    /** Merged channel by channel: true = may contact, false = opted out. */
    consent: z.partialRecord(Channel, z.boolean()).optional(),
  }),
  output: z.object({ customerId: z.string(), created: z.boolean() }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 10 },
});

/** The customer's conversation across channels with open tickets, for an agent or a handoff. */
export const crmConversationSummary = defineContract({
  name: 'crm.conversationSummary',
  label: { es: 'Resumen de la conversación', en: 'Conversation summary' },
  description: {
    es: 'Lee el historial del cliente en todos los canales, para que no tenga que repetir nada.',
    en: "Reads the customer's history across channels, so they never have to repeat themselves.",
  },
  input: z.object({
    customerId: z.string().min(1),
    /** How many of the latest messages (default 20). */
    limit: z.number().int().min(1).max(200).default(20),
    lang: Locale.default('es'),
  }),
  output: z.object({
    customerId: z.string(),
    found: z.boolean(),
    name: z.string().default(''),
    openTickets: z.number().int().default(0),
    messages: z
      .array(
        z.object({
          at: z.string(),
          direction: z.enum(['in', 'out']),
          channel: z.string(),
          text: z.string(),
          status: z.string(),
          reason: z.string().optional(),
        }),
      )
      .default([]),
    lastReply: z.object({ at: z.string(), channel: z.string(), text: z.string() }).nullable().default(null),
    summary: z.string(),
  }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 10 },
});

/** One knowledge-base article found for a question: what the bot may send and how well it matches (0..1). */
export const KbSearchHit = z.object({
  id: z.string(),
  lang: Locale,
  title: z.string(),
  /** The article's first paragraph. */
  answer: z.string(),
  tags: z.array(z.string()).default([]),
  score: z.number().min(0).max(1),
});
export type KbSearchHit = z.infer<typeof KbSearchHit>;

/** What a knowledge-base search found: the language searched, the question as matched, and the hits, best first. */
export const KbSearchOutput = z.object({
  lang: Locale,
  query: z.string(),
  /** Distinct terms of the question after stop and filler words (0: nothing to search for). */
  terms: z.number().int().min(0),
  hits: z.array(KbSearchHit),
});
export type KbSearchOutput = z.infer<typeof KbSearchOutput>;

/**
 * Full-text search of the published knowledge base, in the language the question is written in (the customer's
 * language when the text does not tell). The bot node and the agents' suggestions both call it.
 */
export const kbSearch = defineContract({
  name: 'kb.search',
  label: { es: 'Buscar en la base de conocimiento', en: 'Search the knowledge base' },
  description: {
    es: 'Busca artículos publicados que respondan la pregunta del cliente, con un puntaje de 0 a 1.',
    en: "Finds published articles that answer the customer's question, scored 0 to 1.",
  },
  input: z.object({
    text: z.string().max(4000),
    /** The customer's language, used when the question's own language cannot be told. */
    lang: Locale.optional(),
    limit: z.number().int().min(1).max(10).default(3),
    minScore: z.number().min(0).max(1).default(0),
  }),
  output: KbSearchOutput,
  startToCloseTimeoutMs: 10_000,
  retry: { maximumAttempts: 5, initialIntervalMs: 500, backoffCoefficient: 2, maximumIntervalMs: 10_000 },
});

/** Every built-in contract, by name. */
export const BUILTIN_CONTRACTS = {
  [channelSend.name]: channelSend,
  [sentimentAnalyze.name]: sentimentAnalyze,
  [crmLookupCustomer.name]: crmLookupCustomer,
  [crmUpsertTicket.name]: crmUpsertTicket,
  [crmAddNote.name]: crmAddNote,
  [handoffOpen.name]: handoffOpen,
  [crmUpsertCustomer.name]: crmUpsertCustomer,
  [crmConversationSummary.name]: crmConversationSummary,
  [kbSearch.name]: kbSearch,
} as const;
