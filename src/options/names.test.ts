import { dedupeNames, namesFromCsv, parseCsv, parseNameList } from "./names"

describe("parseNameList", () => {
  test.each([
    ["Ana Lopez\nBen Carter\n\n", ["Ana Lopez", "Ben Carter"]],
    ["Ana Lopez, Ben Carter; Chloé Roy", ["Ana Lopez", "Ben Carter", "Chloé Roy"]],
    ["Lopez, Ana\nCarter, Ben", ["Lopez, Ana", "Carter, Ben"]],
    ["  Ana   Lopez \r\nBen Carter\t7B", ["Ana Lopez", "Ben Carter"]],
    ["", []],
    [" , ;", []]
  ])("%j", (text, expected) => expect(parseNameList(text)).toEqual(expected))
})

test("dedupeNames ignores case and accents, keeps the first spelling", () => {
  expect(dedupeNames(["Émilie Roy", "emilie ROY", "Ben Carter", "Emilie  Roy"])).toEqual({
    names: ["Émilie Roy", "Ben Carter"],
    duplicates: 2
  })
})

test("dedupeNames on 1,000 names keeps them all and stays linear", () => {
  const names = Array.from({ length: 1000 }, (_, i) => `Student${i} Name${i}`)
  expect(dedupeNames([...names, ...names]).names).toHaveLength(1000)
})

describe("CSV", () => {
  test("quoted fields, doubled quotes, CRLF, semicolons", () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3')).toEqual([
      ["a", "b, c", 'd "e"'],
      ["1", "2", "3"]
    ])
    expect(parseCsv("Nom;Classe\nRoy, Émilie;5A")).toEqual([
      ["Nom", "Classe"],
      ["Roy, Émilie", "5A"]
    ])
  })
  test.each([
    ["Grade,Name\n5,Ana Lopez\n6,Ben Carter", ["Ana Lopez", "Ben Carter"]],
    ["First name,Last name,Grade\nAna,Lopez,5\n", ["Ana Lopez"]],
    ["Ana Lopez,5\nBen Carter,6", ["Ana Lopez", "Ben Carter"]],
    ['\uFEFFFull Name\n"Roy, Émilie"\n', ["Roy, Émilie"]],
    ["Prénom;Nom de famille\nÉmilie;Roy", ["Émilie Roy"]],
    ["", []]
  ])("%j", (csv, expected) => expect(namesFromCsv(csv)).toEqual(expected))
})
