import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding } from "../../rule"
import { sentenceMemo } from "../support/memo"
import {
  DEMEANING,
  DEMEANING_MORE,
  MASKED,
  NOT_AN_ATTACK,
  THREAT,
  THREAT_MORE,
  offensiveWords
} from "./lexicon"
import { AFFECTION, demeaningRemark, praiseNotInsult, threatRemark } from "./grammar"
import { messages } from "./messages"
import { GAME_CONTEXT } from "./threats-wide"
import { sacredSense } from "./masked-swearing"
import { modelRemark } from "./sentence-model"
import { threatWithEighth } from "./threats-eighth"
import { warmUp } from "./warm-up"
import { quickToCompile } from "../../text/quick-compile"

/**
 * professional-conduct (ESM procedure 2(b), 2(c), 2(f); AP 144 Personal Use:
 * "refrain from using offensive language or engaging in harassing, threatening,
 * or defamatory communication").
 *
 * Per sentence: offensive words in English or French (obscenity's English set and
 * a small French set, after the engine's normalisation has removed soft hyphens
 * and zero-width characters), remarks that demean students, parents, colleagues,
 * the school or the division ("these kids are hopeless", "la division est une
 * farce"), and threats. Respectful criticism of a policy, positive slang ("they
 * killed it") and self-deprecation ("I'm an idiot") have no target and an
 * attack word together, so they stay quiet. Advice only: the teacher rephrases.
 *
 * Two layers: the fitted patterns of lexicon.ts, then the grammar of grammar.ts
 * (word classes in words.ts): a school-life TARGET found once per sentence, with a
 * NEGATIVE EVALUATION after or before it in the same clause, and THREATS read from
 * person, tense and harm. Add words to the classes rather than whole sentences.
 */

interface Hit {
  start: number
  end: number
  kind: "language" | "demeaning" | "threat"
}

function describe(s: string): Hit[] {
  const hits: Hit[] = []
  const threat = threatWithEighth(
    s,
    (t) => span(THREAT.exec(t) ?? THREAT_MORE.exec(t)) ?? threatRemark(t)
  )
  // "On va les écraser ce soir, les Canadiens": rivalry in a game is not a threat.
  if (threat && !GAME_CONTEXT.test(s)) hits.push({ ...threat, kind: "threat" })
  if (!NOT_AN_ATTACK.test(s) && !AFFECTION.test(s)) {
    const demeaning = span(DEMEANING.exec(s) ?? DEMEANING_MORE.exec(s)) ?? demeaningRemark(s)
    if (demeaning && !praiseNotInsult(s.slice(demeaning.start, demeaning.end), s))
      hits.push({ ...demeaning, kind: "demeaning" })
  }
  for (const w of offensiveWords(s)) if (!sacredSense(s, w)) hits.push({ ...w, kind: "language" })
  for (const m of s.matchAll(MASKED_ALL))
    hits.push({ start: m.index, end: m.index + m[0].length, kind: "language" })
  // Nothing found by the patterns or the word lists: the sentence model may still read a
  // remark (sentence-model.ts). A sentence with a swear word already has its finding, on the
  // word itself, which is the part to rephrase.
  if (!hits.length) {
    const kind = modelRemark(s)
    if (kind) {
      const start = s.length - s.trimStart().length
      hits.push({ start, end: s.trimEnd().length, kind })
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  // One finding per stretch of words: an insult inside a demeaning remark is one problem.
  const out: Hit[] = []
  for (const h of hits) {
    const last = out[out.length - 1]
    if (last && h.start < last.end) last.end = Math.max(last.end, h.end)
    else out.push({ ...h })
  }
  return out
}

function span(m: RegExpExecArray | null): { start: number; end: number } | null {
  return m ? { start: m.index, end: m.index + m[0].length } : null
}

const MASKED_ALL = quickToCompile(MASKED.source, "gi")

const memo = sentenceMemo<Hit[]>()

export const professionalConduct = defineRule({
  id: "professional-conduct",
  messages,
  policyRef: POLICY.professionalConduct,
  defaultSeverity: "warn",
  scope: "sentence",
  warmUp,
  check({ text, settings, say }) {
    return memo(settings, text, () => describe(text)).map((h): RawFinding => ({
      start: h.start,
      end: h.end,
      message: say(`message.${h.kind}`),
      fixes: [fix.advice(say("advice.rephrase"))]
    }))
  }
})
