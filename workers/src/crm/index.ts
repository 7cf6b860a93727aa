/** CRM: one adapter interface over Ruta's built-in store and HubSpot, and the conversation summary. */
export { builtinCrm } from './builtin';
export { crmFromEnv } from './config';
export { ASSOCIATION, type HubSpotConfig, hubspotCrm } from './hubspot';
export { conversationSummary } from './summary';
export type {
  CrmAdapter,
  CrmCustomer,
  CrmTicket,
  NewNote,
  NewTicket,
  TicketPatch,
  TicketPriority,
  TicketStatus,
} from './types';
