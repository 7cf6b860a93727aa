export * from './compat';
export * from './entry';
export * from './specs';
