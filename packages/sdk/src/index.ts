export { z } from 'zod';
export * from './catalog';
export * from './contracts';
export * from './define';
export * from './errors';
