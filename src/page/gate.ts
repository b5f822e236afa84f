import type { Finding } from "../core/types"
import { askBeforePosting, confirmOpen } from "./confirm"
import type { EditorController } from "./controller"
import { stillReadingText } from "./attachments"
import { decide, decideWhileReading, isPostKey, postAnywayAllowed } from "./gate-decision"
import { count } from "../messaging/client"
import { keyOutcome, KEY_OUTCOME_MS } from "./key-outcome"

/** How long Post waits for a check of just-typed text before letting the post through. */
export const GATE_CHECK_TIMEOUT_MS = 1500

/** Enter (no Shift) or Ctrl/Cmd+Enter: the keys a box may send with. */
function sendKeyOf(e: KeyboardEvent): "enter" | "modEnter" | null {
  if (e.key !== "Enter" || e.isComposing || e.altKey) return null
  if (e.ctrlKey || e.metaKey) return "modEnter"
  return e.shiftKey ? null : "enter"
}

/**
 * Reads what a key the gate let through did to the box (sent it, or made a new
 * line) and tells the box's adapter: `before` was read as the key went down,
 * the box is read again a moment later.
 */
function watchKey(c: EditorController, key: "enter" | "modEnter", before: string): void {
  setTimeout(() => {
    const outcome = keyOutcome(before, c.connected ? c.text() : null)
    if (outcome) c.noteKey(key, outcome)
  }, KEY_OUTCOME_MS)
}

/**
 * Stands between the teacher and the site's Post action: the Post click (and
 * Enter/Space on it), Ctrl/Cmd+Enter, and Enter in boxes that post on Enter.
 * Capture-phase listeners on window run before the site's own handlers. Any
 * error inside lets the post through (fail open); with no findings the event is
 * never touched.
 */
export function installGate(controllers: () => EditorController[]): () => void {
  // "Post anyway" re-sends the action once; this lets that one event through.
  let pass: { target: EventTarget; until: number } | null = null
  const passing = (target: EventTarget | null) => {
    if (!pass || !target || Date.now() > pass.until) return false
    const hit =
      pass.target === target ||
      (pass.target instanceof Node && target instanceof Node && pass.target.contains(target))
    if (hit) pass = null
    return hit
  }

  const groupFor = (target: Element) =>
    controllers().filter((c) => {
      const submit = c.submit()
      return !!submit && submit.contains(target)
    })

  async function hold(e: Event, group: EditorController[], resend: () => void) {
    const reading = () => group.reduce((n, c) => n + c.photosReading(), 0)
    const allFresh = group.every((c) => c.isFresh())
    if (allFresh && reading() === 0 && decide(group.flatMap((c) => c.findings)) === "pass") return // untouched
    e.preventDefault()
    e.stopImmediatePropagation()
    if (confirmOpen()) return
    // A photo still being read may hold a name: wait a moment for it, then ask.
    await Promise.all(group.map((c) => c.whenPhotosRead(GATE_CHECK_TIMEOUT_MS)))
    const results = await Promise.all(group.map((c) => c.ensureFresh(GATE_CHECK_TIMEOUT_MS)))
    if (results.some((r) => r === null)) return resend() // no answer: fail open
    const findings = (results as Finding[][]).flat()
    const stillReading = reading()
    const decision = decideWhileReading(findings, stillReading)
    if (decision === "pass") return resend()
    const withFindings = group.filter((c) => c.findings.length)
    const allowed = postAnywayAllowed(findings, group.find((c) => c.policy)?.policy)
    const answer = await askBeforePosting(findings, {
      needsAck: decision === "confirm-with-ack",
      allowed,
      theme: group[0]!.themeName,
      pending: stillReadingText(stillReading)
    })
    if (answer === "post") {
      count("postedAnyway")
      resend()
    } else (withFindings[0] ?? group[0])?.reveal()
  }

  const onPointerDown = (e: Event) => {
    try {
      const target = e.composedPath()[0]
      if (target instanceof Element) groupFor(target).forEach((c) => c.flush())
    } catch {
      /* fail open */
    }
  }

  /**
   * A click, Enter or Space on a Post button: held while the panel asks; if the teacher
   * posts anyway, the same button is clicked again and let through for two seconds.
   */
  const holdPostButton = (e: Event, target: Element) => {
    const group = groupFor(target)
    if (!group.length) return
    const submit = group[0]!.submit()!
    void hold(e, group, () => {
      pass = { target: submit, until: Date.now() + 2000 }
      submit.click()
    }).catch(() => undefined)
  }

  const onClick = (e: MouseEvent) => {
    try {
      const target = e.composedPath()[0]
      if (!(target instanceof Element) || passing(target) || target.closest("[data-byp-host]"))
        return
      holdPostButton(e, target)
    } catch {
      /* fail open */
    }
  }

  /** Holds a post key or a key on a Post button; true when this listener held the event. */
  const gateKey = (e: KeyboardEvent, target: Element, c: EditorController | undefined) => {
    if (passing(target)) return
    // Enter / Space on a focused Post button acts like a click.
    if (!c) {
      holdPostButton(e, target)
      return
    }
    if (!isPostKey(e, { postsOnEnter: c.postsOnEnter(), postsOnModEnter: c.postsOnModEnter() }))
      return
    const submit = c.submit()
    const group = submit ? controllers().filter((x) => x.submit() === submit) : [c]
    const init: KeyboardEventInit = {
      key: e.key,
      code: e.code,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      shiftKey: e.shiftKey,
      bubbles: true,
      cancelable: true,
      composed: true
    }
    void hold(e, group, () => {
      c.editor.focus()
      pass = { target: c.editor, until: Date.now() + 2000 }
      const again = new KeyboardEvent("keydown", init)
      // Older handlers read keyCode/which, which the constructor leaves at 0.
      Object.defineProperty(again, "keyCode", { get: () => 13 })
      Object.defineProperty(again, "which", { get: () => 13 })
      c.editor.dispatchEvent(again)
    }).catch(() => undefined)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    try {
      // Runs on every keystroke: anything but Enter and Space returns at once.
      if (e.key !== "Enter" && e.key !== " ") return
      const target = e.composedPath()[0]
      if (!(target instanceof Element)) return
      const c = controllers().find((x) => x.editor.contains(target))
      const key = sendKeyOf(e)
      // Read before the page's own handlers run (this capture listener comes first).
      const before = c && key ? c.text() : ""
      gateKey(e, target, c)
      // A key let through: what it does to the box tells the adapter which keys send.
      if (c && key && !e.defaultPrevented) watchKey(c, key, before)
    } catch {
      /* fail open */
    }
  }

  window.addEventListener("pointerdown", onPointerDown, true)
  window.addEventListener("click", onClick, true)
  window.addEventListener("keydown", onKeyDown, true)
  return () => {
    window.removeEventListener("pointerdown", onPointerDown, true)
    window.removeEventListener("click", onClick, true)
    window.removeEventListener("keydown", onKeyDown, true)
  }
}
