// Contact rules live in @ruta/policy (the API's simulator applies them without worker code).
export * from '@ruta/policy';
