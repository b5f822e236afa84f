import { readFileSync } from "fs"
import { join } from "path"
import { createChecker } from "../../src/core/checker"
import { EN as CORE_EN } from "../../src/core/i18n/en"
import { FR as CORE_FR } from "../../src/core/i18n/fr"
import { builtinRules } from "../../src/core/rules/registry"
import type { Finding } from "../../src/core/types"
import { layeredSettings } from "../../src/cli/settings"
import { parseCorpus, toDraft } from "./corpus"

/**
 * With `locale: "fr"`, every message and fix label a built-in rule produces on
 * the whole development corpus comes from the French catalog, none from English.
 * Division custom rules keep the division's own words and are not checked here.
 */
/** Every catalog: the checker's own words and each built-in rule's, keyed "<rule>.<key>". */
function catalog(lang: "en" | "fr"): Record<string, string> {
  const out: Record<string, string> = { ...(lang === "en" ? CORE_EN : CORE_FR) }
  for (const rule of builtinRules)
    for (const [key, text] of Object.entries(rule.messages[lang])) out[`${rule.id}.${key}`] = text
  return out
}
const EN = catalog("en")
const FR = catalog("fr")

const { posts } = parseCorpus(readFileSync(join(__dirname, "corpus.jsonl"), "utf8"))

/** A catalog entry as a whole-string pattern, `{param}` = anything. */
function patterns(catalog: Record<string, string>): RegExp[] {
  return Object.values(catalog).map(
    (t) =>
      new RegExp(
        `^${t
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join("[\\s\\S]*")}$`
      )
  )
}
const french = patterns(FR)
// English entries with too little fixed text ("{count} photos") would match French too.
const english = patterns(
  Object.fromEntries(Object.entries(EN).filter(([, t]) => t.replace(/\{\w+\}/g, "").length >= 12))
)
const fromFrench = (s: string) => french.some((re) => re.test(s))
const fromEnglish = (s: string) => english.some((re) => re.test(s))

const photo = { kind: "image" as const, name: "Photo 1" }

function frenchFindings(): Finding[] {
  const out: Finding[] = []
  for (const p of posts) {
    const { check } = layeredSettings([{ value: p.settings, where: p.id }])
    const checker = createChecker({ ...check, locale: "fr" })
    // Every fourth post with a photo, so the photo reminder is covered too.
    const draft = out.length % 4 === 0 ? { ...toDraft(p), attachments: [photo] } : toDraft(p)
    out.push(...checker.check(draft).findings)
  }
  return out
}

test("in French, built-in findings' messages and fix labels are all French", () => {
  const builtin = frenchFindings().filter((f) => !f.rule.startsWith("custom:"))
  const rules = new Set(builtin.map((f) => f.rule))
  expect([...rules].sort()).toEqual(builtinRules.map((r) => r.id).sort())
  const texts = builtin.flatMap((f) => [
    f.title,
    f.message,
    ...(f.checklist ?? []),
    ...f.fixes.map((x) => x.label)
  ])
  expect(texts.length).toBeGreaterThan(300)
  expect(texts.filter((s) => !fromFrench(s))).toEqual([])
  expect(texts.filter(fromEnglish)).toEqual([])
})

test("the default stays English", () => {
  const { check } = layeredSettings([])
  const [f] = createChecker(check).check({ text: "Congratulations to Emma Thompson!" }).findings
  expect(f?.message).toBe(EN["student-full-name.message"])
  const fr = createChecker({ ...check, locale: "fr" }).check({
    text: "Félicitations à Emma Thompson pour sa victoire !"
  }).findings
  expect(fr[0]?.message).toBe(FR["student-full-name.message"])
  expect(fr[0]?.fixes[0]?.label).toBe("Garder seulement le prénom")
})
