/**
 * The emulator's only source of time. Tests move it forward with `POST /_emulator/clock`
 * to check expiry without waiting; nothing in the emulator reads `Date.now()` directly.
 */
export class Clock {
  #offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }

  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }

  reset(): void {
    this.#offsetMs = 0;
  }

  toJSON(): { now: string; offsetSeconds: number } {
    return { now: this.nowIso(), offsetSeconds: this.#offsetMs / 1000 };
  }
}
