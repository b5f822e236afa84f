import {
  actsLikeAPerson,
  cueBefore,
  exempt,
  listedWith,
  markKnownPhrases,
  markPublicFigures,
  prepositionBefore,
  roleAfter,
  thingNotPerson
} from "./context"
import { judge, surnameFirst } from "./judge"
import { COMMON, FIRST, LAST, PARTICLE, PARTICLES, PLACE, STOP, TITLE, VERB } from "./lexicon"
import { rosterPairs } from "./roster"
import { lowerRosterPairs } from "./lower-roster"
import { findTagNames } from "./tags"
import { notWithFigures } from "./figure-lists"
import { PUBLIC_FIGURES } from "./exemptions"
import { edgeParticle, nameShaped, spanKey, toWords } from "./words"

/**
 * Finds people's full names (given + family name) in one sentence without a
 * class roster. Runs of name-shaped words are searched for the longest
 * given…family span the evidence supports (judge.ts: lexicons of many
 * origins, capitalisation), then checked against what surrounds it
 * (context.ts: titles, things named after people, public figures, cues).
 */
export interface NameSpan {
  start: number
  end: number
  /** The given name, for the "keep first name" fix. */
  given: { start: number; end: number }
  /**
   * How the name is written, so the rule can choose its fix:
   * - "plain": in the sentence ("Sophie Tremblay", "Nguyen Van An", "TREMBLAY Sophie");
   * - "roster": surname, then given name as a list item ("Tremblay, Sophie (Gr. 6)");
   *   the range is both words as written, comma included;
   * - "hashtag": inside a hashtag; the range is the name part, without "#" (tags.ts);
   * - "handle": inside an @handle; the range is the name part, without "@" or digits.
   */
  form: NameForm
  /** A handle's whole body, without "@": what its fix replaces. */
  tag?: { start: number; end: number }
}

export type NameForm = "plain" | "roster" | "hashtag" | "handle"

const MAX_NAME_WORDS = 4

/** "Young Authors winners:", "Concours des jeunes auteurs": students who write. */
const STUDENT_AUTHORS =
  /\b(?:young|jeunes?|winners?|gagnant\w*|awards?|prix|contest|concours|students?|eleves?|student|our own|nos propres)\b/i
const authorList = (before: string) => {
  const folded = before.normalize("NFD").replace(/\p{M}/gu, "")
  return AUTHOR_LIST.test(folded) && !STUDENT_AUTHORS.test(folded)
}

/** Before a list in roster order: it lists authors ("Novel study options: Korman, Gordon / …"). */
const AUTHOR_LIST =
  /\b(?:authors?|auteur(?:e|s|es)?|ecrivain(?:e|s|es)?|novel study|novels|etude de roman|written by|ecrit(?:e|s)? par)\b/i

/** `listed`: the sentence is a line of a pasted list of names (list-lines.ts). */
export function findFullNames(text: string, listed = false): NameSpan[] {
  const words = toWords(text)
  if (words.length < 2 && !/[#@]/.test(text)) return []
  const strong: NameSpan[] = []
  const weak: { span: NameSpan; i: number; j: number }[] = []
  const used = new Array<boolean>(words.length).fill(false)

  // Tags and roster pairs first: their words are not searched again as running text.
  const tags = findTagNames(text)
  // Both in text order: one pass marks the words inside a tag.
  for (let k = 0, t = 0; k < words.length && t < tags.length;) {
    if (tags[t]!.end <= words[k]!.start) t++
    else if (words[k]!.end <= tags[t]!.start) k++
    else used[k++] = true
  }
  strong.push(...tags)
  const figures = markPublicFigures(text, words, used)
  const pairs = rosterPairs(text, words, used, listed)
  if (!/\p{Lu}/u.test(text)) pairs.push(...lowerRosterPairs(text, words, used))
  // "Munsch, Robert", "Dahl, Roald": a book list's authors, surname first. One known author, or
  // "authors"/"novel study" before the list, makes every pair of the sentence an author.
  const author = (p: { k: number; last: number; first: number }) =>
    PUBLIC_FIGURES.has(
      `${spanKey(text, words[p.k + 1]!, words[p.last]!)} ${spanKey(text, words[p.first]!, words[p.k]!)}`
    )
  const authors =
    pairs.some(author) ||
    (pairs.length > 0 && authorList(text.slice(0, words[pairs[0]!.first]!.start)))
  for (const { k, last, first } of pairs) {
    const n = words[k + 1]!
    const l = words[last]!
    used.fill(true, first, last + 1)
    // "Penner, Sarah (chair)", "Gagnon, Luc – direction": an adult's role after the pair.
    if (authors || roleAfter(text, l.end)) continue
    strong.push({
      start: words[first]!.start,
      end: l.end,
      given: { start: n.start, end: l.end },
      form: /^,/.test(n.gap) ? "roster" : "plain"
    })
  }
  // In a sentence typed without any capitals, capitals cannot tell names apart: lexicons must.
  const allLowerCase = !/\p{Lu}/u.test(text)

  // A run: name-shaped words separated only by spaces; a possessive ends it.
  for (let start = 0; start < words.length;) {
    const lowerOk = allLowerCase || cueBefore(text, words[start]!.start)
    let end = start
    if (nameShaped(words[start]!, lowerOk)) {
      while (
        end + 1 < words.length &&
        !words[end]!.possessive &&
        /^\s+$/.test(words[end + 1]!.gap) &&
        (nameShaped(words[end + 1]!, lowerOk) || (lowerOk && wordAfterGiven(end)))
      )
        end++
      if (end > start) scanRun(start, end)
    }
    start = end + 1
  }

  /** "ava baron": a lower-case ordinary word right after a lower-case given name (judge decides). */
  function wordAfterGiven(k: number): boolean {
    const [g, f] = [words[k]!, words[k + 1]!]
    return g.lower && (g.flags & FIRST) !== 0 && f.lower && !(f.flags & (STOP | TITLE | VERB))
  }

  function scanRun(from: number, to: number): void {
    markKnownPhrases(text, words, from, to, used)
    for (let i = from; i < to; i++) {
      if (used[i] || (edgeParticle(words[i]!) && !givenParticle(i, from))) continue
      for (let j = Math.min(to, i + MAX_NAME_WORDS - 1 + particlesAfter(i, to)); j > i; j--) {
        if (used.slice(i, j + 1).includes(true)) continue
        if (edgeParticle(words[j]!)) continue
        const middles = words.slice(i + 1, j)
        const verdict = judge(
          words[i]!,
          words[j]!,
          middles,
          allLowerCase,
          words[j + 1],
          words[i - 1]
        )
        if (verdict === "no") continue
        // "Admire Juliette Lavallée's artwork": a weak pair does not take the given name of a clear one.
        const k = j + 1
        if (verdict === "cue" && k <= to && !used[k] && judge(words[j]!, words[k]!, []) === "yes")
          continue
        used.fill(true, i, j + 1)
        if (exempt(text, words, i, j)) break
        const g = surnameFirst(words[i]!, words[j]!, middles) ? words[j]! : words[i]!
        const span: NameSpan = {
          start: words[i]!.start,
          end: words[j]!.end,
          given: { start: g.start, end: g.end },
          form: "plain"
        }
        if (verdict === "yes") strong.push(span)
        else weak.push({ span, i, j })
        i = j
        break
      }
    }
  }

  /**
   * "& ben kowalski", "avec ben tremblay": a lower-case particle that is also a given name opens
   * the run and a surname that is nothing else follows ("ali ben ahmed" keeps it inside).
   */
  function givenParticle(i: number, from: number): boolean {
    const [w, next] = [words[i]!, words[i + 1]]
    return (
      i === from &&
      (w.flags & FIRST) !== 0 &&
      !!next &&
      (next.flags & LAST) !== 0 &&
      !(next.flags & (FIRST | COMMON | PLACE | STOP | TITLE | PARTICLE))
    )
  }

  function particlesAfter(i: number, to: number): number {
    let n = 0
    for (let k = i + 1; k <= Math.min(to, i + MAX_NAME_WORDS + 1); k++)
      if (PARTICLES.has(words[k]!.text.toLowerCase())) n++
    return n
  }

  // Weaker candidates count after a naming cue, in a list with clear names, or before a verb.
  // Candidates in text order; a weak one counts after a naming cue, before a verb, or in a
  // list next to one that counts: "Sushila Gurung and Pemba Sherpa taught us" names both.
  const all = [
    ...strong.map((span) => ({ span, ok: true })),
    ...weak
      .filter((w) => !thingNotPerson(words, w.i, w.j))
      .map((w) => ({
        span: w.span,
        ok:
          cueBefore(text, w.span.start) ||
          prepositionBefore(text, words[w.i]!) ||
          actsLikeAPerson(text, words, w.i, w.j)
      }))
  ].sort((a, b) => a.span.start - b.span.start)
  for (let k = 1; k < all.length; k++)
    if (all[k - 1]!.ok && listedWith(text, all[k - 1]!.span, all[k]!.span)) all[k]!.ok = true
  for (let k = all.length - 2; k >= 0; k--)
    if (all[k + 1]!.ok && listedWith(text, all[k]!.span, all[k + 1]!.span)) all[k]!.ok = true
  return notWithFigures(
    text,
    figures,
    all.filter((c) => c.ok),
    (span) => {
      const k = words.findIndex((w) => w.end >= span.end)
      const [w, next] = [words[k], words[k + 1]]
      return !!w?.possessive || !!(next?.lower && next.flags & VERB && /^\s+$/.test(next.gap))
    }
  ).map((c) => c.span)
}
