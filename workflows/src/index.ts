/** Workflow entry point for the worker's bundle: every workflow Ruta runs. */
export { audienceRun } from './audience';
export { journey } from './journey';
