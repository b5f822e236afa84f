import { alternatives, englishForms, frenchForms } from "./verb-forms"

describe("englishForms", () => {
  test.each([
    ["cancel", ["cancels"], ["cancelling", "canceling"], ["cancelled", "canceled"]],
    ["ban", ["bans"], ["banning"], ["banned"]],
    ["close", ["closes"], ["closing"], ["closed"]],
    ["canoe", ["canoes"], ["canoeing"], ["canoed"]],
    ["ski", ["skis"], ["skiing"], ["skied"]],
    ["switch", ["switches"], ["switching"], ["switched"]],
    ["apply", ["applies"], ["applying"], ["applied"]],
    ["visit", ["visits"], ["visiting"], ["visited"]]
  ])("%s", (base, s, ing, ed) => {
    expect(englishForms(base)).toEqual({ base, s, ing, ed })
  })
})

describe("frenchForms", () => {
  test("a regular -er verb, accents folded", () => {
    expect(frenchForms("reporter")).toMatchObject({
      nous: "reportons",
      il: "reporte",
      ils: "reportent",
      futNous: "reporterons",
      futIl: "reportera",
      futIls: "reporteront",
      pp: ["reporte", "reportee", "reportes", "reportees"]
    })
  })
  test("a soft g keeps its e before -ons", () => {
    expect(frenchForms("prolonger").nous).toBe("prolongeons")
  })
  test("irregular verbs", () => {
    expect(frenchForms("aller")).toMatchObject({ il: "va", futIl: "ira", futIls: "iront" })
    expect(frenchForms("choisir")).toMatchObject({
      nous: "choisissons",
      pp: ["choisi", "choisie", "choisis", "choisies"]
    })
    expect(frenchForms("interdire").futNous).toBe("interdirons")
  })
  test("regular -ir and -re verbs", () => {
    expect(frenchForms("finir")).toMatchObject({ nous: "finissons", il: "finit" })
    expect(frenchForms("attendre")).toMatchObject({ il: "attend", futIls: "attendront" })
  })
})

test("alternatives: longest first, no duplicates", () => {
  expect(alternatives(["cancel", "cancelled", "cancel"])).toBe("cancelled|cancel")
})
