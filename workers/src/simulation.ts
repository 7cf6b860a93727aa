// Simulation lives in @ruta/policy (the API simulates without worker code); this path stays for its callers.
export * from '@ruta/policy/simulation';
