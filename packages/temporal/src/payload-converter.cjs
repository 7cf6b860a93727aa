// Ruta's payload converter: Temporal's default (undefined, binary, JSON), plus one mark. A value wrapped by
// `planPayload(plan)` becomes the plan's plain JSON with the metadata `ruta-payload: plan`, so the claim-check codec
// (plan-claim-check.ts) can tell a compiled plan from everything else and never stores customer data as a blob.
// Plain CommonJS on purpose: the SDK `require()`s a converter by path in clients and workers (under tsx, vitest
// or plain Node alike), and webpack bundles it into the workflow code, where the journey marks the plan it
// continues-as-new with.
'use strict';

const { DefaultPayloadConverter } = require('@temporalio/common');

/** Metadata key that names what a payload holds; only plans are marked. */
const PAYLOAD_KIND_METADATA = 'ruta-payload';
/** The value of PAYLOAD_KIND_METADATA on a compiled plan's payload. */
const PLAN_PAYLOAD_KIND = 'plan';
const BRAND = Symbol.for('ruta.plan-payload');
const PLAN_KIND_BYTES = new TextEncoder().encode(PLAN_PAYLOAD_KIND);

/**
 * The plan as a workflow argument that the payload converter marks. Under a converter without the mark (Temporal's
 * default) it serialises to the same plan JSON through `toJSON`, so nothing is lost, only not claim-checked.
 */
function planPayload(plan) {
  return { [BRAND]: plan, toJSON: () => plan };
}

class RutaPayloadConverter {
  constructor() {
    this.inner = new DefaultPayloadConverter();
    // A compiled plan never changes once made (it is published, or rebuilt as a new object): its payload is made
    // once per plan object, not at every journey start (the same object then reaches the claim check, which knows it).
    this.plans = new WeakMap();
  }

  toPayload(value) {
    if (value !== null && typeof value === 'object' && BRAND in value) {
      const plan = value[BRAND];
      const known = plan !== null && typeof plan === 'object' ? this.plans.get(plan) : undefined;
      if (known) return known;
      const payload = this.inner.toPayload(plan);
      const marked = { ...payload, metadata: { ...payload.metadata, [PAYLOAD_KIND_METADATA]: PLAN_KIND_BYTES } };
      if (plan !== null && typeof plan === 'object') this.plans.set(plan, marked);
      return marked;
    }
    return this.inner.toPayload(value);
  }

  fromPayload(payload) {
    return this.inner.fromPayload(payload);
  }
}

const payloadConverter = new RutaPayloadConverter();

module.exports = { payloadConverter, planPayload, PAYLOAD_KIND_METADATA, PLAN_PAYLOAD_KIND };
