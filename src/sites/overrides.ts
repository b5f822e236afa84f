import type { SiteOverride } from "../messaging/protocol"
import { editableRoot, isOurs } from "./dom"
import { findSubmit } from "./submit"
import type { Selector, SiteAdapter } from "./types"

/** `el.matches(css)` that never throws (a selector the browser refuses matches nothing). */
function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css)
  } catch {
    return false
  }
}

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

  // What the division names (selectors, exact labels), nearest to the box first;
  // the site adapter's own finder when it names nothing here.
  const submitByOverride = (editor: HTMLElement): HTMLElement | null => {
    const o = current()
    if (!o?.submit?.length && !o?.submitLabels?.length) return null
    return findSubmit(editor, { selectors: o.submit, labels: o.submitLabels, namedOnly: true })
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
