import { applyLayer, layeredSettings } from "../../src/cli/settings"
import { defaultCheckSettings, defaultSettings } from "../../src/settings/defaults"

describe("layeredSettings", () => {
  test("no layers = the defaults the checker uses", () => {
    expect(layeredSettings([]).check).toEqual(defaultCheckSettings)
  })

  test("later layers win; lists replace; rules merge per field", () => {
    const r = layeredSettings([
      {
        value: { schools: ["A School"], rules: { "field-trip-details": { severity: "block" } } },
        where: "file"
      },
      {
        value: { schools: ["B School"], rules: { "field-trip-details": { enabled: false } } },
        where: "line 1"
      }
    ])
    expect(r.problems).toEqual([])
    expect(r.check.schools).toEqual(["B School"])
    expect(r.check.rules["field-trip-details"]).toEqual({ enabled: false, severity: "block" })
    expect(r.check.rules["student-full-name"]).toEqual(
      defaultCheckSettings.rules["student-full-name"]
    )
  })

  test("bad values are ignored and reported with where they came from", () => {
    const r = layeredSettings([{ value: { nonDisclosureNames: "Kiona" }, where: "line 3" }])
    expect(r.check.nonDisclosureNames).toEqual([])
    expect(r.problems).toEqual([expect.stringMatching(/^line 3: nonDisclosureNames/)])
  })

  test("a non-object layer is refused as a whole", () => {
    expect(applyLayer(defaultSettings, { value: [1], where: "file" })).toEqual({
      settings: defaultSettings,
      problems: ["file: settings must be a JSON object"]
    })
  })
})
