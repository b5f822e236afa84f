import { fix, shiftFix, type RawFix, type Say } from "../../rule"
import type { messages } from "./messages"
import {
  AMBIGUOUS_MONTH,
  FRENCH_DATE_LEAD,
  RETURN_GAP,
  RETURN_WORD,
  WHEN,
  type WhenKind
} from "./trip-lexicon"

/**
 * Finds the "when" of an outing in one sentence and builds the fixes that take
 * details out ("Remove the time", "Remove the meeting point") so that the text
 * left behind still reads as a sentence: no double spaces, no dangling comma,
 * the final period kept.
 */

export interface Span {
  start: number
  end: number
  kind: WhenKind
}

export function findWhen(s: string): Span[] {
  const spans: Span[] = []
  for (const { kind, re } of WHEN) {
    re.lastIndex = 0
    for (const m of s.matchAll(re)) {
      if (
        kind === "date" &&
        AMBIGUOUS_MONTH.test(m[0]) &&
        !(
          /\bmai\b/i.test(m[0]) && FRENCH_DATE_LEAD.test(s.slice(Math.max(0, m.index - 4), m.index))
        )
      )
        continue // "Grade 5 may go"
      spans.push({ start: m.index, end: m.index + m[0].length, kind })
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Span[] = []
  for (const sp of spans) {
    const last = out[out.length - 1]
    if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end)
    else out.push({ ...sp })
  }
  return out
}

/** A return with its clock time ("back by 3", "de retour vers 15 h"): students are away until then. */
export function hasReturnTime(s: string, spans: Span[]): boolean {
  RETURN_WORD.lastIndex = 0
  for (const m of s.matchAll(RETURN_WORD)) {
    const after = m.index + m[0].length
    const time = spans.find((sp) => sp.start >= after && sp.start - after <= 30)
    if (time && time.kind === "time" && RETURN_GAP.test(s.slice(after, time.start))) return true
  }
  return false
}

/** Words that join or introduce parts of one "when": "on Friday at 9:30", "May 12 to 14". */
const GAP = /^(?:[\s,-]|\b(?:on|at|from|by|until|till|to|and|between|of|the|around|a|le|et)\b)*$/i
const LEAD =
  /(?:\b(?:on|at|by|from|until|till|around|this|next|coming|before|after|starting|le|des|vers|a)\s+)+$/i

export interface WhenPhrase {
  start: number
  end: number
  hasTime: boolean
  live: boolean
}

/** Adjacent when-spans merged into phrases, each widened to its leading "on"/"at"/"this". */
export function whenPhrases(s: string, spans: Span[]): WhenPhrase[] {
  const out: WhenPhrase[] = []
  for (const sp of spans) {
    const last = out[out.length - 1]
    if (last && GAP.test(s.slice(last.end, sp.start))) {
      last.end = sp.end
      last.hasTime ||= sp.kind === "time"
      last.live &&= sp.kind === "live"
      continue
    }
    const lead = LEAD.exec(s.slice(Math.max(0, sp.start - 40), sp.start))
    out.push({
      start: sp.start - (lead ? lead[0].length : 0),
      end: sp.end,
      hasTime: sp.kind === "time",
      live: sp.kind === "live"
    })
  }
  return out
}

/** Deletes [start, end) of sentence `s` and tidies what is left around it. */
export function removal(label: string, s: string, start: number, end: number): RawFix {
  let a = start
  let b = end
  // Keep the sentence's full stop when the phrase ended with "a.m." at the end.
  if (s[b - 1] === "." && !/\p{L}/u.test(s.slice(b))) b--
  const before = s.slice(0, a)
  if (/^\s*$/.test(before)) {
    // At the start of the sentence: take the following comma and space too.
    while (b < s.length && /[\s,]/.test(s[b]!)) b++
    const next = s[b]
    if (next && /[a-z]/.test(next))
      return fix.replace(label, next.toUpperCase(), { start: a, end: b + 1 })
    return fix.remove(label, { start: a, end: b })
  }
  while (a > 0 && s[a - 1] === " ") a--
  // "the zoo, Friday at 9." → "the zoo." rather than "the zoo,."
  if (s[a - 1] === "," && (b >= s.length || /[.,!?;:)]/.test(s[b]!))) a--
  return fix.remove(label, { start: a, end: b })
}

const MEETING_VERB =
  /\b(?:meet(?:ing)?(?: us)?|leaves?|leaving|depart(?:s|ing)?|pick[- ]?up(?: is)?|drop[- ]?off(?: is)?|gather(?:ing)?)\b/gi
const MEETING_PLACE = /^\s((?:at|from|in|outside|by|behind|beside|near)\s[^.,;!?\n]{1,60})/i
const STOP = /\s(?:and|then|to|for|with|so|because|before|after|until)\b/i

/**
 * The meeting point ("from the Walmart parking lot") after a meeting or leaving
 * verb, possibly behind a time ("departs at 6:45 from the school lot").
 */
export function meetingPoint(
  s: string,
  phrases: WhenPhrase[]
): { start: number; end: number } | null {
  MEETING_VERB.lastIndex = 0
  for (const v of s.matchAll(MEETING_VERB)) {
    let at = v.index + v[0].length
    const skip = phrases.find((p) => p.start >= at && /^\s*$/.test(s.slice(at, p.start)))
    if (skip) at = skip.end
    const m = MEETING_PLACE.exec(s.slice(at))
    if (!m) continue
    const start = at + 1
    let end = at + m[0].length
    for (const p of phrases) if (p.start >= start && p.start < end) end = p.start
    const stop = STOP.exec(s.slice(start, end))
    if (stop) end = start + stop.index
    while (end > start && s[end - 1] === " ") end--
    // Just a preposition (+ "the") left: there is no place to remove.
    if (!/^\S+(?:\sthe)?$/i.test(s.slice(start, end))) return { start, end }
  }
  return null
}

/**
 * The fixes for one flagged sentence, in the coordinates of the unit the rule
 * was given (`offset` = where the sentence starts in it).
 */
export function tripFixes(s: string, offset: number, say: Say<typeof messages.en>): RawFix[] {
  const fixes: RawFix[] = [fix.advice(say("advice.post-after"))]
  const phrases = whenPhrases(s, findWhen(s))
  const when = phrases.find((p) => p.hasTime) ?? phrases.find((p) => !p.live)
  if (when) {
    const label = when.hasTime ? say("fix.remove-time") : say("fix.remove-date")
    fixes.push(removal(label, s, when.start, when.end))
  }
  const meet = meetingPoint(s, phrases)
  if (meet) {
    const label = say("fix.remove-meeting-point")
    fixes.push(removal(label, s, meet.start, meet.end))
  }
  return fixes.map((f) => shiftFix(f, offset))
}
