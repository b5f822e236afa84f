import { placeLines } from "./place-lines"

describe("placeLines: lists of places laid out like a roster", () => {
  test.each([
    ["Regina, Saskatchewan", true],
    ["• Iqaluit, Nunavut", true],
    ["Bus 4 – Shoal Lake, Oakburn", true],
    ["3. Collège Béliveau", true],
    ["Sainte-Agathe, Saint-Adolphe", true],
    ["Fort Alexander", true],
    ["Saint-Germain, Jean-Philippe", false],
    ["Morris, Ethan", false],
    ["Tremblay, Sophie (Gr. 6)", false],
    ["Congrats to Ethan Morris from Brandon, Manitoba!", false]
  ])("%s → %s", (line, place) => {
    expect(placeLines([line])).toEqual([place])
  })

  test("a line between two place lines is one too", () => {
    expect(placeLines(["Kenora, ON", "Whitby Falls", "Dryden, ON"])).toEqual([true, true, true])
  })
})
