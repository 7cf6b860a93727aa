// @ruta/sdk/testing: run an activity alone in its own tests, without a worker or a server.
export * from './context';
export * from './run';
export * from './simulate';
