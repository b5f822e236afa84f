import { selectorProblem } from "./selector-syntax"

describe("selectorProblem", () => {
  test.each([
    '[role="textbox"][contenteditable="true"]',
    '[data-pagelet="GroupInlineComposer"] [data-testid="send"]',
    "form textarea, [role='dialog'] [role=\"button\"]",
    'div:not([aria-hidden="true"]) > button',
    '[aria-label="Publier \\"maintenant\\""]'
  ])("%s is well formed", (css) => {
    expect(selectorProblem(css)).toBeNull()
  })

  test.each([
    ["", "is empty"],
    ['[role="textbox"', 'has an unclosed "["'],
    ["div:not(.a", 'has an unclosed "("'],
    ['[aria-label="Post]', "has an unclosed quote"],
    ["div]", 'has an unmatched "]"'],
    ["div { color: red }", "may not contain { } or ;"],
    ["> div", "starts or ends with a combinator or comma"],
    ["a,,b", "has an empty part between commas"]
  ])("%s is refused (%s)", (css, why) => {
    expect(selectorProblem(css)).toBe(why)
  })
})
