import en from "../../locales/en/messages.json"

/**
 * UI strings through the browser's own i18n (`_locales`, chosen by the
 * browser's language: French for fr, fr-CA, fr-FR…, English otherwise).
 * Outside an extension (Node, jest, the CLI) or for a key the browser does not
 * know, the English text from locales/en/messages.json is used, so a missing
 * translation shows English rather than an empty label.
 *
 *   t("optionsTitle")                 // "Before You Post settings"
 *   t("namesCount", String(n))        // "$1 names" with $1 = n
 *
 * Substitutions are `$1`…`$9` written directly in the message (Chrome and
 * Firefox both support that form); pass strings.
 */

type Messages = Record<string, { message: string; description?: string }>

const ENGLISH = en as Messages

export type MessageKey = keyof typeof en

function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole)
}

function browserMessage(key: string, subs: string[]): string {
  try {
    const i18n = (globalThis as { chrome?: typeof chrome }).chrome?.i18n
    return i18n?.getMessage ? i18n.getMessage(key, subs) : ""
  } catch {
    return "" // getMessage throws in a context that was invalidated by an update
  }
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String)
  const fromBrowser = browserMessage(key, strings)
  if (fromBrowser) return fromBrowser
  const english = ENGLISH[key]?.message
  return english === undefined ? key : substitute(english, strings)
}

/** The UI language in use ("fr" or "en"), for `lang` attributes and number formats. */
export function uiLanguage(): "en" | "fr" {
  try {
    const lang = (globalThis as { chrome?: typeof chrome }).chrome?.i18n?.getUILanguage?.() ?? ""
    return lang.toLowerCase().startsWith("fr") && browserMessage("optionsTitle", []) ? "fr" : "en"
  } catch {
    return "en"
  }
}

/** "1 name" / "12 names": `oneKey` for exactly one, else `manyKey` with the count as $1. */
export function tn(
  count: number,
  oneKey: MessageKey,
  manyKey: MessageKey,
  ...more: (string | number)[]
): string {
  return count === 1 ? t(oneKey, ...more) : t(manyKey, count.toLocaleString(), ...more)
}
