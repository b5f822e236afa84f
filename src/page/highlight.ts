import type { Severity } from "../core/types"

/**
 * Marks found ranges in the editor with the CSS Custom Highlight API: the
 * editor's DOM is never touched. Browsers without it get no marks (the panel
 * still lists everything). The injected <style> holds only the highlight rules.
 */
type HighlightCtor = new (...ranges: Range[]) => unknown
interface HighlightRegistry {
  set(name: string, h: unknown): void
  delete(name: string): void
}

const NAMES: Record<Severity, string> = {
  block: "byp-block",
  warn: "byp-warn",
  info: "byp-info"
}

const STYLE = `
::highlight(byp-block) { background-color: rgba(220, 38, 38, 0.28); text-decoration: underline wavy #dc2626; }
::highlight(byp-warn) { background-color: rgba(245, 158, 11, 0.30); text-decoration: underline wavy #d97706; }
::highlight(byp-info) { text-decoration: underline dotted #2563eb; }
`

function registry(): { reg: HighlightRegistry; Ctor: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight
  return css?.highlights && Ctor ? { reg: css.highlights, Ctor } : null
}

/** Ranges per editor controller; the page-wide highlights are their union. */
const owners = new Map<object, { range: Range; severity: Severity }[]>()
let styled = false

export function setHighlights(owner: object, marks: { range: Range; severity: Severity }[]): void {
  const api = registry()
  if (!api) return
  if (!styled) {
    styled = true
    const style = document.createElement("style")
    style.setAttribute("data-byp-style", "highlight")
    style.textContent = STYLE
    ;(document.head ?? document.documentElement).appendChild(style)
  }
  if (marks.length) owners.set(owner, marks)
  else owners.delete(owner)
  for (const sev of Object.keys(NAMES) as Severity[]) {
    const ranges = [...owners.values()]
      .flat()
      .filter((m) => m.severity === sev)
      .map((m) => m.range)
    if (ranges.length) api.reg.set(NAMES[sev], new api.Ctor(...ranges))
    else api.reg.delete(NAMES[sev])
  }
}

export function clearHighlights(owner: object): void {
  if (owners.has(owner)) setHighlights(owner, [])
}
