import { readFileSync } from "fs"
import { join } from "path"

import { FB_ATTACHMENTS, FB_COMMENT_SUBMIT, FB_EDITORS, FB_SUBMIT } from "./facebook/selectors"
import { IG_EDITORS, IG_SUBMIT } from "./instagram/selectors"
import type { Selector } from "./types"
import { X_ACCOUNT, X_ATTACHMENTS, X_EDITORS, X_SUBMIT } from "./x/selectors"

/**
 * Selector lists are the part of the extension that breaks when a site changes,
 * so they follow rules a reviewer should not have to remember.
 */
const lists: Record<string, readonly Selector[]> = {
  X_EDITORS,
  X_SUBMIT,
  X_ATTACHMENTS,
  X_ACCOUNT,
  FB_EDITORS,
  FB_SUBMIT,
  FB_COMMENT_SUBMIT,
  FB_ATTACHMENTS,
  IG_EDITORS,
  IG_SUBMIT
}

describe.each(Object.entries(lists))("%s", (_name, list) => {
  test("is a non-empty fallback list", () => {
    expect(list.length).toBeGreaterThan(0)
  })

  test.each(list.map((s) => [s.css, s] as const))(
    "%s says what it matches and where",
    (_css, s) => {
      expect(typeof s.css).toBe("string")
      expect(s.note.length).toBeGreaterThan(15)
    }
  )

  test.each(list.map((s) => [s.css] as const))("%s avoids generated class names", (css) => {
    // Atomic/hashed classes (css-175oi2r, r-1wbh5a2, x1n2onr6) change with every build.
    expect(css).not.toMatch(/\.(css-|r-)[0-9a-z]{5,}|\.x[0-9a-z]{5,}\b/)
  })

  test.each(list.map((s) => [s.css] as const))("%s is not a translated label alone", (css) => {
    // Labels are allowed only together with a role or structure in the same selector.
    if (/aria-label=/.test(css)) expect(css).toMatch(/\[role=|button|form/)
  })
})

test("the X editor list covers the Draft.js composer and the mobile textarea", () => {
  const css = X_EDITORS.map((s) => s.css).join("\n")
  expect(css).toContain('[data-testid^="tweetTextarea_"][contenteditable="true"]')
  expect(css).toContain('textarea[data-testid^="tweetTextarea_"]')
})

test("the Facebook editor list covers the Lexical editor", () => {
  expect(FB_EDITORS[0]!.css).toBe(
    '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'
  )
})

test("content scripts stay thin: one call into the page runtime", () => {
  for (const site of ["facebook", "instagram", "x"]) {
    const src = readFileSync(join(__dirname, "../contents", `${site}.ts`), "utf8")
    expect(src).toMatch(/startPage\(\w+Adapter, "\w+"\)/)
    expect(src.split("\n").length).toBeLessThan(20)
  }
})
