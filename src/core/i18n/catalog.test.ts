import { coreText } from "."
import { EN } from "./en"
import { FR } from "./fr"

/** The rules' English and French catalogs must stay in step. */
const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()

test("English and French have the same keys", () => {
  expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort())
})

test.each(Object.keys(EN) as (keyof typeof EN)[])("%s: same {params}, non-empty", (id) => {
  expect(params(FR[id])).toEqual(params(EN[id]))
  expect(FR[id].trim()).not.toBe("")
})

test("coreText fills parameters and defaults to English", () => {
  expect(coreText(undefined, "custom.reason.too-long", { max: 5 })).toMatch(/longer than 5 /)
  expect(coreText("fr", "custom.reason.too-long", { max: 5 })).toMatch(/dépasse 5 /)
  expect(coreText("fr", "custom.problem.empty", { id: "bus" })).toBe(
    "La règle personnalisée « bus » n’a ni motif ni mots."
  )
})
