// @ruta/policy: what the engine decides the same way in production and in simulation — contact rules, the
// knowledge-base search — shared by the worker's activities, the API's simulator and the CLI, so the API needs no
// worker code.

export * from './channel';
/** Contact rules as pure functions: quiet hours, consent, frequency caps, the transactional override. */
export * from './contact';
/** The knowledge-base search the `kb.search` activity, the agents' suggestions and simulations share. */
export * from './knowledge';
