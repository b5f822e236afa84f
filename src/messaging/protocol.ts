import type { CheckResult, Draft, Finding, SiteId } from "../core/types"
import type { OcrResult } from "../ocr/errors"

/**
 * Every runtime message of the extension, in one place: its shape, its answer
 * and its guard. Who sends what:
 *
 * | message            | from → to                         | answer            |
 * | ------------------ | --------------------------------- | ----------------- |
 * | byp:check          | content script → background       | CheckReply        |
 * | byp:allow          | content script → background       | { ok: true }      |
 * | byp:count          | content script → background       | { ok: true }      |
 * | byp:warm           | content script → background       | { ok: true }      |
 * | byp:page           | content script → background       | PagePolicy        |
 * | byp:ocr            | content script → background       | OcrResult         |
 * | byp:ocr-warm       | content script → background       | OcrResult         |
 * | byp:ocr-host       | background → offscreen document   | OcrResult / status|
 * | byp:ocr-host-idle  | offscreen document → background   | none              |
 * | byp:status         | popup → content script (tab)      | StatusReply       |
 * | byp:outline        | popup → content script (tab)      | OutlineReply      |
 * | byp:show-submit    | popup → content script (tab)      | { ok: true }      |
 *
 * The page never sees settings lists (consent, non-disclosure names): it sends
 * the draft and gets findings back. One client sends them: ./client.ts.
 */
export type CountKey = "shown" | "fixed" | "postedAnyway"

/** Content script → background, answered by src/background/handler.ts. */
export type BypMessage =
  | { type: "byp:check"; draft: Draft }
  | { type: "byp:allow"; text: string }
  | { type: "byp:count"; key: CountKey; by?: number }
  /** A compose box got focus: load settings and the checker before the first check. */
  | { type: "byp:warm" }
  /** The page starts (or settings changed): its switches and the division's site overrides. */
  | { type: "byp:page"; site: SiteId }

/**
 * What the page may know of the settings: switches only, never lists or names.
 * `postAnyway[rule]` false means the division requires a fix before posting
 * (key "customRules" for every custom rule).
 */
export interface PagePolicy {
  enabled: boolean
  postAnyway: Record<string, boolean>
  /** The division's extra selectors and labels for this site (policy `siteOverrides`). */
  overrides?: SiteOverride
}

/** Extra compose-box / Post-button selectors and labels for one site (validated in settings). */
export interface SiteOverride {
  editors?: string[]
  submit?: string[]
  submitLabels?: string[]
}

export interface CheckReply extends CheckResult {
  policy?: PagePolicy
}

export type BypReply<M extends BypMessage> = M extends { type: "byp:check" }
  ? CheckReply
  : M extends { type: "byp:page" }
    ? PagePolicy
    : { ok: true }

export const COUNT_KEYS: readonly CountKey[] = ["shown", "fixed", "postedAnyway"]

export function isBypMessage(m: unknown): m is BypMessage {
  if (!m || typeof m !== "object") return false
  const msg = m as Record<string, unknown>
  switch (msg.type) {
    case "byp:check":
      return !!msg.draft && typeof (msg.draft as Draft).text === "string"
    case "byp:allow":
      return typeof msg.text === "string" && msg.text.trim().length > 0
    case "byp:count":
      return COUNT_KEYS.includes(msg.key as CountKey)
    case "byp:warm":
      return true
    case "byp:page":
      return typeof msg.site === "string"
    default:
      return false
  }
}

// ---- Photos (OCR) ----

/**
 * Images travel as `data:` URLs: Chrome serialises runtime messages as JSON, so an
 * ArrayBuffer or Blob would arrive as `{}`; a data URL survives and is decoded in
 * the OCR host. Limits.ts keeps files well under Chrome's 64 MiB message cap.
 */

/** Content script → background: read the text in one attached image. */
export interface OcrRequestMessage {
  type: "byp:ocr"
  image: { dataUrl: string }
  /**
   * One part of the work only: the page asks for faces and for text separately,
   * so the face finding shows as soon as detection is done, not when OCR is.
   * Both parts when omitted.
   */
  only?: PhotoPart
  /**
   * Extension pages only (bench, tests): a shorter idle close. Ignored when the
   * message comes from a content script.
   */
  idleMs?: number
}

export type OcrResponse = OcrResult

/**
 * Content script → background: a composer that can take photos is open; start the
 * reader now so the first photo's text comes back sooner. Answered with an OcrResult
 * whose text is empty (or a note if the reader cannot start).
 */
export interface OcrWarmMessage {
  type: "byp:ocr-warm"
}

/** One of the two jobs the host does with a photo. */
export type PhotoPart = "faces" | "text"

/** Which of the host's two jobs a photo gets; both by default. */
export interface PhotoWork {
  ocr: boolean
  faces: boolean
}

/** Background → offscreen document (Chrome/Edge). */
export type OcrHostMessage =
  | {
      type: "byp:ocr-host"
      op: "read"
      dataUrl: string
      idleMs?: number
      /** What to do with the photo: read its text (`ocr.enabled`), find faces (`faces.enabled`). */
      want?: PhotoWork
    }
  | { type: "byp:ocr-host"; op: "warm"; want?: PhotoWork }
  | { type: "byp:ocr-host"; op: "status" }

export interface OcrHostStatus {
  state: "stopped" | "running"
  queued: number
  /** Step timings of the last read, for the bench. */
  lastTimings?: { prepareMs: number; startMs?: number; recognizeMs: number }
  /** The face detector's state and last timings, for the bench. */
  faces?: {
    state: "stopped" | "running"
    /** Photos scanned since the host started (tests: proves detection ran on a photo without faces). */
    scanned: number
    lastTimings?: { loadMs?: number; detectMs: number }
  }
  /** JS heap of the offscreen document (Chrome only), for the bench. */
  jsHeapBytes?: number
}

/** Offscreen document → background: the worker was closed after being idle; close the document too. */
export interface OcrHostIdleMessage {
  type: "byp:ocr-host-idle"
}

/** Query string that marks the offscreen document, so the same page opened in a tab stays inert. */
export const OFFSCREEN_ROLE = "role=offscreen"
export const OFFSCREEN_PATH = "tabs/ocr-host.html"

export function isOcrRequest(msg: unknown): msg is OcrRequestMessage {
  const m = msg as Partial<OcrRequestMessage> | null
  return m?.type === "byp:ocr" && typeof m.image?.dataUrl === "string"
}

export function isOcrHostMessage(msg: unknown): msg is OcrHostMessage {
  return (msg as Partial<OcrHostMessage> | null)?.type === "byp:ocr-host"
}

export function isOcrHostIdle(msg: unknown): msg is OcrHostIdleMessage {
  return (msg as Partial<OcrHostIdleMessage> | null)?.type === "byp:ocr-host-idle"
}

// ---- Popup ↔ content script ----

/**
 * The popup ↔ content-script protocol. The popup sends STATUS_REQUEST to the
 * active tab with `chrome.tabs.sendMessage(tabId, { type: "byp:status" })`; the
 * content script (src/page) answers with a StatusReply. No answer (no content
 * script on that page, or an old one after an update) means "not watching".
 */
export const STATUS_TYPE = "byp:status"

export interface StatusRequest {
  type: typeof STATUS_TYPE
}

export interface StatusReply {
  /** How many compose boxes the page controller is watching right now. */
  watching: number
  /** Findings on the draft of the focused (else the last edited) compose box; null when no draft. */
  findings: Finding[] | null
  /** Which site adapter runs on the page. */
  site?: SiteId
  /** False when the site is switched off in settings (the script runs but does not check). */
  enabled?: boolean
  /** Each watched box, for the popup's "This page" (no text, no names). */
  boxes?: BoxStatus[]
}

/** One watched compose box, as the popup's "This page" shows it. */
export interface BoxStatus {
  /** The site's own adapter, or the generic fallback. */
  adapter: "site" | "generic"
  /** A submit control was found (hovering its line highlights it on the page). */
  submitFound: boolean
  /** Keys that send this box's text. */
  keys: ("Enter" | "Ctrl+Enter")[]
  /** The account the page shows as posting (a handle or a page name), when detected. */
  account?: string
  /** Photos and videos attached. */
  attachments: number
}

/** Popup → content script: the redacted outline of the page's composer(s) for IT. */
export const OUTLINE_TYPE = "byp:outline"
export interface OutlineReply {
  outline: string
}

/** Popup → content script: highlight (or stop highlighting) box `index`'s submit control. */
export const SHOW_SUBMIT_TYPE = "byp:show-submit"
export interface ShowSubmitRequest {
  type: typeof SHOW_SUBMIT_TYPE
  index: number
  on: boolean
}

export function isStatusReply(v: unknown): v is StatusReply {
  if (typeof v !== "object" || v === null) return false
  const r = v as Record<string, unknown>
  return typeof r.watching === "number" && (r.findings === null || Array.isArray(r.findings))
}
