import type { EditorKind } from "../sites/types"
import type { FixPlan } from "./fix-plan"
import { buildModel, locate, type NodeLike, type TextModel } from "./text-model"

/**
 * Reading an editor's text and changing it through the editor's own input path.
 * Never writes into a React-run editor's DOM directly: that desynchronises
 * Lexical / Draft.js and crashes the site.
 */

export function readModel(editor: HTMLElement): TextModel {
  if (editor instanceof HTMLTextAreaElement) return { text: editor.value, lines: [] }
  return buildModel(editor as unknown as NodeLike)
}

export function readText(editor: HTMLElement): string {
  return readModel(editor).text
}

/** A DOM Range over [start, end) of the editor's text (contenteditable only). */
export function rangeFor(
  editor: HTMLElement,
  start: number,
  end: number,
  model = readModel(editor)
): Range | null {
  if (editor instanceof HTMLTextAreaElement) return null
  const a = locate(model, start, start === end ? "end" : "start")
  const b = start === end ? a : locate(model, end, "end")
  if (!a || !b) return null
  const range = document.createRange()
  try {
    range.setStart(a.node as unknown as Node, a.offset)
    range.setEnd(b.node as unknown as Node, b.offset)
  } catch {
    return null
  }
  return range
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))

/** Gives the editor time to see the selection / commit its update. */
async function settle(): Promise<void> {
  await nextFrame()
  await nextFrame()
}

export type FixOutcome = "applied" | "clipboard" | "failed"

/**
 * Applies a planned fix, then re-reads the editor to confirm it took. If it did
 * not, the draft is put back (undo) when it changed, and the fixed text goes to
 * the clipboard instead. The caller shows the instruction.
 */
export async function applyPlan(
  editor: HTMLElement,
  kind: EditorKind,
  plan: FixPlan
): Promise<FixOutcome> {
  const before = readText(editor)
  try {
    if (editor instanceof HTMLTextAreaElement) setTextareaValue(editor, plan)
    else await applyToContentEditable(editor, kind, plan)
    await settle()
  } catch {
    // fall through to the verification below
  }
  const after = readText(editor)
  if (after === plan.expected) return "applied"
  if (after !== before) {
    // Something half-happened: take it back so the draft is exactly as it was.
    try {
      document.execCommand("undo")
      await settle()
    } catch {
      /* nothing more we can do without touching the editor's DOM */
    }
  }
  return (await copy(plan.expected)) ? "clipboard" : "failed"
}

function setTextareaValue(el: HTMLTextAreaElement, plan: FixPlan) {
  // React tracks a textarea's value through the prototype setter: going through it
  // (instead of `el.value =`) makes React see the change on the `input` event.
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set
  const value = el.value.slice(0, plan.start) + plan.text + el.value.slice(plan.end)
  el.focus()
  if (setter) setter.call(el, value)
  else el.value = value
  el.setSelectionRange(plan.start + plan.text.length, plan.start + plan.text.length)
  el.dispatchEvent(
    new InputEvent("input", { bubbles: true, inputType: "insertText", data: plan.text })
  )
}

async function applyToContentEditable(editor: HTMLElement, kind: EditorKind, plan: FixPlan) {
  editor.focus()
  const range = rangeFor(editor, plan.start, plan.end)
  if (!range) throw new Error("range not found")
  const sel = window.getSelection()
  if (!sel) throw new Error("no selection")
  sel.removeAllRanges()
  sel.addRange(range)
  // Lexical and Draft.js pick up the new selection on `selectionchange`.
  await settle()

  // Line breaks become paragraphs only through paste, which both editors handle.
  if (plan.text.includes("\n")) {
    if (paste(editor, plan.text)) return
  }
  if (kind === "draftjs" && plan.text) {
    const ev = new InputEvent("beforeinput", {
      bubbles: true,
      cancelable: true,
      inputType: "insertText",
      data: plan.text
    })
    editor.dispatchEvent(ev)
    if (ev.defaultPrevented) {
      await settle()
      if (readText(editor) === plan.expected) return
    }
  }
  if (plan.text) document.execCommand("insertText", false, plan.text)
  else document.execCommand("delete")
}

/** A synthetic paste with the text; returns false when the editor ignored it. */
function paste(editor: HTMLElement, text: string): boolean {
  try {
    const data = new DataTransfer()
    data.setData("text/plain", text)
    const ev = new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: data })
    editor.dispatchEvent(ev)
    return ev.defaultPrevented
  } catch {
    return false
  }
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
