"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createFeedTokenAction, regenerateFeedTokenAction, revokeFeedTokenAction } from "@/lib/calendar-feed/actions";
import { feedAddresses, type FeedAddresses } from "@/lib/calendar-feed/address";
import type { Lang } from "@/lib/i18n/lang";
import type { FeedManagerText } from "@/lib/i18n/types";
import styles from "./itinerary.module.css";

/**
 * `active`: whether a live address exists; `status` says so in the reader's language (made when).
 * `lang`: the feed's language, carried in the new address so the calendar shows the same one.
 */
type Props = { active: boolean; status: string; lang: Lang; text: FeedManagerText };

/** Create, regenerate or revoke the calendar feed address; a new address is shown once. */
export function FeedManager({ active, status, lang, text }: Props) {
  const router = useRouter();
  const [addresses, setAddresses] = useState<FeedAddresses | null>(null);
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
      setAddresses("path" in result.data ? feedAddresses(window.location.origin, result.data.path, lang) : null);
      router.refresh();
    });

  const confirmThen = (question: string, go: () => void) => () => {
    if (window.confirm(question)) go();
  };

  return (
    <div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {message ? <p role="status">{message}</p> : null}
      {addresses ? (
        <div className="field">
          <label htmlFor="feed-url">{text.address}</label>
          <input id="feed-url" className={styles.secret} readOnly value={addresses.https} onFocus={(e) => e.currentTarget.select()} />
          <a href={addresses.webcal} rel="noreferrer">
            {text.subscribe}
          </a>
        </div>
      ) : null}
      <p>{status}</p>
      <div className="actions">
        {active ? (
          <>
            <button
              className="button"
              type="button"
              disabled={pending}
              onClick={confirmThen(text.regenerateConfirm, () => run(() => regenerateFeedTokenAction({}), text.regenerated))}
            >
              {text.regenerate}
            </button>
            <button
              className="button button--secondary"
              type="button"
              disabled={pending}
              onClick={confirmThen(text.revokeConfirm, () => run(() => revokeFeedTokenAction({}), text.revoked))}
            >
              {text.revoke}
            </button>
          </>
        ) : (
          <button className="button" type="button" disabled={pending} onClick={() => run(() => createFeedTokenAction({}), text.created)}>
            {text.create}
          </button>
        )}
      </div>
    </div>
  );
}
