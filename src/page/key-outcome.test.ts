import { keyOutcome } from "./key-outcome"

test.each([
  ["sent: the box emptied", "Field day today!", "", "send"],
  ["sent: the box went away", "Field day today!", null, "send"],
  ["sent: only a space left", "Field day today!", " ", "send"],
  ["select all + Enter: only a line break left, not a send", "Field day\ntoday!", "\n", null],
  ["a newline", "Field day today!", "Field day today!\n", "newline"],
  ["a newline in the middle", "Field day\ntoday!", "Field\n day\ntoday!", "newline"],
  ["nothing changed", "Field day today!", "Field day today!", null],
  ["an empty box tells nothing", "", "", null],
  ["an empty box that gained a line tells nothing", " ", "\n", null]
] as const)("%s", (_name, before, after, outcome) => {
  expect(keyOutcome(before, after)).toBe(outcome)
})
