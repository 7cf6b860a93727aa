/** Contact rules as pure functions: quiet hours, consent, frequency caps, the transactional override. */
export {
  decideSend,
  frequencyWindowStart,
  isProactive,
  type PolicyCustomer,
  repliesInWindow,
  type SendContext,
  type SendDecision,
  WHATSAPP_REPLY_WINDOW_MS,
} from './decide';
export { quietUntil } from './quiet-hours';
export { localTime, type PolicyReason, type ReasonCode, type ReasonFacts, reason } from './reasons';
export {
  ContactRules,
  type ContactRulesInput,
  contactRulesFromEnv,
  DEFAULT_CONTACT_RULES,
  FrequencyCap,
  QuietHours,
} from './rules';
