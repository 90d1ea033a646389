// The instance's fan-out: the open streams of this process, fed by one listening connection
// (or, with the embedded database, by this process's own notices). Each change is resolved once
// (queries.ts) and each stream judged against it in memory (policy.ts). The streams are
// connections, not state: a page that reconnects to another instance re-reads and goes on.
import { CHANGE_CHANNEL, localNotices, type ChangeNotice } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { mayHear } from "../policy";
import { resolveAudience, rowsThrough, topicsOf, type ReadRows } from "../queries";
import type { LiveEvent } from "../types";
import { startListener, type Listener } from "./listener";

export type Subscriber = {
  actor: Actor;
  /** The session's version, to hold the stream to the same revocation rule as every request. */
  readonly sessionVersion: number;
  summitId: string | null;
  deliver: (event: LiveEvent) => void;
  close: () => void;
};

export type HubOptions = {
  db: DbOrTx;
  /** The listening connection's database; null: this process's own notices (embedded database). */
  connectionString: string | null;
  /** The actor again, null once the session no longer holds (lib/auth/session.ts loadActor). */
  reloadActor: (db: DbOrTx, userId: string, sessionVersion: number) => Promise<Actor | null>;
  /** The summit the actor works on now. */
  summitOf: (db: DbOrTx, actor: Actor) => Promise<string | null>;
};

const resync = (): LiveEvent => ({ topics: ["*"] });

function parseNotice(payload: string): ChangeNotice | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (!value || typeof value !== "object") return null;
    const notice = value as ChangeNotice;
    if (typeof notice.e !== "string" || !Array.isArray(notice.ids) || !(notice.s === null || typeof notice.s === "string")) return null;
    return notice;
  } catch {
    return null;
  }
}

export class PushHub {
  private readonly subscribers = new Set<Subscriber>();
  private listener: Listener | null = null;
  private local: ((payload: string) => void) | null = null;

  constructor(private readonly options: HubOptions) {}

  /** Starts listening on first use; resolves once notices are being received. */
  start(): Promise<void> {
    if (this.options.connectionString === null) {
      if (!this.local) {
        const read = rowsThrough(this.options.db);
        this.local = (payload) => void this.handle(payload, read);
        localNotices().on(CHANGE_CHANNEL, this.local);
      }
      return Promise.resolve();
    }
    this.listener ??= startListener(this.options.connectionString, CHANGE_CHANNEL, {
      notice: (payload, read) => void this.handle(payload, read),
      resumed: () => this.broadcast(resync()),
    });
    return this.listener.ready;
  }

  subscribe(subscriber: Subscriber): () => void {
    void this.start();
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async close(): Promise<void> {
    for (const s of [...this.subscribers]) s.close();
    this.subscribers.clear();
    if (this.local) localNotices().off(CHANGE_CHANNEL, this.local);
    this.local = null;
    await this.listener?.close();
    this.listener = null;
  }

  private broadcast(event: LiveEvent) {
    for (const s of this.subscribers) s.deliver(event);
  }

  /** Hold a stream to its session again: closed when revoked, else re-scoped and told to re-read. */
  private async revalidate(subscriber: Subscriber): Promise<void> {
    const { db, reloadActor, summitOf } = this.options;
    const actor = await reloadActor(db, subscriber.actor.userId, subscriber.sessionVersion);
    if (!actor || actor.mustChangePassword) {
      subscriber.close();
      return;
    }
    subscriber.actor = actor;
    subscriber.summitId = await summitOf(db, actor);
    subscriber.deliver(resync());
  }

  /** One notice; its audience is read with `read` (the listening connection's, or the client's). */
  async handle(payload: string, read: ReadRows): Promise<void> {
    const notice = parseNotice(payload);
    if (!notice || this.subscribers.size === 0) return;
    try {
      const ids = new Set(notice.ids);
      if (notice.e === "User" || notice.e === "Agency") {
        // A deactivation, a password change or a new assignment: the user's streams are checked
        // again at once (an agency's: its coordinators').
        const affected = [...this.subscribers].filter((s) => (notice.e === "User" ? ids.has(s.actor.userId) : s.actor.agencyId !== null && ids.has(s.actor.agencyId)));
        await Promise.all(affected.map((s) => this.revalidate(s)));
        if (notice.e === "User") return;
      }
      if (notice.e === "CalendarToken" || notice.s === null) return;
      const interested = [...this.subscribers].filter((s) => s.summitId === notice.s);
      if (interested.length === 0) return;
      const others = interested.filter((s) => !isStaff(s.actor));
      // The audience comes with the notice; when it did not fit, its read goes out first and staff,
      // who hear every change of their summit, are told while it is on its way.
      const reading = others.length > 0 ? resolveAudience(read, notice) : null;
      const staffEvent: LiveEvent = { topics: topicsOf(notice.e) };
      for (const s of interested) if (isStaff(s.actor)) s.deliver(staffEvent);
      if (!reading) return;
      const audience = await reading;
      const event: LiveEvent = { topics: audience.topics };
      for (const s of others) if (this.subscribers.has(s) && mayHear(s.actor, audience)) s.deliver(event);
    } catch (error) {
      console.error(`live updates: a change notice was not delivered (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
    }
  }
}
