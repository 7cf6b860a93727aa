// The hand-written baselines of the engine benchmark: their own workflow bundle, nothing of Ruta in it.
export { abWelcome } from './ab-welcome';
export { csat } from './csat';
export { deliveryDelay } from './delivery-delay';
export { failedPayment } from './failed-payment';
export { fiveSteps, fourSteps } from './five-steps';
export { negativeSentimentEscalation } from './negative-sentiment-escalation';
export { slaEscalation } from './sla-escalation';
