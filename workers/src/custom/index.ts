import type { ActivityDefinition } from '@ruta/sdk';
import { createPaymentLink } from './payment-link';

/** Custom activities of this deployment: add yours here and they appear in the designer's palette. */
export const CUSTOM_ACTIVITIES: ActivityDefinition[] = [createPaymentLink as unknown as ActivityDefinition];
export { activitySpecs } from './specs';
