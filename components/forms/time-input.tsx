"use client";
// A 24-hour "HH:mm" time as text, instead of <input type="time">, which many browsers show on a
// 12-hour clock. Up and Down step by 5 minutes, Page Up and Page Down by an hour.
import type { ComponentPropsWithRef, KeyboardEvent } from "react";
import { stepClock } from "./time-text";

type Props = Omit<ComponentPropsWithRef<"input">, "value" | "onChange" | "type"> & {
  value: string | null | undefined;
  onChange: (value: string) => void;
  /** Minutes per press of Up or Down. */
  step?: number;
};

export function TimeInput({ value, onChange, step = 5, onKeyDown, ...rest }: Props) {
  const keys: Record<string, [1 | -1, number]> = { ArrowUp: [1, step], ArrowDown: [-1, step], PageUp: [1, 60], PageDown: [-1, 60] };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    const move = keys[event.key];
    if (!move || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onChange(stepClock(value ?? "", move[0], move[1]));
  };
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder="HH:mm"
      size={6}
      {...rest}
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKey}
    />
  );
}
