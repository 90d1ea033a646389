// A table of bilateral requests: who, at what level, status and slot; an optional extra cell per
// row (the planners' inline slot finder).
import Link from "next/link";
import type { ReactNode } from "react";
import { BILATERAL_LEVEL_LABEL, PARTY_RESPONSE_LABEL } from "@/lib/bilaterals/labels";
import type { BilateralSummary } from "@/lib/bilaterals/queries";
import styles from "./bilaterals.module.css";
import { slotText } from "./slot-text";
import { BilateralStatusBadge } from "./status-badge";

export function BilateralTable({
  requests,
  timeZone,
  caption,
  extra,
}: {
  requests: readonly BilateralSummary[];
  timeZone: string;
  caption?: string;
  extra?: (request: BilateralSummary) => ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="data">
        {caption ? <caption className="muted">{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">Delegations</th>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
            <th scope="col">Slot</th>
            {extra ? <th scope="col" className="no-print">Arrange</th> : null}
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/bilaterals/${r.id}`}>{r.parties.map((p) => p.name).join(" – ")}</Link>
                <ul className={styles.parties} aria-label="Answers">
                  {r.status === "PROPOSED" || r.status === "ACCEPTED" || r.status === "DECLINED"
                    ? r.parties.map((p) => (
                        <li key={p.delegationId} className="muted">
                          {p.name}: {PARTY_RESPONSE_LABEL[p.response].toLowerCase()}
                        </li>
                      ))
                    : null}
                </ul>
              </td>
              <td>
                {BILATERAL_LEVEL_LABEL[r.level]}, {r.durationMinutes} min
              </td>
              <td>
                <BilateralStatusBadge status={r.status} />
              </td>
              <td>
                {r.proposal ? (
                  <>
                    {slotText(r.proposal.startsAt, r.proposal.endsAt, timeZone)}
                    <div className="muted">
                      {r.proposal.spaceName}, {r.proposal.venueName}
                    </div>
                  </>
                ) : (
                  <span className="muted">Not yet proposed</span>
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
