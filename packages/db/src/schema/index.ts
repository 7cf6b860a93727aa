export * from './api-keys';
export * from './common';
export * from './customers';
export * from './events';
export * from './flows';
export * from './journeys';
export * from './kb';
export * from './tickets';
