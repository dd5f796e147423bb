/** Where a progress bar draws: a TTY stream (stderr), so stdout stays clean for data. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

/**
 * A one-line progress bar for bulk commands: `[#######.....] 12/40  30%  label`, redrawn in place with
 * `\r`. It draws only on a terminal; when the stream is a pipe or a file nothing is written, since a log
 * full of carriage returns helps nobody (the command prints its summary either way).
 */
export class ProgressBar {
  private last = '';

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly width = 28,
  ) {}

  get active(): boolean {
    return this.stream.isTTY === true && this.total > 0;
  }

  update(done: number, label = ''): void {
    if (!this.active) return;
    const ratio = Math.min(1, Math.max(0, done / this.total));
    const filled = Math.round(ratio * this.width);
    const head = `[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${done}/${this.total} ${String(Math.round(ratio * 100)).padStart(3)}% `;
    const room = Math.max(0, (this.stream.columns ?? 80) - head.length - 1);
    const line = head + (label.length > room ? `${label.slice(0, Math.max(0, room - 1))}…` : label);
    if (line === this.last) return;
    this.stream.write(`\r${line.padEnd(this.last.length)}`);
    this.last = line;
  }

  /** Clears the bar so the summary starts on a clean line. */
  done(): void {
    if (!this.active || this.last === '') return;
    this.stream.write(`\r${' '.repeat(this.last.length)}\r`);
    this.last = '';
  }
}
