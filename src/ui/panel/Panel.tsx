import { useId } from "react"

import type { Finding, Fix } from "../../core/types"
import { ignoreLabel, ruleTitle, SEVERITY_LABEL, summary } from "./labels"

export type PanelState = "clean" | "findings" | "checking"

export interface PanelProps {
  state: PanelState
  findings: readonly Finding[]
  theme: "light" | "dark"
  collapsed: boolean
  onToggle(): void
  onFix(finding: Finding, fix: Fix): void
  onIgnore(finding: Finding): void
  /** A short message for the teacher (e.g. the clipboard fallback). */
  notice?: string
  /** False when the box was recognised only by the generic fallback. */
  siteExtras?: boolean
}

/**
 * The findings panel. Pure presentation: the page controller (src/page) and the
 * options page's "Try a post" both render it. The `data-byp` attributes are the
 * contract the end-to-end tests use.
 */
export function Panel(props: PanelProps) {
  const { state, findings, theme, collapsed } = props
  const listId = useId()
  const headline = state === "checking" && !findings.length ? "Checking…" : summary(findings)
  return (
    <div
      data-byp="panel"
      data-state={state}
      role="region"
      aria-label="Before You Post"
      tabIndex={-1}
      className={`byp ${theme}`}
    >
      <div className="head">
        <span className={`title ${findings.length ? "" : "ok"}`}>
          Before You Post: {headline}
          {props.siteExtras === false ? " (basic check)" : ""}
        </span>
        {findings.length > 0 && (
          <button
            type="button"
            className="toggle"
            data-byp="toggle"
            aria-expanded={!collapsed}
            aria-controls={listId}
            onClick={props.onToggle}
          >
            {collapsed ? "Show" : "Hide"}
            <span className="sr"> findings</span>
          </button>
        )}
      </div>
      {/* Announces new findings without moving focus away from the post. */}
      <div className="sr" role="status" aria-live="polite">
        {state === "checking" ? "" : summary(findings)}
      </div>
      {findings.length > 0 && !collapsed && (
        <ul id={listId} aria-label="Findings">
          {bySeverity(findings).map((f) => (
            <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f} {...props} />
          ))}
        </ul>
      )}
      {props.notice && (
        <p className="notice" data-byp="notice">
          {props.notice}
        </p>
      )}
    </div>
  )
}

function FindingItem({ finding: f, onFix, onIgnore }: { finding: Finding } & PanelProps) {
  const ignore = ignoreLabel(f)
  const where = f.source?.kind === "image" ? ` (in ${f.source.name ?? "a photo"})` : ""
  return (
    <li className="finding" data-byp="finding" data-rule={f.rule} data-severity={f.severity}>
      <div>
        <span className={`badge ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
        <strong>{ruleTitle(f.rule)}</strong>
        {where}
        {f.match.trim() && f.match.length <= 120 && (
          <>
            {": "}
            <span className="match" data-byp="match">
              {f.match}
            </span>
          </>
        )}
      </div>
      <p className="msg" data-byp="message">
        {f.message}
      </p>
      <p className="clause" data-byp="clause" title={f.policyRef.quote}>
        {f.policyRef.clause}: “{f.policyRef.quote}”
      </p>
      <div className="actions">
        {f.fixes.map((fix, i) =>
          fix.advice ? (
            <span key={i} className="advice">
              {fix.label}
            </span>
          ) : (
            <button
              key={i}
              type="button"
              className="fix"
              data-byp="fix"
              onClick={() => onFix(f, fix)}
            >
              {fix.label}
            </button>
          )
        )}
        {ignore && (
          <button type="button" className="secondary" data-byp="ignore" onClick={() => onIgnore(f)}>
            {ignore}
          </button>
        )}
      </div>
    </li>
  )
}

const RANK = { block: 0, warn: 1, info: 2 } as const

/** Most serious first; the draft's order within a severity. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start)
}
