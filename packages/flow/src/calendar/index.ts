/**
 * Pure time code for flows: time zones (through `Intl` only), business hours, SLA deadlines and public
 * holidays. Deterministic, so it runs in Temporal workflow code and in the browser.
 */
export type { BusinessHoursLike } from './business';
export { addBusinessTime, isOpen, MAX_IDLE_DAYS, MAX_SCAN_DAYS, nextOpen } from './business';
export type { CivilDate } from './civil';
export { civilFromDays, daysFromCivil, formatDate, parseDate, weekdayOf } from './civil';
export type { Holiday, HolidayCountry } from './holidays';
export { easterSunday, holidays, isHoliday, juneSolstice } from './holidays';
export type { OffsetSegment, WallTime, ZonedParts } from './zoned';
export { offsetAt, offsetSegments, zonedInstant, zonedParts } from './zoned';
