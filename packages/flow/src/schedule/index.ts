/** Schedules: the timing of a schedule trigger, the audience segment it reaches, and the audience run's contract. */
export { cronProblem } from './cron';
export { migrateScheduleParams, SCHEDULE_OVERLAPS, type ScheduleOverlap } from './params';
export * from './run';
export * from './segment';
