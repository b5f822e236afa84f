/**
 * A CSS selector's syntax, checked without a DOM (the background and Node have no
 * `document`): balanced brackets, parentheses and quotes, no declaration block, no
 * dangling combinator. The page still wraps every use in try/catch, so a
 * selector that passes here but that the browser refuses only matches nothing.
 * Returns why a selector is refused, or null when it looks well formed.
 */
export function selectorProblem(css: string): string | null {
  const s = css.trim()
  if (!s) return "is empty"
  if (s.length > 300) return "is longer than 300 characters"
  if (/[{};]/.test(s)) return "may not contain { } or ;"
  if (/^[>+~,]|[>+~,]\s*$/.test(s)) return "starts or ends with a combinator or comma"
  if (/,\s*,/.test(s)) return "has an empty part between commas"
  const stack: string[] = []
  let quote: string | null = null
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (ch === "\\") {
      i++
      continue
    }
    if (quote) {
      if (ch === quote) quote = null
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (ch === "[" || ch === "(") stack.push(ch)
    else if (ch === "]" || ch === ")") {
      const open = stack.pop()
      if ((ch === "]" && open !== "[") || (ch === ")" && open !== "("))
        return `has an unmatched "${ch}"`
    }
  }
  if (quote) return "has an unclosed quote"
  if (stack.length) return `has an unclosed "${stack[stack.length - 1]}"`
  return null
}
