import { defaultSettings } from "../../src/settings/defaults"
import { resolve } from "../../src/settings/resolve"
import {
  matchPatternProblem,
  originPattern,
  urlMatches,
  usablePatterns
} from "../../src/sites/extra-sites"

/** Issue 15 part 2: `extraSites`, the division's extra sites for the generic adapter. */

test.each([
  "https://*.blogspot.com/*",
  "https://www.linkedin.com/*",
  "https://schoolblog.example.org/wp-admin/*",
  "*://classroom.example.edu/*",
  "http://intranet.pwsd.example:8080/*"
])("accepts %s", (p) => expect(matchPatternProblem(p)).toBeNull())

test.each([
  ["https://*/*", "all-hosts"],
  ["*://*/*", "all-hosts"],
  ["<all_urls>", "all-hosts"],
  ["ftp://example.org/*", "scheme"],
  ["file:///home/*", "scheme"],
  ["www.linkedin.com", "format"],
  ["https://www.linkedin.com", "format"],
  ["https://exa mple.org/*", "format"],
  ["https://www.*.com/*", "format"],
  ["https://-bad.example/*", "format"]
])("refuses %s (%s)", (p, why) => expect(matchPatternProblem(p)).toBe(why))

test("asks for the origin of a pattern", () => {
  expect(originPattern("https://schoolblog.example.org/wp-admin/*")).toBe(
    "https://schoolblog.example.org/*"
  )
  expect(originPattern("https://*.Blogspot.com/*")).toBe("https://*.blogspot.com/*")
  expect(originPattern("nonsense")).toBeNull()
})

test("matches URLs like the browser", () => {
  expect(urlMatches("https://*.blogspot.com/*", "https://mrsk.blogspot.com/2026/01/x.html")).toBe(
    true
  )
  expect(urlMatches("https://*.blogspot.com/*", "https://blogspot.com/")).toBe(true)
  expect(urlMatches("https://*.blogspot.com/*", "https://evilblogspot.com/")).toBe(false)
  expect(urlMatches("https://www.linkedin.com/*", "http://www.linkedin.com/feed")).toBe(false)
  expect(urlMatches("*://www.linkedin.com/*", "http://www.linkedin.com/feed")).toBe(true)
  expect(
    urlMatches(
      "https://schoolblog.example.org/wp-admin/*",
      "https://schoolblog.example.org/wp-admin/post-new.php"
    )
  ).toBe(true)
  expect(
    urlMatches("https://schoolblog.example.org/wp-admin/*", "https://schoolblog.example.org/2026/")
  ).toBe(false)
})

test("usable patterns: trimmed, refused ones and duplicates left out", () => {
  expect(
    usablePatterns([" https://a.example/* ", "https://*/*", "https://a.example/*", "x"])
  ).toEqual(["https://a.example/*"])
})

test("old settings and policy without extraSites keep working (default: none)", () => {
  const r = resolve(defaultSettings, { sites: { x: false } }, { divisionNames: ["PWSD"] })
  expect(r.problems).toEqual([])
  expect(r.effective.extraSites).toEqual([])
})

test("policy sets extraSites and locks it; a bad pattern is a problem, not a throw", () => {
  const r = resolve(
    defaultSettings,
    { extraSites: ["https://mine.example/*"] },
    {
      extraSites: ["https://schoolblog.example.org/*", "https://*/*", 42, "www.linkedin.com"]
    }
  )
  expect(r.effective.extraSites).toEqual(["https://schoolblog.example.org/*"])
  expect(r.locks).toContain("extraSites")
  const texts = r.problems.map((p) => JSON.stringify(p))
  expect(texts.some((t) => t.includes("every website"))).toBe(true)
  expect(texts.some((t) => t.includes("not a usable site pattern"))).toBe(true)
  expect(r.problems.length).toBeGreaterThanOrEqual(3)
})

test("French wording of a bad pattern", () => {
  const r = resolve(defaultSettings, {}, { extraSites: ["linkedin"] }, "fr")
  expect(JSON.stringify(r.problems)).toContain("modèle de site utilisable")
})

test("the teacher may list sites when policy does not", () => {
  const r = resolve(defaultSettings, { extraSites: ["https://www.linkedin.com/*"] }, {})
  expect(r.effective.extraSites).toEqual(["https://www.linkedin.com/*"])
  expect(r.locks).not.toContain("extraSites")
})
