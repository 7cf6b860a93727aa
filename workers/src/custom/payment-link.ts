import { createHmac } from 'node:crypto';
import { defineActivity } from '@ruta/sdk';
import { z } from 'zod';

/**
 * An example custom activity a developer adds: a signed payment link for a pending amount.
 * It shows up in the designer's palette with a form generated from `input`.
 */
export const createPaymentLink = defineActivity({
  name: 'billing.createPaymentLink',
  label: { es: 'Crear link de pago', en: 'Create payment link' },
  description: {
    es: 'Genera un link de pago firmado por el monto pendiente.',
    en: 'Creates a signed payment link for the pending amount.',
  },
  input: z.object({
    customerId: z.string().min(1),
    amount: z.number().positive(),
    currency: z.enum(['CLP', 'MXN', 'ARS', 'COP', 'EUR', 'USD']).default('CLP'),
  }),
  output: z.object({ url: z.string().url(), expiresAt: z.string() }),
  startToCloseTimeoutMs: 10_000,
  handler: async ({ customerId, amount, currency }, ctx) => {
    const expiresAt = new Date(Date.now() + 72 * 3_600_000).toISOString();
    const secret = process.env.RUTA_PAYMENT_LINK_SECRET ?? 'ruta-local-secret';
    const payload = `${customerId}:${amount}:${currency}:${ctx.idempotencyKey}`;
    const signature = createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);
    const base = process.env.RUTA_PAYMENT_LINK_BASE ?? 'https://pay.example.com/p';
    const query = new URLSearchParams({ c: customerId, a: String(amount), cur: currency, s: signature });
    return { url: `${base}?${query}`, expiresAt };
  },
});
