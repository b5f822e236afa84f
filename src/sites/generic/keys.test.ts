import { entersSends, modEnterSends, type BoxFacts } from "./keys"

const box = (more: Partial<BoxFacts> = {}): BoxFacts => ({
  library: "contenteditable",
  hasSubmit: true,
  seen: {},
  ...more
})

describe("Enter sends only where the box shows it does", () => {
  test.each<[string, BoxFacts, boolean]>([
    ["a multi-line post box (TipTap)", box({ library: "prosemirror" }), false],
    ["a textarea forum reply", box({ library: "textarea" }), false],
    ["a Quill announcement", box({ library: "quill" }), false],
    ["a single-line box (aria-multiline=false)", box({ multiline: false }), true],
    ["a box that says it is multi-line", box({ multiline: true }), false],
    ["a chat box whose Enter reads Send", box({ enterKeyHint: "send" }), true],
    ["enterkeyhint=enter", box({ enterKeyHint: "enter" }), false],
    ["seen sending on Enter (a chat box)", box({ seen: { enter: "send" } }), true],
    [
      "seen making a newline, whatever it says",
      box({ enterKeyHint: "send", seen: { enter: "newline" } }),
      false
    ]
  ])("%s → %s", (_name, facts, sends) => {
    expect(entersSends(facts)).toBe(sends)
  })
})

describe("Ctrl/Cmd+Enter sends where the library leaves it to the page", () => {
  test.each<[string, BoxFacts, boolean]>([
    // TipTap's Mod-Enter is a hard break: a newline must never ask "post anyway?".
    ["TipTap / ProseMirror: a hard break", box({ library: "prosemirror" }), false],
    ["Lexical: a new paragraph", box({ library: "lexical" }), false],
    ["Draft.js: a soft newline", box({ library: "draftjs" }), false],
    ["CKEditor: a new paragraph", box({ library: "ckeditor" }), false],
    ["a textarea with a send control", box({ library: "textarea" }), true],
    ["Quill with a send control", box({ library: "quill" }), true],
    ["Slate with a send control", box({ library: "slate" }), true],
    ["a plain contenteditable with a send control", box(), true],
    [
      "a textarea with no send control found",
      box({ library: "textarea", hasSubmit: false }),
      false
    ],
    ["a box whose Enter sends", box({ library: "prosemirror", multiline: false }), true],
    [
      "ProseMirror seen sending on Ctrl+Enter",
      box({ library: "prosemirror", seen: { modEnter: "send" } }),
      true
    ],
    [
      "a textarea seen making a newline",
      box({ library: "textarea", seen: { modEnter: "newline" } }),
      false
    ]
  ])("%s → %s", (_name, facts, sends) => {
    expect(modEnterSends(facts)).toBe(sends)
  })
})
