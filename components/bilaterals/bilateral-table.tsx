// A table of bilateral requests: who, at what level, status and slot; an optional extra cell per
// row (the planners' inline slot finder). A proposal that can no longer be held is marked so at
// once (lib/bilaterals/finder.ts impossibleProposals), with its reasons for planners.
import Link from "next/link";
import type { ReactNode } from "react";
import type { ProposalProblems } from "@/lib/bilaterals/finder";
import type { BilateralSummary } from "@/lib/bilaterals/queries";
import type { Lang } from "@/lib/i18n";
import type { BilateralsText } from "@/lib/i18n/bilaterals";
import { fillIn, type BilateralFormText } from "@/lib/i18n/forms";
import styles from "./bilaterals.module.css";
import { slotText } from "./slot-text";
import { ImpossibleNote } from "./impossible-note";
import { BilateralStatusBadge } from "./status-badge";

export function BilateralTable({
  requests,
  timeZone,
  caption,
  extra,
  problems,
  text,
  words,
  lang,
  showReasons = false,
}: {
  requests: readonly BilateralSummary[];
  timeZone: string;
  caption?: string;
  extra?: (request: BilateralSummary) => ReactNode;
  /** Proposals that became impossible, by request id. */
  problems?: ProposalProblems;
  text: BilateralFormText;
  /** The reader's words, and their language for the slots' days. */
  words: BilateralsText;
  lang: Lang;
  /** Planners see why a proposal became impossible; others only that it did. */
  showReasons?: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="data">
        {caption ? <caption className="muted">{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{words.table.delegations}</th>
            <th scope="col">{words.table.level}</th>
            <th scope="col">{words.table.status}</th>
            <th scope="col">{words.table.slot}</th>
            {extra ? <th scope="col" className="no-print">{words.table.arrange}</th> : null}
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/bilaterals/${r.id}`}>{r.parties.map((p) => p.name).join(" – ")}</Link>
                <ul className={styles.parties} aria-label={words.table.answers}>
                  {r.status === "PROPOSED" || r.status === "ACCEPTED" || r.status === "DECLINED"
                    ? r.parties.map((p) => (
                        <li key={p.delegationId} className="muted">
                          {p.name}: {words.response[p.response].toLowerCase()}
                        </li>
                      ))
                    : null}
                </ul>
              </td>
              <td>
                {words.level[r.level]}, {fillIn(words.minutes, { n: r.durationMinutes })}
              </td>
              <td>
                <BilateralStatusBadge status={r.status} words={words} />
                {problems?.get(r.id) ? <ImpossibleNote id={r.id} problems={problems.get(r.id)!} text={text} showReasons={showReasons} lang={lang} /> : null}
              </td>
              <td>
                {r.proposal ? (
                  <>
                    {slotText(r.proposal.startsAt, r.proposal.endsAt, timeZone, lang)}
                    <div className="muted">
                      {r.proposal.spaceName}, {r.proposal.venueName}
                    </div>
                  </>
                ) : (
                  <span className="muted">{words.table.notProposed}</span>
                )}
              </td>
              {extra ? <td className="no-print">{extra(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
