import {
  loadModel,
  scoreSentence,
  sentenceModels,
  type LoadedModel
} from "../support/sentence-model"
import { MODEL, THREAT_KIND } from "./model-weights"

/**
 * The statistical layer behind the fitted patterns and the grammar: a sentence in which they
 * found no demeaning or threat remark is scored by a hashed word/word-pair logistic model
 * (support/sentence-model.ts, trained by scripts/train-sentence-model.ts). It catches
 * paraphrases the families miss:
 *   "Our VP could not lead a fire drill out of a burning building." (demeaning)
 *   "The parent who reported me will find out what happens to people who cross me." (threat)
 *
 * THRESHOLD and the absence of a gate were chosen by leave-one-group-out cross-validation
 * (the script prints the table). The fairest folds are dev8 and dev9, sets whose writers never
 * saw the rules and from which no table row was written. Trained without them, at 0.98: dev8,
 * patterns alone 48 of 75 remarks, with the model 64, for 2 false alarms among its 115 posts
 * without a remark; dev9 (harder, few insult words), 18 → 37 of 80, for 4 in 160. Gating the
 * model on a school-life target (modelGate, now only in the training script, which still
 * compares both) kept fewer (dev9: 31 of 80, 1 false alarm); over all dev sets it adds 7 false
 * alarms in 3,572 clean posts against 19 ungated, but catches 35 instead of 48 of the 84
 * remarks the patterns missed at first sight. A second model picks the message (threat or
 * demeaning).
 */
export const THRESHOLD = 0.98

/**
 * Sentences shorter than this are not the model's to judge. Its positives include every
 * sentence of short posts the patterns missed, sign-offs among them ("Goodnight.", "See you
 * soon!"), so alone it read "À bientôt!" and "See you soon!" as threats (0.99). A remark of
 * one to three words ("Pathetic.", "Watch your back.") is the patterns' and word lists' job.
 */
export const MIN_WORDS = 4

/** Whether the model may judge this sentence at all (the training script uses it too). */
export function modelReads(s: string): boolean {
  return (s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_WORDS
}

let loaded: { remark: LoadedModel; threat: LoadedModel } | null = null

export function conductScore(s: string): number {
  loaded ??= { remark: loadModel(MODEL), threat: loadModel(THREAT_KIND) }
  return scoreSentence(loaded.remark, s)
}

/** The model's reading of a sentence the patterns let pass: a threat or a demeaning remark, or nothing. */
export function modelRemark(s: string): "threat" | "demeaning" | null {
  if (!sentenceModels.on || !modelReads(s) || conductScore(s) < THRESHOLD) return null
  return scoreSentence(loaded!.threat, s) >= 0.5 ? "threat" : "demeaning"
}
