/** An injected clock for schedule tests: the code under test only ever sees `now()`; tests move it by hand. */
export function testClock(start: string) {
  let current = new Date(start).getTime();
  return {
    now: (): Date => new Date(current),
    set(at: Date | string): void {
      current = new Date(at).getTime();
    },
    advance(ms: number): void {
      current += ms;
    },
    /** A date `ms` before now. */
    ago(ms: number): Date {
      return new Date(current - ms);
    },
  };
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
