import { loadModel, scoreSentence, type LoadedModel } from "../support/sentence-model"
import { AFFECTION, hasTarget } from "./grammar"
import { NOT_AN_ATTACK } from "./lexicon"
import { MODEL, THREAT_KIND } from "./model-weights"
import { GAME_CONTEXT } from "./threats-wide"

/**
 * The statistical layer behind the fitted patterns and the grammar: a sentence with no
 * demeaning or threat finding of its own, that names a school-life target (hasTarget: "the
 * parents", "our VP", "mes élèves", a known first name) and has no sign of a joke, praise or a
 * game, is scored by a hashed word/word-pair logistic model (support/sentence-model.ts,
 * trained by scripts/train-sentence-model.ts). It catches paraphrases the families miss:
 *   "Our VP could not lead a fire drill out of a burning building." (demeaning)
 *   "The parent who reported me will find out what happens to people who cross me." (threat)
 * THRESHOLD was chosen by leave-one-group-out cross-validation over the dev sets (see the
 * script's table): at 0.98 the model (trained without the left-out group) caught 27 of the
 * 84 conduct posts the rules missed at first sight of dev4/6/7 (15 of 84 when the table
 * tests' flagged rows, paraphrases of dev misses, are left out of training), for 5 false
 * alarms over 3,137 clean posts. A second model picks the message (threat or demeaning).
 */
export const THRESHOLD = 0.98

let loaded: { remark: LoadedModel; threat: LoadedModel } | null = null

/** The conduct model's gate: a target, and nothing that makes the sentence friendly. */
export function modelGate(s: string): boolean {
  return !NOT_AN_ATTACK.test(s) && !AFFECTION.test(s) && !GAME_CONTEXT.test(s) && hasTarget(s)
}

export function conductScore(s: string): number {
  loaded ??= { remark: loadModel(MODEL), threat: loadModel(THREAT_KIND) }
  return scoreSentence(loaded.remark, s)
}

/** The model's reading of a gated sentence: a threat or a demeaning remark, or nothing. */
export function modelRemark(s: string): "threat" | "demeaning" | null {
  // The score (a few µs) before the gate's target patterns: most sentences stop here.
  if (conductScore(s) < THRESHOLD || !modelGate(s)) return null
  return scoreSentence(loaded!.threat, s) >= 0.5 ? "threat" : "demeaning"
}
