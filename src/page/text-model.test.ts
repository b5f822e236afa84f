import { buildModel, locate, offsetOf, type NodeLike } from "./text-model"

/** A tiny DOM stand-in: enough structure for the text model, in Node. */
type Spec = string | SpecElement
interface SpecElement extends Array<string | Spec> {
  0: string
}

function el(spec: Spec, parent: NodeLike | null = null): NodeLike {
  if (typeof spec === "string")
    return { nodeType: 3, nodeName: "#text", data: spec, childNodes: [], parentNode: parent }
  const [tag, ...kids] = spec
  const node: NodeLike = {
    nodeType: 1,
    nodeName: tag,
    childNodes: [],
    parentNode: parent,
    getAttribute: () => null
  }
  node.childNodes = kids.map((k: Spec) => el(k, node))
  return node
}

describe("buildModel", () => {
  test.each<[string, Spec, string]>([
    ["plain text", ["DIV", "Hello there"], "Hello there"],
    ["Lexical paragraphs", ["DIV", ["P", ["SPAN", "One"]], ["P", ["SPAN", "Two"]]], "One\nTwo"],
    [
      "Lexical empty paragraph (placeholder br)",
      ["DIV", ["P", ["SPAN", "A"]], ["P", ["BR"]], ["P", ["SPAN", "B"]]],
      "A\n\nB"
    ],
    ["line break inside a paragraph", ["DIV", ["P", ["SPAN", "A"], ["BR"], ["SPAN", "B"]]], "A\nB"],
    ["trailing br is a placeholder", ["DIV", ["P", ["SPAN", "A"], ["BR"], ["BR"]]], "A\n"],
    [
      "Draft.js blocks",
      [
        "DIV",
        [
          "DIV",
          ["DIV", ["DIV", ["SPAN", ["SPAN", "First"]]]],
          ["DIV", ["DIV", ["SPAN", ["BR"]]]],
          ["DIV", ["DIV", ["SPAN", ["SPAN", "Third"]]]]
        ]
      ],
      "First\n\nThird"
    ],
    [
      "split spans in one line",
      ["DIV", ["P", ["SPAN", "Emma "], ["STRONG", "Jones"], ["SPAN", " won"]]],
      "Emma Jones won"
    ],
    ["loose text then a block", ["DIV", "Top", ["DIV", "Below"]], "Top\nBelow"],
    ["empty editor", ["DIV", ["P", ["BR"]]], ""]
  ])("%s", (_name, spec, expected) => {
    expect(buildModel(el(spec)).text).toBe(expected)
  })
})

describe("locate", () => {
  const root = el([
    "DIV",
    ["P", ["SPAN", "Emma "], ["STRONG", "Jones"]],
    ["P", ["BR"]],
    ["P", ["SPAN", "Bye"]]
  ])
  const model = buildModel(root)

  test("inside a text node", () => {
    const p = locate(model, 2, "start")!
    expect(p.node.data).toBe("Emma ")
    expect(p.offset).toBe(2)
  })

  test("between two spans: a start goes right, an end goes left", () => {
    expect(locate(model, 5, "start")).toMatchObject({ node: { data: "Jones" }, offset: 0 })
    expect(locate(model, 5, "end")).toMatchObject({ node: { data: "Emma " }, offset: 5 })
  })

  test("end of the text", () => {
    expect(locate(model, model.text.length, "end")).toMatchObject({
      node: { data: "Bye" },
      offset: 3
    })
  })

  test("an empty line maps to its block", () => {
    const offset = model.text.indexOf("\n") + 1
    const p = locate(model, offset, "start")!
    expect(p.node.nodeName).toBe("P")
    expect(p.offset).toBe(0)
  })

  test("offsets agree with the text for every character", () => {
    for (let i = 0; i < model.text.length; i++) {
      if (model.text[i] === "\n") continue
      const p = locate(model, i, "start")!
      expect(p.node.data?.[p.offset]).toBe(model.text[i])
    }
  })
})

describe("offsetOf", () => {
  const root = el(["DIV", ["P", ["SPAN", "Emma "], ["STRONG", "Jones"]], ["P", ["SPAN", "Con"]]])
  const model = buildModel(root)
  const textNode = (line: number, part: number) => model.lines[line]!.parts[part]!.node

  test.each<[string, number, number, number]>([
    ["start of the first node", 0, 0, 0],
    ["inside the second node of a line", 0, 1, 3],
    ["end of a line", 0, 1, 5],
    ["the second line (after the joining newline)", 1, 0, 3]
  ])("%s", (_name, line, part, offset) => {
    const node = textNode(line, part)
    const at = offsetOf(model, { node, offset })
    const back = locate(model, at!, "end")
    expect(back).toEqual({ node, offset })
  })

  test("gives the offsets the checker sees", () => {
    expect(offsetOf(model, { node: textNode(0, 1), offset: 5 })).toBe("Emma Jones".length)
    expect(offsetOf(model, { node: textNode(1, 0), offset: 3 })).toBe("Emma Jones\nCon".length)
  })

  test("a position that is not in a text node of the model is null", () => {
    expect(offsetOf(model, { node: root, offset: 1 })).toBeNull()
    expect(offsetOf(model, { node: el("elsewhere"), offset: 0 })).toBeNull()
  })
})
