import { channelsConfigFromEnv, createProviders, crmFromEnv, FileStore } from '@ruta/workers';
import { describe, expect, it } from 'vitest';

describe('channel configuration from the environment', () => {
  it('every channel is the sandbox unless told otherwise', () => {
    const p = createProviders(channelsConfigFromEnv({}));
    expect(['whatsapp', 'sms', 'email', 'voice'].map((c) => p.for(c as 'sms').name)).toEqual([
      'sandbox',
      'sandbox',
      'sandbox',
      'sandbox',
    ]);
  });

  it('reads each provider’s settings, and one Twilio provider serves SMS, WhatsApp and voice', async () => {
    const config = channelsConfigFromEnv({
      RUTA_CHANNEL_PROVIDER_SMS: 'twilio',
      RUTA_CHANNEL_PROVIDER_VOICE: 'Twilio',
      RUTA_CHANNEL_PROVIDER_WHATSAPP: 'whatsapp-cloud',
      RUTA_CHANNEL_PROVIDER_EMAIL: 'smtp',
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_AUTH_TOKEN: 't',
      TWILIO_FROM_SMS: '+15005550006',
      TWILIO_API_BASE: 'http://127.0.0.1:9',
      WHATSAPP_TOKEN: 'w',
      WHATSAPP_PHONE_NUMBER_ID: '1065',
      WHATSAPP_TEMPLATE: 'ruta_aviso',
      SMTP_URL: 'smtp://u:p@127.0.0.1:2525',
      SMTP_FROM: 'avisos@tienda.cl',
    });
    expect(config.providers).toEqual({ sms: 'twilio', voice: 'twilio', whatsapp: 'whatsapp-cloud', email: 'smtp' });
    expect(config.twilio).toMatchObject({ accountSid: 'AC1', apiBase: 'http://127.0.0.1:9', fromSms: '+15005550006' });
    expect(config.whatsappCloud).toMatchObject({
      phoneNumberId: '1065',
      template: { name: 'ruta_aviso', language: { es: 'es', en: 'en_US' } },
    });
    const p = createProviders(config);
    expect(p.for('sms')).toBe(p.for('voice'));
    expect(p.for('whatsapp').name).toBe('whatsapp-cloud');
    expect(p.for('email').name).toBe('smtp');
    await p.close();
  });

  it('refuses what cannot work, naming the variable', () => {
    expect(() => channelsConfigFromEnv({ RUTA_CHANNEL_PROVIDER_SMS: 'twilio' })).toThrow(/TWILIO_ACCOUNT_SID/);
    expect(() => channelsConfigFromEnv({ RUTA_CHANNEL_PROVIDER_SMS: 'pigeon' })).toThrow(/RUTA_CHANNEL_PROVIDER_SMS/);
    const smtpForSms = channelsConfigFromEnv({
      RUTA_CHANNEL_PROVIDER_SMS: 'smtp',
      SMTP_URL: 'smtp://h',
      SMTP_FROM: 'a@b.cl',
    });
    expect(() => createProviders(smtpForSms)).toThrow(/smtp provider cannot send sms/);
  });

  it('the CRM adapter: built-in by default, HubSpot with a token', () => {
    const store = new FileStore('/nonexistent');
    expect(crmFromEnv(store, {}).name).toBe('builtin');
    expect(crmFromEnv(store, { RUTA_CRM: 'hubspot', HUBSPOT_TOKEN: 'pat' }).name).toBe('hubspot');
    expect(() => crmFromEnv(store, { RUTA_CRM: 'hubspot' })).toThrow(/HUBSPOT_TOKEN/);
    expect(() => crmFromEnv(store, { RUTA_CRM: 'salesforce' })).toThrow(/RUTA_CRM/);
  });
});
