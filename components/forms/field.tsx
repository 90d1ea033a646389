import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { LocalizedMessage } from "@/components/ui/localized-message";

type ControlProps = { "aria-describedby"?: string; "aria-invalid"?: boolean | "true" | "false" };

/** The ids a control of field `id` is described by: its hint and its error, when shown. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }, own?: string): string | undefined {
  const ids = [...(own ?? "").split(" "), hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return [...new Set(ids)].join(" ") || undefined;
}

/**
 * A labelled field with its hint and inline error, wired for screen readers: the control (the one
 * child element) is described by the hint and the error and marked invalid while there is an
 * error; the error is announced as it appears.
 */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  const only = Children.count(children) === 1 && isValidElement<ControlProps>(children) ? (children as ReactElement<ControlProps>) : null;
  const control = only
    ? cloneElement(only, {
        "aria-describedby": describedBy(id, { hint, error }, only.props["aria-describedby"]),
        "aria-invalid": error ? true : only.props["aria-invalid"] || undefined,
      })
    : children;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hint ? <span className="muted" id={`${id}-hint`}>{hint}</span> : null}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          <LocalizedMessage text={error} />
        </span>
      ) : null}
    </div>
  );
}
