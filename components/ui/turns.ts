/**
 * Rows of a long list rendered on the server in one piece of work. React renders whatever is
 * ready in one go (server components to their payload, then that payload to HTML), holding the
 * event loop meanwhile; a day's programme at 10× held it far longer than any other request
 * should wait. A turn of this many rows holds it for a few milliseconds each way.
 */
export const ROWS_PER_TURN = 25;

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Slice<T> {
  rows: T[];
  /** Resolves when the slice may be rendered; null: with the page itself. */
  turn: Promise<void> | null;
}

/**
 * Deals the rows of one server render into turns of the event loop, in the order they are asked
 * for (across several tables of a page): the first ROWS_PER_TURN rows render with the page, each
 * next turn two macrotasks after the last one's was let go (one for its payload, one for its
 * HTML). A part that awaits its turn (an async server component, or `use` in a client component's
 * server render) suspends until then, and React renders it in work of its own, pinged from a
 * later turn of the loop: timers, I/O and other requests run in between. Without a Suspense
 * boundary around the part, the HTML is the same as when rendered in one piece.
 * One per request, on the server only (setImmediate): it holds the request's chain of turns.
 */
export class Turns {
  private used = 0;
  private current: Promise<void> | null = null;

  constructor(private readonly perTurn = ROWS_PER_TURN) {}

  /** The turn of a part as heavy as `rows` rows: the current one while it has room, else the next. */
  take(rows: number): Promise<void> | null {
    if (this.used > 0 && this.used + rows > this.perTurn) {
      this.current = (this.current ?? Promise.resolve()).then(macrotask).then(macrotask);
      this.used = 0;
    }
    this.used += rows;
    return this.current;
  }

  /** `rows` cut where their turn changes. */
  slices<T>(rows: readonly T[]): Slice<T>[] {
    const out: Slice<T>[] = [];
    for (const row of rows) {
      const turn = this.take(1);
      const last = out[out.length - 1];
      if (last && last.turn === turn) last.rows.push(row);
      else out.push({ rows: [row], turn });
    }
    return out;
  }
}
