import { buildExport, parseImport } from "./transfer"

const user = {
  schemaVersion: 1,
  disclaimerText: "Mine.",
  nonDisclosureNames: ["Ben Carter"],
  sites: { facebook: true, instagram: false, x: true }
}

test("export leaves the name lists out unless asked", () => {
  expect(JSON.parse(buildExport(user, false))).toEqual({
    schemaVersion: 1,
    disclaimerText: "Mine.",
    sites: { facebook: true, instagram: false, x: true }
  })
  expect(JSON.parse(buildExport(user, true)).nonDisclosureNames).toEqual(["Ben Carter"])
})

test("an export imports back unchanged", () => {
  const r = parseImport(buildExport(user, true))
  expect(r.problems).toEqual([])
  expect(r.values).toEqual({
    disclaimerText: "Mine.",
    nonDisclosureNames: ["Ben Carter"],
    sites: { facebook: true, instagram: false, x: true }
  })
})

test("bad values are listed and skipped; the rest imports", () => {
  const r = parseImport(
    JSON.stringify({ disclaimerText: 42, schools: ["A", ""], sites: { x: "no" }, colour: "red" })
  )
  expect(r.values).toEqual({ schools: ["A"], sites: { facebook: true, instagram: true, x: true } })
  expect(r.problems.map((p) => p.key).sort()).toEqual([
    "colour",
    "disclaimerText",
    "schools[1]",
    "sites.x"
  ])
})

test("an old format is upgraded", () => {
  const r = parseImport(JSON.stringify({ nonDisclosure: ["Ben Carter"] }))
  expect(r.values).toEqual({ nonDisclosureNames: ["Ben Carter"] })
  expect(r.notes).toHaveLength(1)
})

test.each(["not json", "[1,2]", "null"])("%j is refused with one plain problem", (text) => {
  const r = parseImport(text)
  expect(r.values).toEqual({})
  expect(r.problems).toHaveLength(1)
})
