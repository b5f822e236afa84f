import { useEffect, useId, useRef, useState } from "react"

import type { Finding } from "../../core/types"
import { t, tn } from "../../i18n"
import { SEVERITY_LABEL, SEVERITY_RANK } from "./labels"

export interface ConfirmProps {
  findings: readonly Finding[]
  /** Block findings: "Post anyway" needs the acknowledgement box ticked. */
  needsAck: boolean
  /** False when the division requires a fix first (enforcement.postAnyway). */
  allowed?: boolean
  theme: "light" | "dark"
  /** Photos are still being read when Post is pressed: "Still reading 1 photo — …". */
  pending?: string
  onReview(): void
  onPostAnyway(): void
}

/** Asked once when Post is pressed with open findings. */
export function ConfirmDialog({
  findings,
  needsAck,
  allowed = true,
  theme,
  pending,
  onReview,
  onPostAnyway
}: ConfirmProps) {
  const [ack, setAck] = useState(false)
  const titleId = useId()
  const descId = useId()
  const review = useRef<HTMLButtonElement>(null)
  const dialog = useRef<HTMLDivElement>(null)
  useEffect(() => review.current?.focus(), [])

  // Keep Tab inside the dialog; Escape means "Review".
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation()
    if (e.key === "Escape") {
      e.preventDefault()
      onReview()
    } else if (e.key === "Tab" && dialog.current) {
      const items = [
        ...dialog.current.querySelectorAll<HTMLElement>("button:not(:disabled), input")
      ]
      const first = items[0]
      const last = items[items.length - 1]
      const active =
        dialog.current.getRootNode() instanceof ShadowRoot
          ? (dialog.current.getRootNode() as ShadowRoot).activeElement
          : document.activeElement
      if (e.shiftKey && active === first) {
        e.preventDefault()
        last?.focus()
      } else if (!e.shiftKey && active === last) {
        e.preventDefault()
        first?.focus()
      }
    }
  }

  return (
    <div className="backdrop">
      <div
        ref={dialog}
        className={`dialog ${theme}`}
        data-byp="confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t("confirmTitle")}</h2>
        <div id={descId}>
          {pending && <p data-byp="ocr-pending">{pending}</p>}
          {findings.length > 0 && (
            <>
              <p>{tn(findings.length, "confirmStillOne", "confirmStill")}</p>
              <ul>
                {grouped(findings).map(({ key, finding: f, count }) => (
                  <li key={key}>
                    {t("confirmItem", SEVERITY_LABEL[f.severity], f.title)}
                    {f.source?.kind === "image"
                      ? ` ${t("confirmInPhoto", f.source.name ?? t("confirmAPhoto"))}`
                      : ""}
                    {count > 1 ? ` ${t("confirmTimes", count)}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        {!allowed && <p data-byp="enforced">{t("confirmEnforced")}</p>}
        {allowed && needsAck && (
          <label>
            <input
              type="checkbox"
              data-byp="ack"
              checked={ack}
              onChange={(e) => setAck(e.currentTarget.checked)}
            />
            <span>{t("confirmAck")}</span>
          </label>
        )}
        <div className="row">
          <button
            ref={review}
            type="button"
            className="primary"
            data-byp="review"
            onClick={onReview}
          >
            {t("confirmReview")}
          </button>
          <button
            type="button"
            className="secondary"
            data-byp="post-anyway"
            disabled={!allowed || (needsAck && !ack)}
            onClick={onPostAnyway}
          >
            {t("confirmPostAnyway")}
          </button>
        </div>
      </div>
    </div>
  )
}

/**
 * One line per check (and photo), with a count: a long post can hold hundreds
 * of findings of one kind, and the dialog must stay short enough to answer.
 * Most serious first, as in the panel.
 */
function grouped(findings: readonly Finding[]): { key: string; finding: Finding; count: number }[] {
  const groups = new Map<string, { key: string; finding: Finding; count: number }>()
  for (const f of findings) {
    const where = f.source?.kind === "image" ? `img${f.source.index}` : "text"
    const key = `${f.severity}:${f.rule}:${where}`
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { key, finding: f, count: 1 })
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]
  )
}
