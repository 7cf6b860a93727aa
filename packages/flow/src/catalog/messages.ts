import { z } from 'zod';
import { CHANNEL_NAMES, Channel, clip, Template, templateText, templateVariants } from './fields';
import { defineNodeKind, t } from './types';

export const messageSend = defineNodeKind({
  kind: 'message.send',
  group: 'messages',
  label: t('Enviar mensaje', 'Send message'),
  description: t(
    'Envía un mensaje por WhatsApp, SMS, correo o llamada, en el idioma del cliente.',
    "Sends a message by WhatsApp, SMS, email or call, in the customer's language.",
  ),
  params: z.object({
    channel: Channel,
    template: Template,
    subject: Template.optional().describe('Email subject'),
    fallbackChannel: Channel.optional().describe('Used when the first channel fails for good or lacks consent'),
  }),
  ports: () => [
    { name: 'sent', label: t('enviado', 'sent'), required: true },
    { name: 'failed', label: t('falló', 'failed'), required: false },
  ],
  outputs: { messageId: 'string', channel: 'string', status: 'string' },
  templates: (p) => [
    ...templateVariants(p.template, ['template']),
    ...(p.subject ? templateVariants(p.subject, ['subject']) : []),
  ],
  activity: 'channel.send',
  summary: (p, lang) => clip(`${CHANNEL_NAMES[p.channel][lang]}: ${templateText(p.template, lang)}`),
});
