/**
 * Channels: one provider interface (send, lookup) for the sandbox, SMTP email, Twilio (SMS, WhatsApp, voice) and
 * the WhatsApp Cloud API, plus the webhook helpers the API calls: signature checks, inbound parsing and
 * delivery-status parsing per provider.
 */
export { type ChannelsConfig, channelsConfigFromEnv, createProviders, type Providers } from './config';
export { applyDeliveryUpdates, recordInbound } from './delivery';
export { ProviderError, type ProviderErrorType, parseRetryAfter } from './errors';
export {
  createSandboxProvider,
  parseSandboxInbound,
  parseSandboxStatus,
  SandboxInbound,
  SandboxStatus,
  sandboxMessageId,
  verifySandboxSignature,
} from './sandbox';
export { classifySmtpError, createSmtpProvider, messageIdFor, type SmtpConfig } from './smtp';
export { CHANNEL_TEXTS, fill, type Localized, localized } from './templates';
export {
  createTwilioProvider,
  parseTwilioInbound,
  parseTwilioStatus,
  type TwilioConfig,
  twilioParams,
  twilioSignature,
  verifyTwilioSignature,
} from './twilio';
export {
  CHANNELS,
  type Channel,
  type ChannelProvider,
  type DeliveryUpdate,
  type InboundMessage,
  type LookupResult,
  type OutgoingMessage,
  type ProviderName,
  type SendOptions,
  type SendReceipt,
  type WebhookRequest,
} from './types';
export {
  createWhatsAppCloudProvider,
  parseWhatsAppInbound,
  parseWhatsAppStatus,
  verifyWhatsAppSignature,
  verifyWhatsAppSubscription,
  type WhatsAppCloudConfig,
} from './whatsapp-cloud';
