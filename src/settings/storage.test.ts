import { defaultSettings } from "./defaults"
import { settingsFromStorage } from "./index"
import { decodeStorageArea, encodeStorageArea, unwrapAdminConsole } from "./storage"

describe("storage areas", () => {
  test("@plasmohq/storage JSON strings are decoded; non-JSON strings kept as written", () => {
    expect(
      decodeStorageArea({
        disclaimerText: '"Room 12"',
        schools: '["A","B"]',
        sites: '{"x":false}',
        raw: "not json",
        n: 3
      })
    ).toEqual({
      disclaimerText: "Room 12",
      schools: ["A", "B"],
      sites: { x: false },
      raw: "not json",
      n: 3
    })
  })

  test("encode and decode are inverses", () => {
    const values = {
      disclaimerText: "Mine.",
      schools: ["A"],
      rules: { "student-full-name": { enabled: false } }
    }
    expect(decodeStorageArea(encodeStorageArea(values))).toEqual(values)
  })

  test("Admin console unwrapping touches only {Value: x} objects at the top level", () => {
    expect(
      unwrapAdminConsole({
        a: { Value: 1 },
        b: { Value: 1, other: 2 },
        c: { value: 1 },
        d: [{ Value: 1 }],
        e: { f: { Value: 1 } }
      })
    ).toEqual({
      a: 1,
      b: { Value: 1, other: 2 },
      c: { value: 1 },
      d: [{ Value: 1 }],
      e: { f: { Value: 1 } }
    })
    expect(unwrapAdminConsole("x")).toBe("x")
    expect(unwrapAdminConsole(null)).toBe(null)
  })
})

describe("settingsFromStorage", () => {
  test("raw sync area (JSON strings, old format) + raw Admin-console policy", () => {
    const sync = encodeStorageArea({ nonDisclosure: ["Ann Lee"], disclaimerText: "Mine." })
    const managed = { disclaimerText: { Value: "Division." }, sites: { Value: { x: false } } }
    const r = settingsFromStorage({ sync, managed })
    expect(r.effective.nonDisclosureNames).toEqual(["Ann Lee"])
    expect(r.effective.disclaimerText).toBe("Division.")
    expect(r.effective.sites.x).toBe(false)
    expect(r.locks).toEqual(["disclaimerText", "sites.x"])
    expect(r.problems).toEqual([])
    expect(r.migrationNotes).toHaveLength(1)
  })

  test("nothing stored, no policy (Firefox without policy: managed undefined)", () => {
    const r = settingsFromStorage({ sync: {}, managed: undefined })
    expect(r.effective).toEqual(defaultSettings)
    expect(r.problems).toEqual([])
    expect(r.migrationNotes).toEqual([])
  })

  test("a corrupt sync area is reported by resolve, not lost in migration notes", () => {
    const r = settingsFromStorage({ sync: "garbage" })
    expect(r.problems).toEqual([expect.objectContaining({ source: "user", key: "" })])
  })
})
