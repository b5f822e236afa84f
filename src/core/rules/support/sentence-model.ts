/**
 * A small hashed logistic-regression sentence scorer, shared by the rules that use one
 * (professional-conduct, confidential-student-info) and by the training script
 * (scripts/train-sentence-model.ts), so training and inference read a sentence the same way.
 *
 * Why a model at all: the hand-written families catch what they were fitted to and little
 * else; a model over words and word pairs catches paraphrases of the same meaning. It
 * only ever runs behind the rule's own gate (a person target, a student reference) and a
 * high threshold chosen by leave-one-set-out cross-validation.
 *
 * Features: lower-cased, accent-folded words (a-z, 0-9) and adjacent word pairs, each
 * hashed (FNV-1a) into 2^bits buckets; "these kids are hopeless" gives "these", "kids",
 * "are", "hopeless", "these kids", "kids are", "are hopeless", plus start and end pairs.
 * Weights are int8 in a hex string (one byte per bucket) times a scale. Deterministic,
 * no allocation beyond the word list, one multiply-add per feature.
 */

import { COMMON, FIRST, STOP, knownFlags } from "../../names/lexicon"

export interface SentenceModel {
  bits: number
  scale: number
  bias: number
  /** int8 per bucket, two hex digits each (two's complement). */
  hex: string
}

/**
 * Whether the rules consult their models. Only the training script turns this off, while it
 * reads what the patterns alone find: a model's own findings must not come back as labels.
 */
export const sentenceModels = { on: true }

export interface LoadedModel {
  mask: number
  bias: number
  weights: Float32Array
}

export function loadModel(m: SentenceModel): LoadedModel {
  const n = 1 << m.bits
  const weights = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    const b = parseInt(m.hex.slice(2 * i, 2 * i + 2), 16)
    weights[i] = (b > 127 ? b - 256 : b) * m.scale
  }
  return { mask: n - 1, bias: m.bias, weights }
}

const COMBINING = /[\u0300-\u036f]/g

/**
 * The sentence's words: accents folded, split on anything but letters and digits, lower-cased;
 * a capitalised word the name lists know as a first name (and not as a common word), or an
 * unknown capitalised word inside the sentence, becomes "<name>", so the model learns
 * "<name>'s EA started today" rather than memorising which children were named in training.
 */
export function words(s: string): string[] {
  const t = s.normalize("NFD").replace(COMBINING, "")
  const out: string[] = []
  let from = -1
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32
    const inWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    if (inWord && from < 0) from = i
    else if (!inWord && from >= 0) {
      out.push(token(t.slice(from, i), out.length === 0))
      from = -1
    }
  }
  return out
}

function token(w: string, first: boolean): string {
  const c0 = w.charCodeAt(0)
  const c1 = w.length > 1 ? w.charCodeAt(1) : 0
  if (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122) {
    const f = knownFlags(w)
    if ((f & FIRST && !(f & (COMMON | STOP))) || (!first && f === 0)) return "<name>"
  }
  return w.toLowerCase()
}

function fnv(s: string, seed: number): number {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

const UNI = 2166136261
const START = fnv("<s>", UNI)
const END = fnv("</s>", UNI)

/** Hashed feature buckets of a sentence (unigrams and bigrams, with repeats). */
export function featureBuckets(s: string, mask: number): number[] {
  const hs = words(s).map((w) => fnv(w, UNI))
  const out: number[] = []
  for (const h of hs) out.push(h & mask)
  let prev = START
  for (const h of [...hs, END]) {
    out.push((Math.imul(prev ^ 0x9e3779b9, 31) ^ h) & mask)
    prev = h
  }
  return out
}

/** Probability (0-1) that the sentence belongs to the model's class. */
export function scoreSentence(m: LoadedModel, s: string): number {
  let z = m.bias
  for (const b of featureBuckets(s, m.mask)) z += m.weights[b]!
  return 1 / (1 + Math.exp(-z))
}
