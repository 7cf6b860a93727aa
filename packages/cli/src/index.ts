/** The ruta command line, and the pieces other tools share with it. */
export { simulationHandlers } from './commands/simulate';
export { followJourney, type FollowOptions } from './follow';
export { main } from './main';
