"use client";
// One pending flag and one refusal (its messages, shown by ActionError) for a row of buttons
// calling server actions, then a refresh.
import { useRouter } from "next/navigation";
import { useState } from "react";

type Result = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export function useArrivalAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  async function run(call: () => Promise<Result>, done?: string): Promise<boolean> {
    setPending(true);
    setError(null);
    setNotice(null);
    const result = await call();
    setPending(false);
    if (!result.ok) {
      const fields = Object.values(result.fieldErrors ?? {}).filter((m) => m !== result.error);
      setError([result.error, ...new Set(fields)]);
      return false;
    }
    if (done) setNotice(done);
    router.refresh();
    return true;
  }
  return { pending, error, notice, run };
}
