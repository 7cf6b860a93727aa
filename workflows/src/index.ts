/** Workflow entry point for the worker's bundle: every workflow Ruta runs. */
export { journey } from './journey';
