/**
 * A text snapshot of a page's whole DOM (elements, sorted attributes, text, open and
 * closed-but-present shadow roots, adopted style sheets), to prove that an adapter
 * with nothing to watch changed nothing: the same page with and without the
 * extension must give the same snapshot.
 */
import type { Page } from "playwright-core"

export async function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines: string[] = []
    const walk = (node: Node, depth: number): void => {
      const pad = "  ".repeat(depth)
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent ?? ""
        if (text.trim()) lines.push(`${pad}"${text}"`)
        return
      }
      if (!(node instanceof Element)) return
      const attributes = [...node.attributes]
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(" ")
      lines.push(`${pad}<${node.tagName.toLowerCase()}${attributes ? " " + attributes : ""}>`)
      if (node.shadowRoot) {
        lines.push(`${pad}  #shadow-root`)
        node.shadowRoot.childNodes.forEach((child) => walk(child, depth + 2))
      }
      node.childNodes.forEach((child) => walk(child, depth + 1))
    }
    walk(document.documentElement, 0)
    lines.push(`adoptedStyleSheets: ${document.adoptedStyleSheets.length}`)
    lines.push(`body style: ${document.body.getAttribute("style") ?? ""}`)
    return lines.join("\n")
  })
}

/** The first line where two snapshots differ, with a little context, for failure messages. */
export function firstDifference(expected: string, actual: string): string | null {
  const a = expected.split("\n")
  const b = actual.split("\n")
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}:\n  without extension: ${a[i] ?? "(end)"}\n  with extension:    ${b[i] ?? "(end)"}`
    }
  }
  return null
}
