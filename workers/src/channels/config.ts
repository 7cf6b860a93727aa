import { createSandboxProvider } from './sandbox';
import { createSmtpProvider, type SmtpConfig } from './smtp';
import { createTwilioProvider, type TwilioConfig } from './twilio';
import type { Channel, ChannelProvider, ProviderName } from './types';
import { CHANNELS } from './types';
import { createWhatsAppCloudProvider, type WhatsAppCloudConfig } from './whatsapp-cloud';

/** Which provider serves each channel, and their settings. Built from the environment, or by tests directly. */
export interface ChannelsConfig {
  /** Per channel; `sandbox` when absent. */
  providers: Partial<Record<Channel, ProviderName>>;
  smtp?: SmtpConfig;
  twilio?: TwilioConfig;
  whatsappCloud?: WhatsAppCloudConfig;
}

/** The providers in use, one per channel (a provider serving several channels is built once). */
export interface Providers {
  for(channel: Channel): ChannelProvider;
  close(): Promise<void>;
}

const PROVIDER_CHANNELS: Record<ProviderName, readonly Channel[]> = {
  sandbox: CHANNELS,
  smtp: ['email'],
  twilio: ['sms', 'whatsapp', 'voice'],
  'whatsapp-cloud': ['whatsapp'],
};

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) throw new Error(`${name} is not set: the configured channel provider needs it`);
  return v;
}

/**
 * Channel configuration from the environment: `RUTA_CHANNEL_PROVIDER_<CHANNEL>` = sandbox | smtp | twilio |
 * whatsapp-cloud (sandbox by default), and each chosen provider's settings (see README.md beside this file).
 * Throws naming the variable that is missing or wrong.
 */
export function channelsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ChannelsConfig {
  const providers: Partial<Record<Channel, ProviderName>> = {};
  for (const channel of CHANNELS) {
    const name = env[`RUTA_CHANNEL_PROVIDER_${channel.toUpperCase()}`]?.trim().toLowerCase();
    if (!name) continue;
    if (!(name in PROVIDER_CHANNELS)) {
      throw new Error(
        `RUTA_CHANNEL_PROVIDER_${channel.toUpperCase()}="${name}" is unknown: use sandbox, smtp, twilio or whatsapp-cloud`,
      );
    }
    providers[channel] = name as ProviderName;
  }
  const used = new Set(Object.values(providers));
  const config: ChannelsConfig = { providers };
  const timeoutMs = env.RUTA_CHANNEL_TIMEOUT_MS ? Number(env.RUTA_CHANNEL_TIMEOUT_MS) : undefined;
  if (used.has('smtp')) {
    config.smtp = {
      url: required(env, 'SMTP_URL'),
      from: required(env, 'SMTP_FROM'),
      ...(env.RUTA_BRAND ? { brand: env.RUTA_BRAND } : {}),
      ...(env.SMTP_ALLOW_SELF_SIGNED === 'true' ? { allowSelfSigned: true } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    };
  }
  if (used.has('twilio')) {
    const contentEs = env.TWILIO_WHATSAPP_CONTENT_SID_ES;
    const contentEn = env.TWILIO_WHATSAPP_CONTENT_SID_EN;
    config.twilio = {
      accountSid: required(env, 'TWILIO_ACCOUNT_SID'),
      authToken: required(env, 'TWILIO_AUTH_TOKEN'),
      ...(env.TWILIO_API_BASE ? { apiBase: env.TWILIO_API_BASE } : {}),
      ...(env.TWILIO_FROM_SMS ? { fromSms: env.TWILIO_FROM_SMS } : {}),
      ...(env.TWILIO_FROM_WHATSAPP ? { fromWhatsapp: env.TWILIO_FROM_WHATSAPP } : {}),
      ...(env.TWILIO_FROM_VOICE ? { fromVoice: env.TWILIO_FROM_VOICE } : {}),
      ...(env.TWILIO_STATUS_CALLBACK_URL ? { statusCallbackUrl: env.TWILIO_STATUS_CALLBACK_URL } : {}),
      ...(contentEs || contentEn
        ? { whatsappContentSid: { ...(contentEs ? { es: contentEs } : {}), ...(contentEn ? { en: contentEn } : {}) } }
        : {}),
      ...(env.RUTA_BRAND ? { brand: env.RUTA_BRAND } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    };
  }
  if (used.has('whatsapp-cloud')) {
    config.whatsappCloud = {
      token: required(env, 'WHATSAPP_TOKEN'),
      phoneNumberId: required(env, 'WHATSAPP_PHONE_NUMBER_ID'),
      ...(env.WHATSAPP_API_BASE ? { apiBase: env.WHATSAPP_API_BASE } : {}),
      ...(env.WHATSAPP_APP_SECRET ? { appSecret: env.WHATSAPP_APP_SECRET } : {}),
      ...(env.WHATSAPP_TEMPLATE
        ? {
            template: {
              name: env.WHATSAPP_TEMPLATE,
              language: { es: env.WHATSAPP_TEMPLATE_LANG_ES ?? 'es', en: env.WHATSAPP_TEMPLATE_LANG_EN ?? 'en_US' },
            },
          }
        : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    };
  }
  return config;
}

/**
 * Builds the providers a configuration names. Throws when a provider is set for a channel it cannot serve
 * (SMTP for SMS, say) or lacks its settings.
 */
export function createProviders(config: ChannelsConfig): Providers {
  const built = new Map<ProviderName, ChannelProvider>();
  const build = (name: ProviderName): ChannelProvider => {
    switch (name) {
      case 'sandbox':
        return createSandboxProvider();
      case 'smtp':
        if (!config.smtp) throw new Error('The smtp provider needs SMTP_URL and SMTP_FROM');
        return createSmtpProvider(config.smtp);
      case 'twilio':
        if (!config.twilio) throw new Error('The twilio provider needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN');
        return createTwilioProvider(config.twilio);
      case 'whatsapp-cloud':
        if (!config.whatsappCloud) {
          throw new Error('The whatsapp-cloud provider needs WHATSAPP_TOKEN and WHATSAPP_PHONE_NUMBER_ID');
        }
        return createWhatsAppCloudProvider(config.whatsappCloud);
      default: {
        const never: never = name;
        throw new Error(`Unknown provider ${never}`);
      }
    }
  };
  const byChannel = new Map<Channel, ChannelProvider>();
  for (const channel of CHANNELS) {
    const name = config.providers[channel] ?? 'sandbox';
    if (!PROVIDER_CHANNELS[name].includes(channel)) {
      throw new Error(`The ${name} provider cannot send ${channel} (it sends ${PROVIDER_CHANNELS[name].join(', ')})`);
    }
    let provider = built.get(name);
    if (!provider) {
      provider = build(name);
      built.set(name, provider);
    }
    byChannel.set(channel, provider);
  }
  return {
    for: (channel) => byChannel.get(channel)!,
    async close() {
      await Promise.all([...built.values()].map((p) => p.close?.()));
    },
  };
}
