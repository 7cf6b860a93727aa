/** The ruta command line, and the pieces other tools share with it. */
export { type FollowOptions, followJourney } from './follow';
export { main } from './main';
