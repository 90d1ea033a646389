"use client";
// A refused arrivals action: its message and any field's own, each in the reader's language
// (the server's refusals arrive in it already; the schemas' sentences are looked up here).
import { Fragment } from "react";
import { LocalizedMessage } from "@/components/ui/localized-message";

export function ActionError({ messages }: { messages: readonly string[] | null }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="form-error" role="alert">
      {messages.map((message, i) => (
        <Fragment key={i}>
          {i > 0 ? " " : null}
          <LocalizedMessage text={message} />
        </Fragment>
      ))}
    </p>
  );
}
