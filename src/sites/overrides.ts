import type { SiteOverride } from "../messaging/protocol"
import { editableRoot, isOurs, labelOf } from "./dom"
import { isDisabled } from "./submit"
import type { Selector, SiteAdapter } from "./types"

/** `el.matches(css)` that never throws (a selector the browser refuses matches nothing). */
function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css)
  } catch {
    return false
  }
}

function queryAllSafe(root: ParentNode, css: string): HTMLElement[] {
  try {
    return [...root.querySelectorAll<HTMLElement>(css)]
  } catch {
    return []
  }
}

const norm = (s: string) => s.normalize("NFC").toLocaleLowerCase().replace(/\s+/g, " ").trim()

/**
 * The site adapter with the division's `siteOverrides` for its site added (policy
 * or settings; validated there, and every use here is try/catch so a selector the
 * browser refuses only matches nothing). `current()` is read on every call, so a
 * policy change applies to boxes already watched. The built-in selectors keep
 * working; the overrides come first where they say something.
 */
export function withOverrides(
  base: SiteAdapter,
  current: () => SiteOverride | undefined
): SiteAdapter {
  const extraEditors = (): Selector[] =>
    (current()?.editors ?? []).map((css) => ({ css, note: "division's siteOverrides (policy)" }))

  const submitByOverride = (editor: HTMLElement): HTMLElement | null => {
    const o = current()
    if (!o?.submit?.length && !o?.submitLabels?.length) return null
    const labels = (o.submitLabels ?? []).map(norm)
    // Nearest first: look in each ancestor of the box in turn.
    let depth = 0
    for (let n = editor.parentElement; n && depth < 16; n = n.parentElement, depth++) {
      for (const css of o.submit ?? []) {
        const hit = queryAllSafe(n, css).find((b) => !editor.contains(b))
        if (hit) return hit
      }
      if (labels.length) {
        const hit = queryAllSafe(n, 'button, [role="button"]').find(
          (b) => !editor.contains(b) && labels.includes(norm(labelOf(b))) && !isDisabled(b)
        )
        if (hit) return hit
      }
    }
    return null
  }

  return {
    ...base,
    get editors() {
      return [...extraEditors(), ...base.editors]
    },
    findEditor(el) {
      const own = base.findEditor(el)
      if (own) return own
      const extra = current()?.editors
      if (!extra?.length || isOurs(el)) return null
      const root = editableRoot(el)
      return root && extra.some((css) => matches(root, css)) ? root : null
    },
    submitFor(editor) {
      return submitByOverride(editor) ?? base.submitFor(editor)
    }
  }
}
