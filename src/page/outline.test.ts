import { maskLabel, pageOutline, type OutlineNode } from "./outline"

/** A tiny element tree with text nodes kept apart, like the DOM's `children`. */
function el(
  tagName: string,
  attrs: Record<string, string> = {},
  children: OutlineNode[] = [],
  text = ""
): OutlineNode & { textContent: string } {
  const classes = (attrs.class ?? "").split(/\s+/)
  return {
    tagName: tagName.toUpperCase(),
    children,
    textContent: text + children.map((c) => (c as { textContent?: string }).textContent).join(""),
    getAttribute: (name) => (name in attrs ? attrs[name]! : null),
    classList: { contains: (t) => classes.includes(t) }
  }
}

const DRAFT = "Congratulations to Emma Thompson on her science fair win!"
const LISTED = ["Emma Thompson", "Liam Nguyen", "Ben Carter"]

const page = el("div", { role: "dialog", "aria-label": "Create post" }, [
  el("h2", {}, [], "Create post for Liam Nguyen's class"),
  el("form", { method: "POST" }, [
    el("span", {}, [el("strong", {}, [], "Jordan Lee")]),
    el(
      "div",
      {
        role: "textbox",
        contenteditable: "true",
        "data-lexical-editor": "true",
        "aria-label": "What's on your mind, Jordan?",
        class: "x1n2onr6 notranslate"
      },
      [el("p", {}, [el("span", { "data-lexical-text": "true" }, [], DRAFT)])]
    ),
    el("ul", { "aria-label": "Comments" }, [
      el("li", { role: "article", "aria-label": "Comment by Ben Carter" }, [], "Go Ben!")
    ]),
    el("div", { role: "button", "aria-label": "Publier", "aria-disabled": "false" }, [], "Publier"),
    el("div", { "data-byp-host": "panel" }, [], "Emma Thompson")
  ])
])

describe("pageOutline", () => {
  const outline = pageOutline(page)

  test("keeps the structure IT needs: tags, roles, labels, editor markers", () => {
    expect(outline).toContain('div role="dialog" aria-label="Create post"')
    expect(outline).toContain('form method="POST"')
    expect(outline).toContain('role="textbox" contenteditable="true" data-lexical-editor="true"')
    expect(outline).toContain('div role="button" aria-disabled="false" aria-label="Publier"')
    expect(outline).toContain("[editor content not copied]")
  })

  test("holds no draft text and no listed name, not even in labels", () => {
    expect(outline).not.toContain(DRAFT)
    for (const word of ["Congratulations", "science", "Jordan", "Go Ben"])
      expect(outline).not.toContain(word)
    for (const name of LISTED) {
      expect(outline).not.toContain(name)
      for (const part of name.split(" ")) expect(outline).not.toContain(part)
    }
    expect(outline).toContain('aria-label="Comment by … …"')
    // Our own panel is not part of the page's outline.
    expect(outline).not.toContain("data-byp-host")
  })

  test("generated classes are left out, library markers kept", () => {
    expect(outline).not.toContain("x1n2onr6")
    const draft = pageOutline(
      el("div", { class: "DraftEditor-root r-1wbh5a2" }, [
        el("div", { class: "public-DraftEditor-content", contenteditable: "true" })
      ])
    )
    expect(draft).toContain('class~="DraftEditor-root"')
    expect(draft).toContain('class~="public-DraftEditor-content"')
    expect(draft).not.toContain("r-1wbh5a2")
  })

  test("a long page is cut", () => {
    const wide = el(
      "div",
      {},
      Array.from({ length: 50 }, () => el("span"))
    )
    const lines = pageOutline(wide, { maxLines: 10 }).split("\n")
    expect(lines).toHaveLength(11)
    expect(lines.at(-1)).toBe("[outline cut here]")
  })
})

test.each([
  ["What's on your mind, Jordan?", "What's on your mind, …?"],
  ["Comment by Emma Thompson", "Comment by … …"],
  ["Post", "Post"],
  ["Photo 3 of 4", "Photo # of #"],
  ["Emma Thompson", "… …"],
  ["Emma", "…"],
  ["Close", "Close"]
])("maskLabel(%j) = %j", (label, masked) => expect(maskLabel(label)).toBe(masked))
