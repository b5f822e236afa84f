/**
 * The editor's text as the checker sees it, and the way back from a text offset
 * to a DOM position. Reading and fixing share this one model so that a finding's
 * [start, end) always lands on the same characters in the editor.
 *
 * Rules: every leaf block (a Lexical paragraph, a Draft.js block, a <div>/<p> in a
 * plain contenteditable) is one line; lines are joined with "\n"; a <br> inside a
 * line is "\n", except the trailing <br> editors put in a line as a placeholder.
 *
 * Pure: works on anything shaped like a DOM node, so it is unit-tested in Node.
 */

export interface NodeLike {
  nodeType: number
  nodeName: string
  childNodes: ArrayLike<NodeLike>
  parentNode: NodeLike | null
  data?: string
  getAttribute?(name: string): string | null
}

interface TextPart {
  kind: "text"
  node: NodeLike
  start: number
  length: number
}
interface BreakPart {
  kind: "br"
  node: NodeLike
  start: number
  length: 1
}
type Part = TextPart | BreakPart

export interface Line {
  /** The block element of this line (null for loose inline content). */
  block: NodeLike | null
  start: number
  end: number
  parts: Part[]
}

export interface TextModel {
  text: string
  lines: Line[]
}

export interface DomPoint {
  node: NodeLike
  offset: number
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

const BLOCK_TAGS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER LI MAIN NAV OL P PRE SECTION TABLE TR UL".split(
    " "
  )
)

function isSkipped(el: NodeLike): boolean {
  // Our own UI (never inside an editor, but be safe) and non-text media.
  return (
    el.getAttribute?.("data-byp-host") != null ||
    el.nodeName === "STYLE" ||
    el.nodeName === "SCRIPT"
  )
}

export function buildModel(root: NodeLike): TextModel {
  const raw: { block: NodeLike | null; parts: (NodeLike | "br")[]; brs: NodeLike[] }[] = []
  let pending: NodeLike[] = []
  const close = (block: NodeLike | null, force: boolean) => {
    if (pending.length || force) raw.push({ block, ...splitParts(pending) })
    pending = []
  }
  const walk = (el: NodeLike) => {
    for (let i = 0; i < el.childNodes.length; i++) {
      const child = el.childNodes[i]!
      if (child.nodeType === TEXT_NODE) {
        if (child.data) pending.push(child)
      } else if (child.nodeType === ELEMENT_NODE && !isSkipped(child)) {
        if (child.nodeName === "BR") pending.push(child)
        else if (BLOCK_TAGS.has(child.nodeName)) {
          close(null, false)
          const before = raw.length
          walk(child)
          // A leaf block is a line even when empty (an empty paragraph).
          close(child, raw.length === before)
        } else walk(child)
      }
    }
  }
  walk(root)
  close(null, false)

  const lines: Line[] = []
  let text = ""
  raw.forEach((r, i) => {
    if (i > 0) text += "\n"
    const line: Line = { block: r.block, start: text.length, end: 0, parts: [] }
    // A trailing <br> is the editor's placeholder that keeps the line open.
    const nodes = r.parts[r.parts.length - 1] === "br" ? r.parts.slice(0, -1) : r.parts
    let brIndex = 0
    for (const n of nodes) {
      if (n === "br") {
        line.parts.push({ kind: "br", node: r.brs[brIndex++]!, start: text.length, length: 1 })
        text += "\n"
      } else {
        const data = n.data ?? ""
        line.parts.push({ kind: "text", node: n, start: text.length, length: data.length })
        text += data
      }
    }
    line.end = text.length
    lines.push(line)
  })
  return { text, lines }
}

function splitParts(nodes: NodeLike[]): { parts: (NodeLike | "br")[]; brs: NodeLike[] } {
  const brs = nodes.filter((n) => n.nodeName === "BR")
  return { parts: nodes.map((n) => (n.nodeName === "BR" ? "br" : n)), brs }
}

/**
 * The DOM position of a text offset. `bias` decides between the end of one text
 * node and the start of the next when the offset sits exactly between them: a
 * range's start prefers the following node, its end the preceding one, so a
 * replacement never spills into a neighbouring span.
 */
export function locate(model: TextModel, offset: number, bias: "start" | "end"): DomPoint | null {
  const line =
    model.lines.find((l) => offset >= l.start && offset <= l.end) ??
    model.lines[model.lines.length - 1]
  if (!line) return null
  const at = Math.min(Math.max(offset, line.start), line.end)
  const texts = line.parts.filter((p): p is TextPart => p.kind === "text")
  const inside =
    bias === "start"
      ? (texts.find((p) => at >= p.start && at < p.start + p.length) ??
        texts.find((p) => at === p.start + p.length))
      : (texts.find((p) => at > p.start && at <= p.start + p.length) ??
        texts.find((p) => at === p.start))
  if (inside) return { node: inside.node, offset: at - inside.start }
  // No text node here (an empty line, or next to a <br>): position by element index.
  const br = line.parts.find((p) => p.kind === "br" && p.start >= at)
  if (br) return beforeNode(br.node)
  const last = line.parts[line.parts.length - 1]
  if (last) return afterNode(last.node)
  return line.block ? { node: line.block, offset: 0 } : null
}

function indexIn(node: NodeLike): number {
  const siblings = node.parentNode?.childNodes
  if (!siblings) return 0
  for (let i = 0; i < siblings.length; i++) if (siblings[i] === node) return i
  return 0
}

function beforeNode(node: NodeLike): DomPoint | null {
  return node.parentNode ? { node: node.parentNode, offset: indexIn(node) } : null
}

function afterNode(node: NodeLike): DomPoint | null {
  if (node.nodeType === TEXT_NODE) return { node, offset: node.data?.length ?? 0 }
  return node.parentNode ? { node: node.parentNode, offset: indexIn(node) + 1 } : null
}

/**
 * The text offset of a DOM position: the way back from `locate`, for the caret.
 * Only a position inside one of the model's text nodes is answered; anything else
 * (an element boundary, an empty line) is null, which callers read as "no caret"
 * and so hold nothing back.
 */
export function offsetOf(model: TextModel, point: DomPoint): number | null {
  for (const line of model.lines) {
    for (const part of line.parts) {
      if (part.kind === "text" && part.node === point.node) {
        return part.start + Math.min(Math.max(point.offset, 0), part.length)
      }
    }
  }
  return null
}
