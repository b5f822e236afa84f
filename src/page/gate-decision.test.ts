import type { Finding, Severity } from "../core/types"
import { decide, isPostKey, postAnywayAllowed, type KeyLike } from "./gate-decision"

const f = (severity: Severity) => ({ severity }) as Finding

describe("decide", () => {
  test.each<[Severity[], string]>([
    [[], "pass"],
    [["info"], "pass"],
    [["warn"], "confirm"],
    [["info", "warn"], "confirm"],
    [["warn", "block"], "confirm-with-ack"],
    [["block"], "confirm-with-ack"]
  ])("%j → %s", (sevs, expected) => {
    expect(decide(sevs.map(f))).toBe(expected)
  })
})

describe("isPostKey", () => {
  const key = (k: Partial<KeyLike>): KeyLike => ({
    key: "Enter",
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...k
  })
  const comment = { postsOnEnter: true, postsOnModEnter: false }
  const composer = { postsOnEnter: false, postsOnModEnter: true }
  const plain = { postsOnEnter: false, postsOnModEnter: false }

  test.each<[string, Partial<KeyLike>, typeof comment, boolean]>([
    ["Enter in a comment box", {}, comment, true],
    ["Shift+Enter in a comment box is a new line", { shiftKey: true }, comment, false],
    ["Enter in a composer is a new line", {}, composer, false],
    ["Ctrl+Enter in a composer", { ctrlKey: true }, composer, true],
    ["Cmd+Enter in a composer", { metaKey: true }, composer, true],
    ["Ctrl+Enter in a comment box", { ctrlKey: true }, comment, true],
    ["Ctrl+Enter where the site does not post on it", { ctrlKey: true }, plain, false],
    ["Enter while composing (IME)", { isComposing: true }, comment, false],
    ["another key", { key: "a" }, comment, false]
  ])("%s", (_n, k, box, expected) => {
    expect(isPostKey(key(k), box)).toBe(expected)
  })
})

describe("postAnywayAllowed", () => {
  const find = (rule: string, severity: Severity = "warn") => ({ rule, severity }) as Finding
  const policy = {
    enabled: true,
    postAnyway: { "non-disclosure-name": false, "student-full-name": true, customRules: false }
  }
  test.each<[string, Finding[], boolean]>([
    ["no policy answer: allowed", [find("non-disclosure-name")], true],
    ["a rule that allows it", [find("student-full-name")], true],
    [
      "a rule the division enforces",
      [find("student-full-name"), find("non-disclosure-name")],
      false
    ],
    ["custom rules share one switch", [find("custom:bus")], false],
    ["info findings never hold a post", [find("custom:bus", "info")], true],
    ["a rule the policy does not mention", [find("field-trip-details")], true]
  ])("%s", (name, findings, expected) => {
    expect(postAnywayAllowed(findings, name.startsWith("no policy") ? undefined : policy)).toBe(
      expected
    )
  })
})
