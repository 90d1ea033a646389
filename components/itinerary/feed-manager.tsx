"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createFeedTokenAction, regenerateFeedTokenAction, revokeFeedTokenAction } from "@/lib/calendar-feed/actions";
import styles from "./itinerary.module.css";

/** `activeSince`: when the live address was made, as text; null when there is none. */
type Props = { activeSince: string | null };

/** Create, regenerate or revoke the calendar feed address; a new address is shown once. */
export function FeedManager({ activeSince }: Props) {
  const router = useRouter();
  const [secretUrl, setSecretUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: true; data: { path: string } | { revoked: number } } | { ok: false; error: string }>, done: string) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setMessage(done);
      setSecretUrl("path" in result.data ? `${window.location.origin}${result.data.path}` : null);
      router.refresh();
    });

  const confirmThen = (question: string, go: () => void) => () => {
    if (window.confirm(question)) go();
  };

  return (
    <div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {message ? <p role="status">{message}</p> : null}
      {secretUrl ? (
        <div className="field">
          <label htmlFor="feed-url">Your feed address (shown only now: copy it into your calendar app)</label>
          <input id="feed-url" className={styles.secret} readOnly value={secretUrl} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <p>{activeSince ? `You have a feed address, made ${activeSince}.` : "You have no feed address."}</p>
      <div className="actions">
        {activeSince ? (
          <>
            <button
              className="button"
              type="button"
              disabled={pending}
              onClick={confirmThen("Make a new address? Calendars subscribed to the old one stop updating.", () => run(() => regenerateFeedTokenAction({}), "A new address was made; the old one no longer works."))}
            >
              Regenerate address
            </button>
            <button
              className="button button--secondary"
              type="button"
              disabled={pending}
              onClick={confirmThen("Revoke the address? Calendars subscribed to it stop updating.", () => run(() => revokeFeedTokenAction({}), "The address was revoked."))}
            >
              Revoke address
            </button>
          </>
        ) : (
          <button className="button" type="button" disabled={pending} onClick={() => run(() => createFeedTokenAction({}), "Your feed address was made.")}>
            Create feed address
          </button>
        )}
      </div>
    </div>
  );
}
