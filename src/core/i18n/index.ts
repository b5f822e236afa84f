import { EN, type CoreTextId } from "./en"
import { FR } from "./fr"

/**
 * Teacher-facing words of the checker that belong to no one rule (custom rules),
 * in the UI language; each built-in rule's words live in its folder and reach it
 * as `say` (core/rule.ts). Pure (no
 * chrome.*): the background passes the browser's language in `CheckSettings.locale`,
 * the CLI and tests get English by default.
 *
 *   coreText("fr", "custom.problem.empty", { id: "bus" })
 */

export type CoreLocale = "en" | "fr"
export type { CoreTextId }

export const CORE_CATALOGS: Record<CoreLocale, Record<CoreTextId, string>> = { en: EN, fr: FR }

export function coreText(
  locale: CoreLocale | undefined,
  id: CoreTextId,
  params: Record<string, string | number> = {}
): string {
  return fillTemplate(CORE_CATALOGS[locale ?? "en"]?.[id] ?? EN[id], params)
}

/** "{name}" placeholders filled from params; an unknown one is left as written. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole
  )
}
