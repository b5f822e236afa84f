import { handleMessage, type HandlerDeps } from "./handler"
import { isBypMessage } from "../messaging/protocol"
import { parseStringList } from "./settings-source"

function deps(): HandlerDeps & { calls: unknown[][] } {
  const calls: unknown[][] = []
  return {
    calls,
    check: async (draft) => {
      calls.push(["check", draft])
      return { findings: [], problems: [] }
    },
    allow: async (text) => {
      calls.push(["allow", text])
    },
    count: async (key, by) => {
      calls.push(["count", key, by])
    },
    warm: async () => {
      calls.push(["warm"])
    }
  }
}

describe("isBypMessage", () => {
  test.each([
    [{ type: "byp:check", draft: { text: "hi" } }, true],
    [{ type: "byp:check", draft: {} }, false],
    [{ type: "byp:allow", text: "Emma Jones" }, true],
    [{ type: "byp:allow", text: "  " }, false],
    [{ type: "byp:count", key: "shown" }, true],
    [{ type: "byp:count", key: "text" }, false],
    [{ type: "byp:warm" }, true],
    [{ type: "byp:ocr" }, false],
    [null, false],
    ["byp:check", false]
  ])("%j → %s", (m, ok) => {
    expect(isBypMessage(m)).toBe(ok)
  })
})

describe("handleMessage", () => {
  test("ignores messages that are not ours (so OCR and others can answer)", () => {
    expect(handleMessage({ type: "byp:ocr" }, deps())).toBeUndefined()
  })

  test("check passes only the draft fields the checker reads", async () => {
    const d = deps()
    const draft = { text: "Hi", site: "x", account: { handle: "ms_r", extra: 1 }, evil: "<script>" }
    await handleMessage({ type: "byp:check", draft }, d)
    expect(d.calls).toEqual([["check", { text: "Hi", site: "x", account: { handle: "ms_r" } }]])
  })

  test("an unknown site is dropped", async () => {
    const d = deps()
    await handleMessage({ type: "byp:check", draft: { text: "Hi", site: "myspace" } }, d)
    expect(d.calls).toEqual([["check", { text: "Hi" }]])
  })

  test("allow and count answer ok", async () => {
    const d = deps()
    await expect(handleMessage({ type: "byp:allow", text: "Emma" }, d)).resolves.toEqual({
      ok: true
    })
    await expect(handleMessage({ type: "byp:count", key: "fixed", by: 2 }, d)).resolves.toEqual({
      ok: true
    })
    expect(d.calls).toEqual([
      ["allow", "Emma"],
      ["count", "fixed", 2]
    ])
  })
})

describe("parseStringList", () => {
  test.each([
    ['["Emma","Liam"]', ["Emma", "Liam"]],
    [["Emma", 3], ["Emma"]],
    ["not json", []],
    [undefined, []],
    ['{"a":1}', []]
  ])("%j", (v, expected) => {
    expect(parseStringList(v)).toEqual(expected)
  })
})

describe("attachments from the page", () => {
  test("only kind, a short label and the text read from the photo reach the checker", async () => {
    const d = deps()
    await handleMessage(
      {
        type: "byp:check",
        draft: {
          text: "Awards night!",
          attachments: [
            { kind: "image", name: "Photo 1", text: "Congratulations Emma Thompson", extra: 1 },
            { kind: "script", name: "x".repeat(100) },
            null
          ]
        }
      },
      d
    )
    const draft = d.calls[0]![1] as { attachments: unknown[] }
    expect(draft.attachments).toEqual([
      { kind: "image", name: "Photo 1", text: "Congratulations Emma Thompson" },
      { kind: "other", name: "x".repeat(40) },
      { kind: "other" }
    ])
  })

  test("face boxes pass as finite numbers only", async () => {
    const d = deps()
    await handleMessage(
      {
        type: "byp:check",
        draft: {
          text: "",
          attachments: [
            {
              kind: "image",
              name: "Photo 1",
              faces: {
                width: 100,
                height: 80,
                boxes: [
                  { x: 1, y: 2, w: 3, h: 4, score: 0.9 },
                  { x: "1", y: 2, w: 3, h: 4 },
                  { x: NaN, y: 2, w: 3, h: 4 }
                ]
              }
            },
            { kind: "image", faces: { width: 0, height: 10, boxes: [] } }
          ]
        }
      },
      d
    )
    const draft = d.calls[0]![1] as { attachments: unknown[] }
    expect(draft.attachments).toEqual([
      {
        kind: "image",
        name: "Photo 1",
        faces: { width: 100, height: 80, boxes: [{ x: 1, y: 2, w: 3, h: 4 }] }
      },
      { kind: "image" }
    ])
  })
})
