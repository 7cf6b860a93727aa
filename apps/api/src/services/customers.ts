import { type CustomerRow, customerProfile, type Db, findCustomer, getCustomer } from '@ruta/db';
import type { CustomerProfile } from '@ruta/flow';
import { normalizeEmail, normalizePhone, phoneCandidates } from '../lib/addresses';

/** A stored customer as a journey sees it. Unknown fields stay absent, never null. */
export const toProfile = customerProfile;

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
