import { layeredSettings } from "../../src/cli/settings"
import { hashNames } from "../../src/core/hash/names"
import { settingsFromStorage } from "../../src/settings"
import { checkerFromSettings } from "../../src/settings/checker"
import { defaultSettings } from "../../src/settings/defaults"
import { resolve } from "../../src/settings/resolve"

const hashed = hashNames(["Kiona Flett"], "policy-salt-1", { firsts: true })
const policy = { nonDisclosureHashed: { salt: hashed.salt, hashes: hashed.hashes } }

test("policy nonDisclosureHashed: applied, locked, matched (first name alone included)", () => {
  const r = resolve(defaultSettings, undefined, policy)
  expect(r.problems).toEqual([])
  expect(r.locks).toContain("nonDisclosureHashed")
  const findings = checkerFromSettings(r.effective).check({ text: "Kiona read today." }).findings
  expect(findings.map((f) => [f.rule, f.match])).toEqual([["non-disclosure-name", "Kiona"]])
})

test.each([
  ["not an object", ["Kiona Flett"]],
  ["a bad hash", { salt: "policy-salt-1", hashes: ["Kiona Flett"] }],
  ["no salt", { hashes: hashed.hashes }],
  ["a short salt", { salt: "x", hashes: hashed.hashes }]
])("a bad nonDisclosureHashed (%s) is a problem, never a throw", (_, value) => {
  const r = resolve(defaultSettings, undefined, { nonDisclosureHashed: value })
  expect(r.problems.map((p) => p.key)).toEqual(["nonDisclosureHashed"])
  expect(r.effective.nonDisclosureHashed).toBeUndefined()
})

test("the class list is read from chrome.storage.local, hashed; plain names there are refused", () => {
  const list = hashNames(["Sophie Tremblay"], "install-salt-1", { splits: true })
  const stored = { salt: list.salt, hashes: list.hashes, count: list.count }
  const ok = settingsFromStorage({ sync: {}, local: { classList: JSON.stringify(stored) } })
  expect(ok.problems).toEqual([])
  expect(ok.effective.classList).toEqual(stored)
  const [f] = checkerFromSettings(ok.effective).check({ text: "Bravo TREMBLAY, Sophie" }).findings
  expect(f).toMatchObject({ rule: "student-full-name", certain: true, match: "TREMBLAY, Sophie" })

  const plain = settingsFromStorage({ sync: {}, local: { classList: '["Sophie Tremblay"]' } })
  expect(plain.effective.classList).toBeUndefined()
  expect(plain.problems.map((p) => p.key)).toEqual(["classList"])
})

test("CLI settings: plain classList names are hashed, never kept", () => {
  const r = layeredSettings([
    { value: { classList: ["Sophie Tremblay", "Flett, Jordan", "Madonna"] }, where: "file" }
  ])
  expect(r.problems).toEqual(["file: classList[2]: not read as a full name (one-word)"])
  expect(r.settings.classList?.count).toBe(2)
  expect(JSON.stringify(r.settings)).not.toMatch(/tremblay|jordan|flett/i)
  const findings = checkerFromSettings(r.settings).check({ text: "go #jordanflett" }).findings
  expect(findings.map((f) => [f.match, f.certain])).toEqual([["jordanflett", true]])
})
