import type { CheckSettings } from "../../types"

/**
 * A per-settings memo for facts about one sentence. Paragraph-scoped rules are
 * re-run on the whole paragraph after any edit inside it; remembering each
 * sentence's facts keeps re-checking a long paragraph close to the cost of
 * splitting it. What is remembered must depend only on the sentence and the settings.
 */
export function sentenceMemo<T>(
  limit = 2000
): (settings: CheckSettings, sentence: string, compute: () => T) => T {
  const bySettings = new WeakMap<CheckSettings, Map<string, T>>()
  return (settings, sentence, compute) => {
    let table = bySettings.get(settings)
    if (!table) bySettings.set(settings, (table = new Map()))
    let hit = table.get(sentence)
    if (hit === undefined) {
      hit = compute()
      if (table.size >= limit) table.delete(table.keys().next().value!)
      table.set(sentence, hit)
    }
    return hit
  }
}
