/** Workflow entry point for the worker's bundle: every workflow Ruta runs. */
export { audienceRun } from './audience';
export { caseReply } from './case-reply';
export { journey } from './journey';
