import { describe, expect, it } from 'vitest';
import { EventCursor } from '../../src/live/event-cursor.js';

describe('EventCursor', () => {
  it('delivers each sequence number once, in order', () => {
    const cursor = new EventCursor(10);
    expect(cursor.accept([11, 12], 0)).toEqual([11, 12]);
    expect(cursor.after).toBe(12);
    expect(cursor.accept([12, 13], 0)).toEqual([13]);
  });

  it('keeps re-reading below a gap until the late event arrives', () => {
    const cursor = new EventCursor(0, 1_000);
    expect(cursor.accept([1, 3], 0)).toEqual([1, 3]);
    expect(cursor.after).toBe(1);
    expect(cursor.accept([3], 500)).toEqual([]);
    expect(cursor.accept([2, 3], 600)).toEqual([2]);
    expect(cursor.after).toBe(3);
  });

  it('gives up on a gap whose writer died, after the grace period', () => {
    const cursor = new EventCursor(0, 1_000);
    cursor.accept([2], 0);
    expect(cursor.after).toBe(0);
    cursor.accept([], 999);
    expect(cursor.after).toBe(0);
    cursor.accept([], 1_000);
    expect(cursor.after).toBe(2);
  });
});
