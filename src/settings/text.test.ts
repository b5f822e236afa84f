import fc from "fast-check"
import { defaultSettings } from "./defaults"
import { resolve } from "./resolve"
import { SETTINGS_EN, SETTINGS_FR, settingsText, type SettingsTextId } from "./text"

const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()

test("English and French have the same keys and {params}", () => {
  expect(Object.keys(SETTINGS_FR).sort()).toEqual(Object.keys(SETTINGS_EN).sort())
  for (const id of Object.keys(SETTINGS_EN) as SettingsTextId[]) {
    expect([id, params(SETTINGS_FR[id])]).toEqual([id, params(SETTINGS_EN[id])])
    expect(SETTINGS_FR[id].trim()).not.toBe("")
  }
  expect(settingsText("fr", "list.item", { key: "« schools »", n: 3 })).toBe(
    "« schools » élément 3"
  )
  expect(settingsText(undefined, "list.item", { key: '"schools"', n: 3 })).toBe('"schools" item 3')
})

const rule = (id: string, extra: object = {}) => ({
  id,
  message: "Règle.",
  severity: "warn",
  pattern: "bus \\d+",
  ...extra
})

describe("problems in French", () => {
  const fr = (user: unknown, managed?: unknown) =>
    resolve(defaultSettings, user, managed, "fr").problems.map((p) => p.message)

  test.each<[string, unknown, unknown, string]>([
    [
      "wrong type",
      { disclaimerText: 42 },
      undefined,
      "Vos paramètres : « disclaimerText » doit être du texte (reçu : un nombre); la valeur par défaut est utilisée."
    ],
    [
      "enum, in a merged object",
      undefined,
      { rules: { "student-full-name": { severity: "loud" } } },
      "Politique de la division : « rules.student-full-name.severity » doit être l’une des valeurs info, warn, block (reçu : « loud »); la valeur par défaut est utilisée."
    ],
    [
      "not an object",
      { sites: "all" },
      undefined,
      "Vos paramètres : « sites » doit être un groupe de paramètres (un objet), pas du texte; il est ignoré."
    ],
    [
      "unknown key with a guess",
      { division_names: ["X"] },
      undefined,
      "Vos paramètres : « division_names » n’est pas un paramètre que cette extension connaît (vouliez-vous dire « divisionNames »?); il est ignoré."
    ],
    [
      "the whole policy",
      undefined,
      "oops",
      "La politique de la division doit être un groupe de paramètres (un objet JSON), mais c’est du texte; elle est ignorée."
    ],
    [
      "a bad rule id",
      { customRules: [rule("ok"), rule("No Bus")] },
      undefined,
      "Vos paramètres : « customRules » élément 2 : « id » ne doit contenir que des lettres minuscules, des chiffres et des tirets simples, comme « no-bus-numbers » (reçu : « No Bus »); cette règle est ignorée."
    ],
    [
      "a duplicate rule id",
      { customRules: [rule("a"), rule("a")] },
      undefined,
      "Vos paramètres : règle personnalisée « a » (« customRules » élément 2) : une autre règle personnalisée utilise déjà l’identifiant « a »; cette règle est ignorée."
    ]
  ])("%s", (_label, user, managed, expected) => {
    expect(fr(user, managed)).toEqual([expected])
  })

  test("a custom pattern that could freeze the check, and one that does not compile", () => {
    const [nested, broken] = fr({
      customRules: [rule("ok"), rule("lent", { pattern: "(a+)+" }), rule("cassé", { pattern: "(" })]
    })
    expect(nested).toMatch(
      /^Vos paramètres : règle personnalisée « lent » \(« customRules » élément 2\) : dans « \(a\+\)\+ », une partie répétée .*; cette règle est ignorée\.$/
    )
    // An id that is not a valid slug is not echoed: the item is named by position.
    expect(broken).toMatch(/^Vos paramètres : « customRules » élément 3 : /)
  })

  test("random bad settings never produce English words in French problems", () => {
    const ENGLISH = /\b(must|ignored|using|item|Division policy|Your settings|the default|got)\b/
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...Object.keys(defaultSettings), "colour"),
          fc.jsonValue({ maxDepth: 2 }),
          { maxKeys: 4 }
        ),
        (user) => {
          for (const m of fr(user)) expect(m).not.toMatch(ENGLISH)
        }
      ),
      { numRuns: 200, seed: 2026 }
    )
  })
})
