/**
 * Per-member cooldown: after a command a member waits `seconds` before the next one, so one member
 * cannot flood a channel. Entries are dropped once they expire.
 */
export class Cooldown {
  readonly #until = new Map<string, number>();

  /**
   * @param seconds - wait between two commands of one member; 0 turns the cooldown off.
   * @param now - clock, replaceable in tests. Default `Date.now`.
   */
  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records a command by `userId` and returns 0, or, when the member is still cooling down, returns the
   * seconds left (rounded up) without recording anything.
   */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const until = this.#until.get(userId);
    if (until !== undefined && until > now) return Math.ceil((until - now) / 1000);
    this.#until.set(userId, now + this.seconds * 1000);
    if (this.#until.size > 10_000) this.#prune(now);
    return 0;
  }

  #prune(now: number): void {
    for (const [userId, until] of this.#until) if (until <= now) this.#until.delete(userId);
  }
}
