import { readFileSync } from "fs"
import { join } from "path"
import { createChecker } from "../../src/core/checker"
import { EN } from "../../src/core/i18n/en"
import { FR } from "../../src/core/i18n/fr"
import type { Finding } from "../../src/core/types"
import { layeredSettings } from "../../src/cli/settings"
import { parseCorpus, toDraft } from "./corpus"

/**
 * With `locale: "fr"`, every message and fix label a built-in rule produces on
 * the whole development corpus comes from the French catalog, none from English.
 * Division custom rules keep the division's own words and are not checked here.
 */
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
  expect([...rules].sort()).toEqual([
    "field-trip-details",
    "missing-disclaimer",
    "non-disclosure-name",
    "student-full-name",
    "student-images"
  ])
  const texts = builtin.flatMap((f) => [f.message, ...f.fixes.map((x) => x.label)])
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
