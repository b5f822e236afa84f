import { readdirSync, readFileSync, statSync } from "fs"
import { join } from "path"

import { t } from "."

/**
 * locales/<lang>/messages.json (Plasmo copies them to _locales/): both languages
 * have the same keys and substitutions, names Chrome accepts, and every key the
 * code asks for exists.
 */
const root = join(__dirname, "..", "..")
type Messages = Record<string, { message: string }>
const load = (lang: string) =>
  JSON.parse(readFileSync(join(root, "locales", lang, "messages.json"), "utf8")) as Messages
const en = load("en")
const fr = load("fr")
const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort()

test("English and French have the same keys", () => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
})

test("message names are ones Chrome accepts", () => {
  for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/)
})

test.each(Object.keys(en))("%s: same substitutions in both languages", (key) => {
  expect(subs(fr[key]!.message)).toEqual(subs(en[key]!.message))
  expect(fr[key]!.message.trim()).not.toBe("")
})

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sources(p)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : []
  })
}

test("every literal key passed to t() exists", () => {
  const files = ["options", "popup", "ui", "page"].flatMap((d) => sources(join(root, "src", d)))
  const used = new Set<string>()
  for (const f of files)
    for (const m of readFileSync(f, "utf8").matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)) used.add(m[1]!)
  expect(used.size).toBeGreaterThan(50)
  expect([...used].filter((k) => !(k in en))).toEqual([])
})

test("t() falls back to English outside the browser, with substitutions", () => {
  expect(t("optionsTitle")).toBe("Before You Post settings")
  expect(t("namesCount", 1000)).toBe("1000 names")
  expect(t("csvRead", 3, "class.csv")).toBe(
    "Added 3 names from class.csv. Check the list, then press Save."
  )
})

test("t() uses the browser's message when there is one", () => {
  const g = globalThis as { chrome?: unknown }
  g.chrome = {
    i18n: {
      getMessage: (k: string, s: string[]) => (k === "saved" ? `Enregistré ${s.length}` : "")
    }
  }
  try {
    expect(t("saved")).toBe("Enregistré 0")
    expect(t("optionsTitle")).toBe("Before You Post settings") // unknown to the browser → English
  } finally {
    delete g.chrome
  }
})
