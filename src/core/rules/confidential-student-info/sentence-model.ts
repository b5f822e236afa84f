import { loadModel, scoreSentence, type LoadedModel } from "../support/sentence-model"
import { MODEL } from "./model-weights"

/**
 * The statistical layer behind the detail families, for special education only: a sentence
 * tied to a student (a reference, or a he/she that carries one on) in which no family found a
 * detail is scored by a hashed word/word-pair logistic model (support/sentence-model.ts,
 * trained by scripts/train-sentence-model.ts). It catches paraphrases the families miss:
 *   "Maya finally gets her reading support block with the resource teacher next term."
 * THRESHOLD was chosen by leave-one-group-out cross-validation over the dev sets (see the
 * script's table): at 0.8, trained without the left-out group, it caught 8 of the 19
 * special-education posts the rules missed at first sight of dev4/6/7 (4 at 0.98), with no
 * false alarm over 3,568 clean posts at any threshold from 0.7 up. (No table row is a
 * positive here, so these figures carry no paraphrase leak.)
 */
export const THRESHOLD = 0.8

let loaded: LoadedModel | null = null

export function specialEdScore(s: string): number {
  loaded ??= loadModel(MODEL)
  return scoreSentence(loaded, s)
}
