import { isPaused, parseCounts, parsePausedUntil } from "./pause"
import { isStatusReply } from "../messaging/protocol"

test.each([
  [123, 123],
  ["456", 456],
  [undefined, 0],
  ["x1", 0],
  [Number.NaN, 0]
])("parsePausedUntil(%j) = %j", (v, n) => {
  expect(parsePausedUntil(v)).toBe(n)
})

test("isPaused respects the time and the policy", () => {
  expect(isPaused(2000, 1000)).toBe(true)
  expect(isPaused(500, 1000)).toBe(false)
  expect(isPaused(2000, 1000, false)).toBe(false)
})

test.each([
  [
    { shown: 3, fixed: 1, postedAnyway: 2 },
    { shown: 3, fixed: 1, postedAnyway: 2 }
  ],
  ['{"shown":4}', { shown: 4, fixed: 0, postedAnyway: 0 }],
  [
    { shown: -1, fixed: "2" },
    { shown: 0, fixed: 0, postedAnyway: 0 }
  ],
  [undefined, { shown: 0, fixed: 0, postedAnyway: 0 }],
  ["not json", { shown: 0, fixed: 0, postedAnyway: 0 }]
])("parseCounts(%j)", (v, expected) => expect(parseCounts(v)).toEqual(expected))

test("isStatusReply", () => {
  expect(isStatusReply({ watching: 1, findings: [] })).toBe(true)
  expect(isStatusReply({ watching: 0, findings: null })).toBe(true)
  expect(isStatusReply({ watching: "1", findings: [] })).toBe(false)
  expect(isStatusReply(undefined)).toBe(false)
})
