export * from './contracts';
export * from './define';
