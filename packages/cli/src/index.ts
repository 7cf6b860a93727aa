/** The ruta command line, and the pieces other tools share with it. */
export { simulationHandlers, simulationOptions, simulationSendPolicy } from './commands/simulate';
export { type FollowOptions, followJourney } from './follow';
export { main } from './main';
