import { nameKey } from "../text/normalize"
import { sha256HexJoin, utf8 } from "./sha256"

/**
 * Student names kept as salted hashes: the teacher's class list ("My students")
 * and a division's `nonDisclosureHashed` policy. Exact-data matching, as DLP
 * products do it: the list is never stored in clear; each name is turned into a
 * few normalised "forms" (given + family name run together, in both orders, …),
 * each form is hashed with a salt, and a draft is checked by hashing the same
 * forms of its candidate word runs and looking them up.
 *
 *   hash(form) = first 64 bits of SHA-256(UTF-8(salt + "\0" + form)), in hex
 *
 * One plain SHA-256 per candidate keeps the check synchronous and fast (a
 * 280-character draft is a few hundred hashes, well under a millisecond; see
 * `npm run bench`). 64 bits make an accidental match between a candidate and
 * 100,000 stored hashes about 1 in 10^14.
 *
 * What this protects against: someone reading the stored list (a synced or
 * copied profile, a support screenshot, a policy file) cannot read the names
 * back. What it does not: names are guessable. Anyone with the salt and the
 * hashes can test a guessed name (the options page's "Test a name" does exactly
 * that), and a first-name-only hash (non-disclosure) is found by trying a list of
 * common first names in seconds. It is not encryption.
 *
 * Forms (each folded like `nameKey`: case, accents, look-alikes; punctuation and
 * spaces removed inside a part):
 * - `GS` and `SG`: given + family name run together, either order
 *   ("sophietremblay", "tremblaysophie"): "Sophie Tremblay", "TREMBLAY Sophie",
 *   "#SophieTremblay", "@sophie.tremblay09", "sophie_tremblay";
 * - `,SG`: family name first with a comma ("Tremblay, Sophie");
 * - `G|S` (class list): where the given name ends, for the "Keep first name only" fix;
 * - `=G` (non-disclosure): the given name alone.
 * G is each of: the whole given name, its first word, the preferred name.
 */

export interface HashedNameList {
  salt: string
  hashes: string[]
  /** How many students the list was made from (shown by the options page). */
  count?: number
}

export const HASH_HEX_LENGTH = 16

export interface RosterEntry {
  /** Given-name words as written (legal), e.g. ["Jonathan"]. */
  given: string[]
  /** Family-name words. */
  family: string[]
  /** Preferred given name, from "Jonathan (Jack) Friesen". */
  preferred?: string[]
  /** True when the split between given and family names is a guess ("Marisol Dela Cruz"). */
  unsure: boolean
}

export type RosterSkip = "empty" | "one-word" | "too-long" | "no-letters"

/** Family-name particles: "Marisol Dela Cruz" is never shortened to "Marisol Cruz". */
const PARTICLES = new Set(
  "de del dela della der des di da dos du la le van von ter ten al el bin ibn ben abu st saint mc mac o".split(
    " "
  )
)

const words = (s: string): string[] => s.split(/\s+/).filter((w) => /\p{L}/u.test(w))

/**
 * One roster line → its parts. "Tremblay, Sophie", "Sophie Tremblay",
 * "Jonathan (Jack) Friesen", "Friesen, Jonathan (Jack)", "TREMBLAY Sophie" (a
 * family name in capitals before a given name that is not).
 */
export function parseRosterEntry(line: string): RosterEntry | { skip: RosterSkip } {
  const raw = line.replace(/\s+/g, " ").trim()
  if (!raw) return { skip: "empty" }
  if (raw.length > 200) return { skip: "too-long" }
  let preferred: string[] | undefined
  const rest = raw.replace(/[(“"«]([^)”"»]*)[)”"»]/g, (_, p: string) => {
    const w = words(p)
    if (w.length) preferred = [...(preferred ?? []), ...w]
    return " "
  })
  const comma = rest.indexOf(",")
  let given: string[]
  let family: string[]
  let unsure = false
  if (comma >= 0) {
    family = words(rest.slice(0, comma))
    given = words(rest.slice(comma + 1).replace(/,/g, " "))
  } else {
    const w = words(rest)
    // "TREMBLAY Sophie": the capitalised words first are the family name.
    const caps = (s: string) =>
      /\p{L}{2}/u.test(s) && s === s.toUpperCase() && s !== s.toLowerCase()
    const k = w.findIndex((x) => !caps(x))
    if (k > 0 && w.slice(k).every((x) => !caps(x))) {
      family = w.slice(0, k)
      given = w.slice(k)
    } else {
      given = w.slice(0, 1)
      family = w.slice(1)
      unsure = w.length > 2
    }
  }
  if (given.length === 0 && family.length === 0) return { skip: "no-letters" }
  if (given.length === 0 || family.length === 0) return { skip: "one-word" }
  return { given, family, ...(preferred ? { preferred } : {}), unsure }
}

const part = (ws: readonly string[]): string => ws.map((w) => nameKey(w).replace(/ /g, "")).join("")

export interface FormOptions {
  /** `G|S` forms, for the "Keep first name only" fix (class list). */
  splits?: boolean
  /** `=G` forms: the given name alone is a mention (non-disclosure). */
  firsts?: boolean
}

export interface FindOptions extends FormOptions {
  /**
   * A name run together with other letters in a tag ("#gosophietremblay") counts only when the
   * rest is a word this accepts ("go"); `after` when the rest follows the name. Without it,
   * any rest. ("#noahdayton" is Noah Dayton, not Noah Day + "ton".)
   */
  tagRest?: (rest: string, after: boolean) => boolean
}

/** Every plain form of one roster entry (see the header). */
export function nameForms(e: RosterEntry, o: FormOptions = {}): string[] {
  const all = [...e.given, ...e.family]
  // Without a comma "Marisol Dela Cruz" may be Marisol + Dela Cruz or Marisol Dela + Cruz: both.
  const splits: [string[], string[]][] = e.unsure
    ? all.slice(1).map((_, i) => [all.slice(0, i + 1), all.slice(i + 1)])
    : [[e.given, e.family]]
  const out = new Set<string>()
  for (const [given, family] of splits) {
    const S = part(family)
    const givens = new Set([part(given)])
    // The first given word alone, unless that drops a family-name particle ("Dela").
    const dropped = given.slice(1)
    if (dropped.length && !PARTICLES.has(nameKey(dropped[dropped.length - 1]!)))
      givens.add(part(given.slice(0, 1)))
    if (e.preferred) {
      givens.add(part(e.preferred))
      // Written as on the roster: "Jonathan (Jack) Friesen", "Jack Jonathan Friesen".
      givens.add(part(given) + part(e.preferred))
      givens.add(part(e.preferred) + part(given))
    }
    for (const G of givens) {
      if (!G || !S) continue
      out.add(G + S)
      out.add(S + G)
      out.add(`,${S}${G}`)
      if (o.splits) out.add(`${G}|${S}`)
      if (o.firsts) out.add(`=${G}`)
    }
  }
  return [...out]
}

/** A fresh random salt (128 bits, hex). */
export function randomSalt(): string {
  const b = new Uint8Array(16)
  globalThis.crypto.getRandomValues(b)
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join("")
}

/** Hashes one form with a salt's pre-encoded bytes. */
function hashWith(saltBytes: Uint8Array, form: string): string {
  return sha256HexJoin(saltBytes, form, HASH_HEX_LENGTH / 8)
}

/** The salt's bytes and the NUL that separates it from the form. */
const saltPrefix = (salt: string): Uint8Array => utf8(`${salt}\u0000`)

export function hashForm(salt: string, form: string): string {
  return hashWith(saltPrefix(salt), form)
}

export interface HashedBuild extends HashedNameList {
  count: number
  skipped: { line: number; text: string; reason: RosterSkip }[]
}

/** Names (roster lines) → a hashed list. Duplicates and bad lines are skipped, the latter reported. */
export function hashNames(
  names: readonly string[],
  salt: string,
  o: FormOptions = {}
): HashedBuild {
  const saltBytes = saltPrefix(salt)
  const hashes = new Set<string>()
  const skipped: HashedBuild["skipped"] = []
  const seen = new Set<string>()
  names.forEach((text, i) => {
    const e = parseRosterEntry(text)
    if ("skip" in e) {
      if (e.skip !== "empty") skipped.push({ line: i + 1, text, reason: e.skip })
      return
    }
    const forms = nameForms(e, o)
    const key = forms.join(" ")
    if (seen.has(key)) return
    seen.add(key)
    for (const f of forms) hashes.add(hashWith(saltBytes, f))
  })
  return { salt, hashes: [...hashes].sort(), count: seen.size, skipped }
}

/** Plain (unhashed) forms of names: the consent and "not a student" lists, compared with hits. */
export function plainForms(names: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const n of names) {
    const e = parseRosterEntry(n)
    if (!("skip" in e)) for (const f of nameForms(e)) out.add(f)
  }
  return out
}

export interface HashedIndex {
  saltBytes: Uint8Array
  set: Set<string>
  memo: Map<string, HashedHit[]>
}

const indexCache = new WeakMap<HashedNameList, HashedIndex>()

/** Compiled once per list object (settings are immutable for a checker's life). */
export function compileHashed(list: HashedNameList | undefined): HashedIndex | undefined {
  if (!list || list.hashes.length === 0) return undefined
  let ix = indexCache.get(list)
  if (!ix) {
    ix = { saltBytes: saltPrefix(list.salt), set: new Set(list.hashes), memo: new Map() }
    indexCache.set(list, ix)
  }
  return ix
}

const has = (ix: HashedIndex, form: string): boolean => ix.set.has(hashWith(ix.saltBytes, form))

interface Tok {
  key: string
  start: number
  end: number
  /** Text between the previous token and this one ("" inside "SophieTremblay"). */
  gap: string
  /** Preceded by "#" or "@" (a hashtag or handle). */
  tag: boolean
}

/** Words, split again inside camel case and at letter/digit changes ("SophieTremblay09"). */
function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  let prevEnd = 0
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0]
    const tag = m.index > 0 && /[#@]/.test(text[m.index - 1]!)
    const cuts = [0]
    for (let i = 1; i < w.length; i++) {
      const a = w[i - 1]!
      const b = w[i]!
      const digitA = a >= "0" && a <= "9"
      const digitB = b >= "0" && b <= "9"
      if (digitA !== digitB || (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b))) cuts.push(i)
    }
    cuts.push(w.length)
    // "noah's day": the possessive "s" is no word of a name (nor a middle initial), and a name
    // does not run on past it: the next word's gap holds the "'s" and stops the span.
    const prev = out[out.length - 1]
    if (w === "s" && prev && prev.end === m.index - 1 && /['’]/.test(text[m.index - 1]!)) continue
    for (let c = 0; c + 1 < cuts.length; c++) {
      const start = m.index + cuts[c]!
      const end = m.index + cuts[c + 1]!
      out.push({
        key: w.slice(cuts[c]!, cuts[c + 1]!).toLowerCase(),
        start,
        end,
        gap: text.slice(prevEnd, start),
        tag
      })
      prevEnd = end
    }
  }
  return out
}

/**
 * What may sit between the words of one name: spaces, hyphens, apostrophes,
 * underscores, a dot ("sophie.tremblay"), brackets or quotes around a preferred
 * name ("Jonathan (Jack) Friesen"), one comma ("Tremblay, Sophie"). A dot
 * followed by a space ends a sentence, except after an initial ("Emma J. Thompson").
 */
const GAP = /^[ '._\-()"]{0,4}$|^ ?, ?$/
const okGap = (prev: Tok, t: Tok): boolean =>
  GAP.test(t.gap) && (!/\. /.test(t.gap) || prev.key.length === 1)

export interface HashedHit {
  start: number
  end: number
  /** The whole name, or (non-disclosure) the given name alone. */
  kind: "full" | "first"
  /** The plain form that matched (never stored or shown; compared with the consent list). */
  form: string
  /** The given name's range, when the list has `G|S` forms. */
  given?: { start: number; end: number }
}

const MAX_TOKENS = 8
const MAX_FORM = 64

/**
 * Names of the list in `text` (normalised text, as rules get it). Longest first
 * at each word; whole words only ("Sophie" is not found in "Sophie-Anne").
 */
export function findHashed(text: string, ix: HashedIndex, o: FindOptions = {}): HashedHit[] {
  const memoKey = `${o.firsts ? 1 : 0}${o.splits ? 1 : 0}${o.tagRest ? 1 : 0}${text}`
  const hit = ix.memo.get(memoKey)
  if (hit) return hit
  const out = scan(text, ix, o)
  if (ix.memo.size > 2000) ix.memo.delete(ix.memo.keys().next().value!)
  ix.memo.set(memoKey, out)
  return out
}

function wholeWords(text: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, start - 2), start))) return false
  if (/^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2))) return false
  return true
}

function scan(text: string, ix: HashedIndex, o: FindOptions): HashedHit[] {
  const toks = tokenize(text)
  const out: HashedHit[] = []
  for (let i = 0; i < toks.length; i++) {
    let found: HashedHit | undefined
    let used = 0
    // Spans starting at token i, longest first.
    const spans: { j: number; form: string; comma: boolean }[] = []
    let form = ""
    let comma = false
    for (let j = i; j < toks.length && j < i + MAX_TOKENS; j++) {
      const t = toks[j]!
      if (j > i) {
        if (!okGap(toks[j - 1]!, t)) break
        if (t.gap.includes(",")) {
          if (comma) break
          comma = true
        }
      }
      form += t.key
      if (form.length > MAX_FORM) break
      spans.push({ j, form, comma })
    }
    for (let s = spans.length - 1; s >= 0 && !found; s--) {
      const sp = spans[s]!
      const start = toks[i]!.start
      const end = toks[sp.j]!.end
      if (!wholeWords(text, start, end)) continue
      const f = sp.comma ? `,${sp.form}` : sp.form
      if (has(ix, f)) {
        found = { start, end, kind: "full", form: f }
        used = sp.j - i + 1
      }
    }
    // "Emma J. Thompson" for "Emma Thompson": drop one-letter words inside the span.
    for (let s = spans.length - 1; s >= 2 && !found; s--) {
      const inner = toks.slice(i + 1, spans[s]!.j)
      if (!inner.some((t) => t.key.length === 1 && /\p{L}/u.test(t.key))) continue
      const f = toks
        .slice(i, spans[s]!.j + 1)
        .filter((t, k, a) => k === 0 || k === a.length - 1 || t.key.length > 1)
        .map((t) => t.key)
        .join("")
      if (!spans[s]!.comma && has(ix, f)) {
        found = { start: toks[i]!.start, end: toks[spans[s]!.j]!.end, kind: "full", form: f }
        used = spans[s]!.j - i + 1
      }
    }
    // "#gosophietremblay", "@thesophietremblay": a name at the start or end of a run-together tag.
    const t = toks[i]!
    if (!found && t.tag && t.key.length >= 6 && t.key.length <= 40 && !/\p{N}/u.test(t.key)) {
      const restOk = (rest: string, after: boolean) => !o.tagRest || o.tagRest(rest, after)
      for (let k = 4; k <= t.key.length - 1 && !found; k++) {
        const rest = t.key.length - k
        if (restOk(t.key.slice(k), true) && has(ix, t.key.slice(0, k)))
          found = { start: t.start, end: t.start + k, kind: "full", form: t.key.slice(0, k) }
        else if (restOk(t.key.slice(0, rest), false) && has(ix, t.key.slice(rest)))
          found = {
            start: t.end - k,
            end: t.end,
            kind: "full",
            form: t.key.slice(t.key.length - k)
          }
      }
      if (found) used = 1
    }
    if (!found && o.firsts) {
      for (let s = Math.min(spans.length, 3) - 1; s >= 0 && !found; s--) {
        const sp = spans[s]!
        const start = toks[i]!.start
        const end = toks[sp.j]!.end
        if (sp.comma || !wholeWords(text, start, end)) continue
        if (i > 0 && toks[i]!.gap === "") continue // inside a word
        if (toks[sp.j + 1]?.gap === "") continue
        if (has(ix, `=${sp.form}`)) {
          found = { start, end, kind: "first", form: `=${sp.form}` }
          used = sp.j - i + 1
        }
      }
    }
    if (!found) continue
    if (o.splits && found.kind === "full") {
      const g = givenOf(text, toks.slice(i, i + used), found, ix)
      if (g) found.given = g
    }
    out.push(found)
    i += used - 1
  }
  return out
}

/** Where the given name is, from the `G|S` forms: first the word boundaries, then inside a run-together tag. */
function givenOf(
  text: string,
  span: Tok[],
  hit: HashedHit,
  ix: HashedIndex
): { start: number; end: number } | undefined {
  const parts = span.filter((t) => t.start >= hit.start && t.end <= hit.end)
  const key = (ts: Tok[]) => ts.map((t) => t.key).join("")
  // "Jonathan (Jack) Friesen": keep "Jonathan", not "Jonathan (Jack".
  const given = (ts: Tok[]) => {
    const cut = ts.findIndex((t, k) => k > 0 && /[("]/.test(t.gap))
    const g = cut > 0 ? ts.slice(0, cut) : ts
    return { start: g[0]!.start, end: g[g.length - 1]!.end }
  }
  for (let k = 1; k < parts.length; k++) {
    const head = parts.slice(0, k)
    const tail = parts.slice(k)
    if (has(ix, `${key(head)}|${key(tail)}`)) return given(head)
    if (has(ix, `${key(tail)}|${key(head)}`)) return given(tail)
  }
  // One run-together word ("sophietremblay"): only when lower-casing kept its length.
  const written = text.slice(hit.start, hit.end)
  const lower = written.toLowerCase()
  if (lower.length !== written.length || !/^[\p{L}\p{N}]+$/u.test(written)) return undefined
  for (let k = 1; k < lower.length; k++) {
    if (has(ix, `${lower.slice(0, k)}|${lower.slice(k)}`))
      return { start: hit.start, end: hit.start + k }
    if (has(ix, `${lower.slice(k)}|${lower.slice(0, k)}`))
      return { start: hit.start + k, end: hit.end }
  }
  return undefined
}
