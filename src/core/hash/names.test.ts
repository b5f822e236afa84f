import { createHash } from "crypto"
import { hashForm, hashNames, nameForms, parseRosterEntry, randomSalt } from "./names"

test("hash = first 64 bits of SHA-256(salt NUL form)", () => {
  const node = createHash("sha256").update("s4lt\u0000sophietremblay").digest("hex").slice(0, 16)
  expect(hashForm("s4lt", "sophietremblay")).toBe(node)
})

test.each([
  ["Sophie Tremblay", { given: ["Sophie"], family: ["Tremblay"], unsure: false }],
  ["Tremblay, Sophie", { given: ["Sophie"], family: ["Tremblay"], unsure: false }],
  ["TREMBLAY Sophie", { given: ["Sophie"], family: ["TREMBLAY"], unsure: false }],
  [
    "Jonathan (Jack) Friesen",
    { given: ["Jonathan"], family: ["Friesen"], preferred: ["Jack"], unsure: false }
  ],
  [
    "Van der Berg, Liesl Marie",
    { given: ["Liesl", "Marie"], family: ["Van", "der", "Berg"], unsure: false }
  ],
  ["Marisol Dela Cruz", { given: ["Marisol"], family: ["Dela", "Cruz"], unsure: true }]
])("parses %s", (line, parts) => {
  expect(parseRosterEntry(line)).toEqual(parts)
})

test.each([
  ["", "empty"],
  ["Madonna", "one-word"],
  ["(Jack)", "no-letters"],
  ["12345", "no-letters"]
])("skips %j: %s", (line, reason) => {
  expect(parseRosterEntry(line)).toEqual({ skip: reason })
})

test("forms: both orders, the comma order, the preferred name; splits and first names on request", () => {
  const e = parseRosterEntry("Jonathan (Jack) Friesen")
  if ("skip" in e) throw new Error("parsed")
  expect(nameForms(e)).toEqual(
    expect.arrayContaining([
      "jonathanfriesen",
      "friesenjonathan",
      ",friesenjonathan",
      "jackfriesen",
      "friesenjack",
      ",friesenjack",
      "jonathanjackfriesen",
      "jackjonathanfriesen"
    ])
  )
  expect(nameForms(e, { splits: true, firsts: true })).toEqual(
    expect.arrayContaining(["jonathan|friesen", "jack|friesen", "=jonathan", "=jack"])
  )
})

test("a particle is never dropped: no 'Marisol Cruz' form", () => {
  const e = parseRosterEntry("Marisol Dela Cruz")
  if ("skip" in e) throw new Error("parsed")
  expect(nameForms(e)).not.toContain("marisolcruz")
  expect(nameForms(e)).toContain("delacruzmarisol")
})

test("hashNames: counts students, skips duplicates, reports bad lines, keeps no name", () => {
  const r = hashNames(["Sophie Tremblay", "TREMBLAY, Sophie", "Madonna", "Zoë Lefèvre"], "salt1234")
  expect(r.count).toBe(2)
  expect(r.skipped).toEqual([{ line: 3, text: "Madonna", reason: "one-word" }])
  expect(JSON.stringify({ salt: r.salt, hashes: r.hashes })).not.toMatch(/sophie|tremblay|zo/i)
  for (const h of r.hashes) expect(h).toMatch(/^[0-9a-f]{16}$/)
})

test("the same names give the same hashes with the same salt and different ones with another", () => {
  const a = hashNames(["Sophie Tremblay"], "salt-a-1").hashes
  expect(hashNames(["sophie TREMBLAY"], "salt-a-1").hashes).toEqual(a)
  expect(hashNames(["Sophie Tremblay"], "salt-b-1").hashes).not.toEqual(expect.arrayContaining(a))
})

test("random salts differ", () => {
  expect(randomSalt()).toMatch(/^[0-9a-f]{32}$/)
  expect(randomSalt()).not.toBe(randomSalt())
})
