import type { PayloadConverter } from '@temporalio/common';

/** Ruta's payload converter: Temporal's default, with the plan of `planPayload` marked `ruta-payload: plan`. */
export declare const payloadConverter: PayloadConverter;
/** A compiled plan as a workflow argument the converter marks for the claim-check codec (plain JSON otherwise). */
export declare function planPayload<P extends object>(plan: P): P;
/** Metadata key that names what a payload holds (`ruta-payload`). */
export declare const PAYLOAD_KIND_METADATA: 'ruta-payload';
/** The value of `ruta-payload` on a compiled plan's payload. */
export declare const PLAN_PAYLOAD_KIND: 'plan';
