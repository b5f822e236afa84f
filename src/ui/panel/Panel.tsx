import { useId } from "react"

import type { Finding, Fix } from "../../core/types"
import { t } from "../../i18n"
import { colon, ignoreLabel, SEVERITY_LABEL, SEVERITY_RANK, summary } from "./labels"

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
  /** Checks that could not run on this post (a custom rule over its time budget). */
  problems?: readonly string[]
  /** False when the box was recognised only by the generic fallback. */
  siteExtras?: boolean
  /**
   * A known composer with no submit control found (the site changed): posting is
   * not checked here, and the panel says so in one line rather than fall silent.
   */
  unguarded?: boolean
  /** The post has photos: reading progress and notes about photos that could not be read. */
  photos?: PhotoStatus
  /** "Blur faces" in progress for one photo: its before/after preview. */
  blur?: BlurPreview
  onBlur?(action: BlurAction): void
}

/** The before/after preview of "Blur faces" (small data: URLs, made in memory). */
export interface BlurPreview {
  /** Attachment index of the photo. */
  photo: number
  before: string
  after: string
  width: number
  height: number
  boxes: readonly { x: number; y: number; w: number; h: number }[]
  /** Per face: true = left sharp (a staff member, a student with consent). */
  keep: readonly boolean[]
}

export type BlurAction =
  { kind: "toggle"; face: number } | { kind: "all" } | { kind: "apply" } | { kind: "cancel" }

export interface PhotoStatus {
  /** "Reading text in 2 photos… (1 of 2 done)"; empty once every photo is read. */
  status: string
  progress: { total: number; done: number }
  /** Plain language, one per photo that could not be read (never a file name). */
  notes: readonly string[]
}

/**
 * The findings panel. Pure presentation: the page controller (src/page) and the
 * options page's "Try a post" both render it. The `data-byp` attributes are the
 * contract the end-to-end tests use.
 */
export function Panel(props: PanelProps) {
  const { state, findings, theme, collapsed } = props
  const listId = useId()
  const headline = state === "checking" && !findings.length ? t("panelChecking") : summary(findings)
  return (
    <div
      data-byp="panel"
      data-state={state}
      role="region"
      aria-label={t("extensionName")}
      tabIndex={-1}
      className={`byp ${theme}`}
    >
      <div className="head">
        <span className={`title ${findings.length ? "" : "ok"}`}>
          {t("panelHeadline", headline)}
          {props.siteExtras === false ? ` ${t("panelBasicCheck")}` : ""}
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
            {collapsed ? t("panelShow") : t("panelHide")}
            <span className="sr"> {t("panelFindingsWord")}</span>
          </button>
        )}
      </div>
      {/* Announces new findings without moving focus away from the post. */}
      <div className="sr" role="status" aria-live="polite">
        {state === "checking" ? "" : summary(findings)}
      </div>
      {findings.length > 0 && !collapsed && (
        <ul id={listId} aria-label={t("panelFindingsList")}>
          {bySeverity(findings)
            .slice(0, MAX_LISTED)
            .map((f) => (
              <FindingItem key={findingKey(f)} finding={f} {...props} />
            ))}
          {findings.length > MAX_LISTED && (
            <li className="more" data-byp="more">
              {t("panelMoreFindings", findings.length - MAX_LISTED)}
            </li>
          )}
        </ul>
      )}
      {props.photos && <PhotoProgress {...props.photos} />}
      {props.problems?.map((message) => (
        <p key={message} className="notice" data-byp="problem">
          {message}
        </p>
      ))}
      {props.unguarded && (
        <p className="notice" data-byp="unguarded">
          {t("panelPostNotChecked")}
        </p>
      )}
      {props.notice && (
        <p className="notice" data-byp="notice">
          {props.notice}
        </p>
      )}
    </div>
  )
}

/**
 * Progress while photos are read (a live region, so screen readers hear it
 * without focus moving) and a note for each photo that could not be read.
 */
function PhotoProgress({ status, progress, notes }: PhotoStatus) {
  return (
    <>
      <div
        className="ocr-status"
        data-byp="ocr-status"
        data-reading={status ? progress.total - progress.done : 0}
        role="status"
        aria-live="polite"
      >
        {status && (
          <>
            <span>{status}</span>
            <progress
              value={progress.done}
              max={progress.total}
              aria-label={t("panelPhotosRead")}
            />
          </>
        )}
      </div>
      {notes.map((note, i) => (
        <p key={i} className="notice" data-byp="ocr-note">
          {note}
        </p>
      ))}
    </>
  )
}

function FindingItem(props: { finding: Finding } & PanelProps) {
  const f = props.finding
  if (f.source?.kind === "image") return <ImageFindingItem {...props} />
  return <TextFindingItem {...props} />
}

/**
 * Words found in an attached photo: which photo, the words, and how to take the
 * photo out. Text in a picture cannot be edited from here, so there is no fix button.
 */
function ImageFindingItem({ finding: f, onFix, blur, onBlur }: { finding: Finding } & PanelProps) {
  const photo = (f.source?.kind === "image" && f.source.name) || t("panelThePhoto")
  const blurFix = f.fixes.find((x) => x.blurFaces)
  const index = f.source?.kind === "image" ? f.source.index : -1
  return (
    <li
      className="finding"
      data-byp="finding"
      data-rule={f.rule}
      data-severity={f.severity}
      data-source="image"
    >
      <div>
        <Heading finding={f} />
      </div>
      <p className="where">
        <span data-byp="source">{t("panelInPhoto", photo)}</span>
        <MatchedWords match={f.match} />
      </p>
      <p className="msg" data-byp="message">
        {f.message}
      </p>
      <Clause finding={f} />
      {blurFix ? (
        <div className="actions">
          <button
            type="button"
            className="fix"
            data-byp="blur-faces"
            onClick={() => onFix(f, blurFix)}
          >
            {blurFix.label}
          </button>
        </div>
      ) : (
        <p className="advice" data-byp="remove-photo">
          {t("panelRemovePhoto", photo)}
        </p>
      )}
      {blurFix && blur?.photo === index && onBlur && (
        <BlurPreviewView blur={blur} onBlur={onBlur} />
      )}
    </li>
  )
}

/**
 * Before and after, side by side. Each face on the "after" picture is a button:
 * pressed = blurred; click to leave that face sharp. Nothing is replaced until
 * "Use the blurred copy".
 */
function BlurPreviewView({ blur, onBlur }: { blur: BlurPreview; onBlur(a: BlurAction): void }) {
  const pct = (v: number, of: number) => `${(100 * v) / of}%`
  return (
    <div className="blur-preview" data-byp="blur-preview">
      <figure>
        <img data-byp="blur-before" src={blur.before} alt={t("blurBefore")} />
        <figcaption>{t("blurBefore")}</figcaption>
      </figure>
      <figure>
        <div className="blur-after">
          <img data-byp="blur-after" src={blur.after} alt={t("blurAfter")} />
          {blur.boxes.map((b, i) => (
            <button
              key={i}
              type="button"
              data-byp="blur-face"
              aria-pressed={!blur.keep[i]}
              aria-label={t(blur.keep[i] ? "blurFaceSharp" : "blurFaceBlurred", i + 1)}
              style={{
                left: pct(b.x, blur.width),
                top: pct(b.y, blur.height),
                width: pct(b.w, blur.width),
                height: pct(b.h, blur.height)
              }}
              onClick={() => onBlur({ kind: "toggle", face: i })}
            />
          ))}
        </div>
        <figcaption>{t("blurAfter")}</figcaption>
      </figure>
      <p className="advice">{t("blurHint")}</p>
      <div className="actions">
        <button
          type="button"
          className="fix"
          data-byp="blur-apply"
          onClick={() => onBlur({ kind: "apply" })}
        >
          {t("blurApply")}
        </button>
        <button
          type="button"
          className="secondary"
          data-byp="blur-all"
          onClick={() => onBlur({ kind: "all" })}
        >
          {t("blurAll")}
        </button>
        <button
          type="button"
          className="secondary"
          data-byp="blur-cancel"
          onClick={() => onBlur({ kind: "cancel" })}
        >
          {t("blurCancel")}
        </button>
      </div>
    </div>
  )
}

function TextFindingItem({ finding: f, onFix, onIgnore }: { finding: Finding } & PanelProps) {
  const ignore = ignoreLabel(f)
  return (
    <li
      className="finding"
      data-byp="finding"
      data-rule={f.rule}
      data-severity={f.severity}
      data-source="text"
    >
      <div>
        <Heading finding={f} />
        <MatchedWords match={f.match} />
      </div>
      {f.checklist ? (
        <div className="msg" data-byp="message">
          {f.message}
          <ul className="checklist">
            {f.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="msg" data-byp="message">
          {f.message}
        </p>
      )}
      <Clause finding={f} />
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

/** Severity badge and rule title, the start of every finding. */
function Heading({ finding: f }: { finding: Finding }) {
  return (
    <>
      <span className={`badge ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
      <strong>{f.title}</strong>
      {f.certain && (
        <span className="badge certain" data-byp="certain">
          {t("panelCertain")}
        </span>
      )}
    </>
  )
}

/** The words the rule matched; very long matches (a whole paragraph) are left out. */
function MatchedWords({ match }: { match: string }) {
  if (!match.trim() || match.length > 120) return null
  return (
    <>
      {colon()}
      <span className="match" data-byp="match">
        {match}
      </span>
    </>
  )
}

/** Why: the procedure's clause, quoted. */
function Clause({ finding: f }: { finding: Finding }) {
  return (
    <p className="clause" data-byp="clause" title={f.policyRef.quote}>
      {f.policyRef.clause}: “{f.policyRef.quote}”
    </p>
  )
}

/**
 * A pasted class list or a very long post can hold thousands of findings; the
 * panel lists the most serious ones first and counts the rest, so rendering
 * stays quick and the panel stays readable. The highlights in the post mark all.
 */
export const MAX_LISTED = 50

/** Most serious first; the draft's order within a severity. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start
  )
}

/** Text and photo findings can share a range: the source keeps keys apart. */
function findingKey(f: Finding): string {
  const from = f.source?.kind === "image" ? `img${f.source.index}` : "text"
  return `${from}:${f.rule}:${f.start}:${f.end}`
}
