import { type CustomerRow, type Db, findCustomer, getCustomer } from '@ruta/db';
import type { CustomerProfile, Json } from '@ruta/flow';
import { normalizeEmail, normalizePhone, phoneCandidates } from '../lib/addresses';

/** A stored customer as a journey sees it. Unknown fields stay absent, never null. */
export function toProfile(row: CustomerRow): CustomerProfile {
  const profile: CustomerProfile = { id: row.id };
  if (row.name) profile.name = row.name;
  if (row.email) profile.email = row.email;
  if (row.phone) profile.phone = row.phone;
  if (row.locale) profile.locale = row.locale;
  if (row.timeZone) profile.timeZone = row.timeZone;
  if (row.tier) profile.tier = row.tier;
  if (row.tags.length > 0) profile.tags = row.tags;
  if (Object.keys(row.consent).length > 0) profile.consent = row.consent;
  if (Object.keys(row.attributes).length > 0) profile.attributes = row.attributes as Record<string, Json>;
  return profile;
}

/** The profile a journey starts with: the stored customer, or just the id for a customer Ruta does not know yet. */
export async function profileFor(db: Db, customerId: string): Promise<CustomerProfile> {
  const row = await getCustomer(db, customerId);
  return row && !row.erasedAt ? toProfile(row) : { id: customerId };
}

/** The customer behind a phone number or email address (normalized), or null. */
export async function customerByAddress(db: Db, address: string): Promise<CustomerRow | null> {
  const email = normalizeEmail(address);
  if (email) return findCustomer(db, { email });
  const phone = normalizePhone(address);
  if (!phone) return null;
  for (const candidate of phoneCandidates(phone)) {
    const row = await findCustomer(db, { phone: candidate }).catch(() => null);
    if (row && !row.erasedAt) return row;
  }
  return null;
}
