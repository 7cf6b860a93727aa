import { DAY, type Ended, inbox, type StartInput, say, send } from './common';

const FLOW = 'f_ab_welcome';

/** A stable bucket 0–99 for a customer (FNV-1a), so a customer always sees the same variant. */
function bucket(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % 100;
}

/** examples/flows/ab-welcome.json by hand: 50/50 welcome variants → first purchase within 7 days. */
export async function abWelcome(input: StartInput): Promise<Ended> {
  const box = inbox();
  const name = input.customer.name ?? '';
  if (bucket(`${input.customer.id}:n_split`) < 50) {
    await send(input, 'n_welcome_a', {
      flowId: FLOW,
      channel: 'whatsapp',
      text: say(
        input,
        `¡Hola ${name}! Te damos la bienvenida. Escríbenos por aquí cuando nos necesites.`,
        `Hi ${name}! Welcome aboard. Write to us here whenever you need us.`,
      ),
    });
  } else {
    await send(input, 'n_welcome_b', {
      flowId: FLOW,
      channel: 'email',
      subject: say(
        input,
        `Bienvenido, ${name}: tu cupón de primera compra`,
        `Welcome, ${name}: your first-purchase coupon`,
      ),
      text: say(
        input,
        `Hola ${name}, gracias por unirte. Usa el cupón BIENVENIDA10 y obtén 10 % de descuento en tu primera compra.`,
        `Hi ${name}, thanks for joining. Use the coupon BIENVENIDA10 for 10% off your first purchase.`,
      ),
    });
  }
  const order = await box.event('order.created', 7 * DAY);
  return { outcome: order ? 'first_purchase' : 'no_purchase' };
}
