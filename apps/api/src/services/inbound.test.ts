import { describe, expect, it } from 'vitest';
import { messageEventId } from './inbound';

describe('the event a customer’s first message becomes', () => {
  it('is named after the provider’s message id, within the 200 characters of every event id', () => {
    expect(messageEventId('whatsapp', 'wamid.HBgL')).toBe('msg:whatsapp:wamid.HBgL');
    const long = 'x'.repeat(300);
    const id = messageEventId('whatsapp', long);
    expect(id.length).toBeLessThanOrEqual(200);
    expect(id).toMatch(/^msg:whatsapp:sha256:[0-9a-f]{64}$/);
    // The same message always gives the same id (a redelivery starts nothing twice); another message, another id.
    expect(messageEventId('whatsapp', long)).toBe(id);
    expect(messageEventId('whatsapp', `${long}y`)).not.toBe(id);
  });
});
