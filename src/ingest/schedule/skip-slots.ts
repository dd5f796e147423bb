const HOUR = 3_600_000;
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface SkipSlots {
  /** UTC hours 0–23 the publisher asks readers not to poll. */
  hours: Set<number>;
  /** UTC weekdays, 0 = Sunday. */
  days: Set<number>;
  /** Values that were not understood (reported in the schedule reason, otherwise ignored). */
  ignored: string[];
}

/**
 * Reads RSS `skipHours`/`skipDays`. The RSS 2.0 spec says hours are 0–23 GMT; some feeds write 24 for
 * midnight, which is taken as 0. Day names are matched case-insensitively, in full or as 3-letter
 * abbreviations (`Mon`), since feeds write both.
 */
export function readSkipSlots(skipHours: readonly number[] | undefined, skipDays: readonly string[] | undefined): SkipSlots {
  const slots: SkipSlots = { hours: new Set(), days: new Set(), ignored: [] };
  for (const hour of skipHours ?? []) {
    if (Number.isInteger(hour) && hour >= 0 && hour <= 24) slots.hours.add(hour % 24);
    else slots.ignored.push(`skipHours ${String(hour)}`);
  }
  for (const day of skipDays ?? []) {
    const key = String(day).trim().toLowerCase();
    const index = DAY_NAMES.findIndex((name) => name === key || (key.length >= 3 && name.startsWith(key)));
    if (index >= 0) slots.days.add(index);
    else slots.ignored.push(`skipDays "${day}"`);
  }
  return slots;
}

export function isSkipped(time: Date, slots: SkipSlots): boolean {
  return slots.hours.has(time.getUTCHours()) || slots.days.has(time.getUTCDay());
}

/**
 * The first moment at or after `time` outside every skipped hour and day (UTC, per the RSS spec): the start
 * of the next allowed hour, or `time` itself when it is allowed. Undefined when every hour of the week is
 * skipped, a feed that would otherwise never be read; the caller ignores the hints then.
 */
export function firstAllowedTime(time: Date, slots: SkipSlots): Date | undefined {
  if (!isSkipped(time, slots)) return time;
  let candidate = Math.floor(time.getTime() / HOUR) * HOUR;
  for (let step = 0; step < 7 * 24; step++) {
    candidate += HOUR;
    if (!isSkipped(new Date(candidate), slots)) return new Date(candidate);
  }
  return undefined;
}
