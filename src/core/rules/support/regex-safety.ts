/**
 * A static guard against regular expressions that can freeze the checker
 * ("ReDoS"). JavaScript cannot interrupt a running `RegExp.exec`, so a custom
 * rule written by a division is analysed BEFORE it is used, and refused when its
 * shape is known to make backtracking explode:
 *
 * - `too-long`      more than MAX_PATTERN_LENGTH characters;
 * - `backreference` `\1`, `\k<name>`: matching them is not a regular language and
 *                   defeats the analysis below;
 * - `nested`        an open-ended repeat inside an open-ended repeat (star height
 *                   above one): `(a+)+`, `(\w*)*`, `(a|b+)*`;
 * - `overlap`       a repeated choice whose options can start with the same
 *                   character: `(a|a)*`, `(a|ab)*`, `(\w|\d)+`;
 * - `ambiguous`     a repeated sequence that can split the same text in two ways:
 *                   `(a?a)+`, `(a{1,5}){1,50}`;
 * - `polynomial`    two open-ended repeats that can take turns on the same
 *                   characters before something that can fail, at any start
 *                   position: `\s*\s*x`, `.*foo.*bar`, `\w+\s*\w+!` (but not
 *                   `bus\s*#?\s*\d+`, which can only start after "bus").
 *
 * The analysis is deliberately conservative: a few harmless patterns are refused
 * too (`(ab+)*`), each with a message that says how to rewrite it. What it lets
 * through is matched per paragraph, on bounded chunks, with a time budget
 * (custom.ts), so a pattern the analysis misjudges still cannot hang a check.
 *
 * Character sets are not computed symbolically: each single-character piece of
 * the pattern (`a`, `[\w.-]`, `\p{L}`, `.`) is compiled on its own and tried on
 * a sample alphabet (ASCII, a few letters of other scripts, spaces, and every
 * character written in the pattern). Two pieces "overlap" when some sample
 * character matches both. That is approximate for exotic ranges, exact for the
 * usual ones, and always uses the engine's own idea of `\w`, `\s` and case folding.
 */

export const MAX_PATTERN_LENGTH = 500

/** A repeat whose maximum is above this counts as open-ended (`*`, `+`, `{2,}`, `{0,500}`). */
const OPEN_ABOVE = 50
/** A repeat with more iterations than this multiplies any ambiguity in its body past usefulness. */
const MANY_ABOVE = 10

export type UnsafeKind =
  "too-long" | "backreference" | "nested" | "overlap" | "ambiguous" | "polynomial"

export interface Unsafe {
  kind: UnsafeKind
  /** The part of the pattern at fault, as written (shortened), for the message. */
  fragment: string
}

/** Returns why `source` (compiled with `flags`) is unsafe, or null when it may be used. */
export function findUnsafeRegex(source: string, flags: string): Unsafe | null {
  if (source.length > MAX_PATTERN_LENGTH) return { kind: "too-long", fragment: "" }
  let tree: Node
  try {
    tree = new Parser(source).parse()
  } catch {
    // The engine accepted the pattern but our small parser did not follow it:
    // refuse rather than guess (the message names the whole pattern).
    return { kind: "ambiguous", fragment: shorten(source) }
  }
  const sets = new CharSets(source, flags)
  const found = new Analyser(sets).run(tree)
  return found
    ? { kind: found.kind, fragment: shorten(source.slice(found.at[0], found.at[1])) }
    : null
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s
}

// ---------------------------------------------------------------------------
// Parsing: just enough of JavaScript's regex syntax to see its structure.
// The engine has already accepted the pattern, so the parser can be lenient.

type Span = [number, number]

type Node =
  /** One character: a literal, an escape such as \d, a class [...], or `.`; `src` is its source text. */
  | { kind: "char"; src: string; at: Span }
  /** Zero-width: ^, $, \b, \B, and lookarounds (whose body is analysed on its own). */
  | { kind: "assert"; body?: Node; at: Span }
  | { kind: "backref"; at: Span }
  | { kind: "seq"; items: Node[]; at: Span }
  | { kind: "alt"; options: Node[]; at: Span }
  /** A group, kept so a sequence can be flattened through it. */
  | { kind: "group"; body: Node; at: Span }
  | { kind: "repeat"; body: Node; min: number; max: number; at: Span }

class Parser {
  private i = 0
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.alternation()
    if (this.i < this.s.length) throw new Error("unbalanced )")
    return node
  }

  private alternation(): Node {
    const start = this.i
    const options = [this.sequence()]
    while (this.s[this.i] === "|") {
      this.i++
      options.push(this.sequence())
    }
    return options.length === 1 ? options[0]! : { kind: "alt", options, at: [start, this.i] }
  }

  private sequence(): Node {
    const start = this.i
    const items: Node[] = []
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atomStart = this.i
      let node = this.atom()
      // A quantifier applies to the atom just read; `a{2}?` is lazy, same shape.
      let q = this.quantifier()
      while (q) {
        node = { kind: "repeat", body: node, min: q.min, max: q.max, at: [atomStart, this.i] }
        q = this.quantifier()
      }
      items.push(node)
    }
    return { kind: "seq", items, at: [start, this.i] }
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.s[this.i]
    let q: { min: number; max: number } | null = null
    if (c === "*") q = { min: 0, max: Infinity }
    else if (c === "+") q = { min: 1, max: Infinity }
    else if (c === "?") q = { min: 0, max: 1 }
    if (q) this.i++
    else if (c === "{") {
      // Outside unicode mode a "{" that is not a quantifier is a literal; atom() reads it.
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i))
      if (!m) return null
      const min = Number(m[1])
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity
      q = { min, max }
      this.i += m[0].length
    } else return null
    if (this.s[this.i] === "?") this.i++ // lazy: same backtracking shape
    return q
  }

  private atom(): Node {
    const start = this.i
    const c = this.s[this.i]!
    if (c === "(") return this.group()
    if (c === "[") {
      this.skipClass()
      return { kind: "char", src: this.s.slice(start, this.i), at: [start, this.i] }
    }
    if (c === "^" || c === "$") {
      this.i++
      return { kind: "assert", at: [start, this.i] }
    }
    if (c === "\\") return this.escape()
    // A literal, taken by code point so an emoji stays one character.
    this.i += (this.s.codePointAt(this.i) ?? 0) > 0xffff ? 2 : 1
    return { kind: "char", src: this.s.slice(start, this.i), at: [start, this.i] }
  }

  private group(): Node {
    const start = this.i
    this.i++ // (
    let look = false
    if (this.s.startsWith("?", this.i)) {
      const rest = this.s.slice(this.i)
      const m = /^\?(?:[=!]|<[=!])/.exec(rest) ?? /^\?<[^>]*>/.exec(rest) ?? /^\?[^:)]*:/.exec(rest)
      if (!m) throw new Error("unknown group")
      look = /^\?<?[=!]$/.test(m[0])
      this.i += m[0].length
    }
    const body = this.alternation()
    if (this.s[this.i] !== ")") throw new Error("unclosed (")
    this.i++
    const at: Span = [start, this.i]
    return look ? { kind: "assert", body, at } : { kind: "group", body, at }
  }

  /** Moves past a class `[...]`, honouring escapes; `[]` and `[^]` are complete. */
  private skipClass(): void {
    this.i++ // [
    if (this.s[this.i] === "^") this.i++
    while (this.i < this.s.length && this.s[this.i] !== "]") {
      this.i += this.s[this.i] === "\\" ? 2 : 1
    }
    if (this.s[this.i] !== "]") throw new Error("unclosed [")
    this.i++
  }

  private escape(): Node {
    const start = this.i
    const c = this.s[this.i + 1] ?? ""
    this.i += 2
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(this.s[this.i] ?? "")) this.i++
      return { kind: "backref", at: [start, this.i] }
    }
    if (c === "k" && this.s[this.i] === "<") {
      this.i = this.s.indexOf(">", this.i) + 1 || this.s.length
      return { kind: "backref", at: [start, this.i] }
    }
    if (c === "b" || c === "B") return { kind: "assert", at: [start, this.i] }
    const braced = /^\{[^}]*\}/.exec(this.s.slice(this.i))
    if ((c === "p" || c === "P" || c === "u") && braced) this.i += braced[0].length
    else if (c === "u" && /^[0-9a-fA-F]{4}/.test(this.s.slice(this.i))) this.i += 4
    else if (c === "x" && /^[0-9a-fA-F]{2}/.test(this.s.slice(this.i))) this.i += 2
    else if (c === "c" && /^[a-zA-Z]/.test(this.s.slice(this.i))) this.i += 1
    return { kind: "char", src: this.s.slice(start, this.i), at: [start, this.i] }
  }
}

// ---------------------------------------------------------------------------
// Character sets over a sample alphabet.

type CharSet = Uint8Array // one flag per sample character

class CharSets {
  readonly alphabet: string[]
  private readonly cache = new Map<string, CharSet>()
  readonly none: CharSet

  constructor(
    source: string,
    private readonly flags: string
  ) {
    const sample = new Set<string>()
    for (let c = 0x09; c <= 0x7e; c++) sample.add(String.fromCharCode(c))
    // Letters of other scripts, spaces and separators that \s, \w, \p{…} and `.` disagree on.
    for (const c of "\u00a0\u2009\u2028\u200béèÉßøçñЖжαΩ中ا😀") sample.add(c)
    // Every character the pattern writes, so ranges and literals meet their own ends.
    for (const c of source) sample.add(c)
    this.alphabet = [...sample]
    this.none = new Uint8Array(this.alphabet.length)
  }

  /** Which sample characters the one-character piece `src` matches. */
  of(src: string): CharSet {
    let set = this.cache.get(src)
    if (set) return set
    set = new Uint8Array(this.alphabet.length)
    let re: RegExp
    try {
      re = new RegExp(`^(?:${src})$`, this.flags)
    } catch {
      set.fill(1) // cannot test it on its own: assume it matches anything
      this.cache.set(src, set)
      return set
    }
    this.alphabet.forEach((c, i) => {
      if (re.test(c)) set![i] = 1
    })
    this.cache.set(src, set)
    return set
  }

  union(a: CharSet, b: CharSet): CharSet {
    const out = new Uint8Array(a.length)
    for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!
    return out
  }

  overlap(a: CharSet, b: CharSet): boolean {
    for (let i = 0; i < a.length; i++) if (a[i]! & b[i]!) return true
    return false
  }

  subset(a: CharSet, b: CharSet): boolean {
    for (let i = 0; i < a.length; i++) if (a[i]! & ~b[i]! & 1) return false
    return true
  }
}

// ---------------------------------------------------------------------------
// Analysis.

interface Facts {
  /** Can match the empty string. */
  nullable: boolean
  /** Characters a non-empty match can start with. */
  first: CharSet
  /** Characters it can consume anywhere. */
  all: CharSet
  /** Contains an open-ended repeat (outside lookarounds). */
  open: boolean
  /** Can consume a varying number of characters (a repeat with max > min, or an alternation). */
  variable: boolean
}

class Found extends Error {
  constructor(
    readonly kind: UnsafeKind,
    readonly at: Span
  ) {
    super(kind)
  }
}

class Analyser {
  private readonly facts = new Map<Node, Facts>()

  constructor(private readonly sets: CharSets) {}

  run(tree: Node): Found | null {
    try {
      this.check(tree, true)
      return null
    } catch (e) {
      if (e instanceof Found) return e
      throw e
    }
  }

  private factsOf(n: Node): Facts {
    let f = this.facts.get(n)
    if (f) return f
    const none = this.sets.none
    const union = (a: CharSet, b: CharSet) => this.sets.union(a, b)
    switch (n.kind) {
      case "char": {
        const set = this.sets.of(n.src)
        f = { nullable: false, first: set, all: set, open: false, variable: false }
        break
      }
      case "assert":
      case "backref":
        f = { nullable: true, first: none, all: none, open: false, variable: false }
        break
      case "group":
        f = this.factsOf(n.body)
        break
      case "seq": {
        f = { nullable: true, first: none, all: none, open: false, variable: false }
        for (const item of n.items) {
          const g = this.factsOf(item)
          if (f.nullable) f.first = union(f.first, g.first)
          f.nullable &&= g.nullable
          f.all = union(f.all, g.all)
          f.open ||= g.open
          f.variable ||= g.variable
        }
        break
      }
      case "alt": {
        f = { nullable: false, first: none, all: none, open: false, variable: true }
        for (const o of n.options) {
          const g = this.factsOf(o)
          f.nullable ||= g.nullable
          f.first = union(f.first, g.first)
          f.all = union(f.all, g.all)
          f.open ||= g.open
        }
        break
      }
      case "repeat": {
        const g = this.factsOf(n.body)
        f = {
          nullable: n.min === 0 || g.nullable,
          first: g.first,
          all: g.all,
          open: isOpen(n) || g.open,
          variable: n.max > n.min || g.variable
        }
        break
      }
    }
    this.facts.set(n, f)
    return f
  }

  /**
   * Throws Found at the first unsafe construct. `tail`: nothing after this node
   * can fail (it ends the pattern, or a lookaround), so the first way it matches wins.
   */
  private check(n: Node, tail: boolean): void {
    switch (n.kind) {
      case "backref":
        throw new Found("backreference", n.at)
      case "char":
        return
      case "assert":
        if (n.body) this.check(n.body, true)
        return
      case "group":
        this.check(n.body, tail)
        return
      case "alt":
        for (const o of n.options) this.check(o, tail)
        return
      case "seq":
        this.checkPairs(n, tail)
        n.items.forEach((item, i) =>
          this.check(item, tail && n.items.slice(i + 1).every((x) => !this.canFail(x)))
        )
        return
      case "repeat":
        if (n.max > 1) this.checkRepeat(n)
        this.check(n.body, false) // the next iteration may fail
        return
    }
  }

  /** An assertion or a mandatory item can fail and send the engine back to try again. */
  private canFail(n: Node): boolean {
    return n.kind === "assert" || !this.factsOf(n).nullable
  }

  /** A repeat must not be able to divide the same text between its iterations in several ways. */
  private checkRepeat(n: Extract<Node, { kind: "repeat" }>): void {
    const body = unwrap(n.body)
    if (isOpen(n) && this.factsOf(body).open) throw new Found("nested", n.at)
    const many = n.max > MANY_ABOVE
    if (body.kind === "alt" && many) {
      const firsts = body.options.map((o) => this.factsOf(o).first)
      for (let i = 0; i < firsts.length; i++)
        for (let j = i + 1; j < firsts.length; j++)
          if (this.sets.overlap(firsts[i]!, firsts[j]!)) throw new Found("overlap", n.at)
    }
    // The body's items, twice: the end of one iteration meets the start of the next.
    const items = flatten(body)
    const ring = [...items, ...items]
    for (let i = 0; i < items.length; i++) {
      const a = this.factsOf(ring[i]!)
      if (!a.variable && !a.nullable) continue
      for (let j = i + 1; j < i + 1 + items.length; j++) {
        const b = this.factsOf(ring[j]!)
        if (this.sets.overlap(a.all, b.first) && (many || a.open || b.open))
          throw new Found("ambiguous", n.at)
        if (!b.nullable) break
      }
    }
  }

  /**
   * Two open-ended items in one sequence, with nothing between them that only
   * one of them could match, share out the same run of characters in O(n²) ways;
   * when something after them fails, every share is tried.
   */
  private checkPairs(n: Extract<Node, { kind: "seq" }>, tail: boolean): void {
    const items = flatten(n)
    // At the very end of the pattern nothing can fail after the pair (the first
    // share found is the match): only a mandatory item or an assertion can.
    const canFailAfter = (j: number) => !tail || items.slice(j + 1).some((x) => this.canFail(x))
    for (let i = 0; i < items.length; i++) {
      const a = this.factsOf(items[i]!)
      if (!a.open || this.guarded(items, i)) continue
      let bridge = this.sets.none // characters between them that must be matched
      for (let j = i + 1; j < items.length; j++) {
        const b = this.factsOf(items[j]!)
        if (
          b.open &&
          this.sets.overlap(a.all, b.all) &&
          this.sets.subset(bridge, b.all) &&
          canFailAfter(j)
        )
          throw new Found("polynomial", [items[i]!.at[0], items[j]!.at[1]])
        if (!b.nullable) bridge = this.sets.union(bridge, b.all)
        if (!this.sets.subset(bridge, a.all)) break
      }
    }
  }

  /**
   * A pair can only cost O(n²) per start position; it costs O(n³) overall when
   * it is tried from many start positions inside one run of characters. A
   * mandatory item just before it that cannot match those characters (`bus` in
   * `bus\s*#?\s*\d+`) lets it start only where that item matched, once per run.
   */
  private guarded(items: Node[], i: number): boolean {
    const a = this.factsOf(items[i]!)
    for (let k = i - 1; k >= 0; k--) {
      const g = this.factsOf(items[k]!)
      if (g.open) return false
      if (!g.nullable && !this.sets.overlap(g.all, a.all)) return true
    }
    return false
  }
}

function isOpen(n: Extract<Node, { kind: "repeat" }>): boolean {
  return n.max > OPEN_ABOVE
}

/** A group of one alternative is just its content. */
function unwrap(n: Node): Node {
  while (n.kind === "group") n = n.body
  return n
}

/** The items of a sequence, with plain groups opened up: `(ab)c` → a, b, c. */
function flatten(n: Node): Node[] {
  const inner = unwrap(n)
  if (inner.kind !== "seq") return [inner]
  return inner.items.flatMap((item) => {
    const u = unwrap(item)
    return u.kind === "seq" ? flatten(u) : [u]
  })
}
