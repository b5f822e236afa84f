import { defaultSettings } from "./defaults"
import { resolve } from "./resolve"
import { settingsSchema } from "./schema"

describe("siteOverrides in policy", () => {
  test("valid selectors and labels come through for their site", () => {
    const managed = {
      siteOverrides: {
        facebook: {
          editors: ['[data-pagelet="GroupInlineComposer"] [role="textbox"]'],
          submit: ['[data-pagelet="GroupInlineComposer"] [data-testid="send"]'],
          submitLabels: ["Publier maintenant"]
        }
      }
    }
    const r = resolve(defaultSettings, {}, managed)
    expect(r.problems).toEqual([])
    expect(r.effective.siteOverrides?.facebook?.submitLabels).toEqual(["Publier maintenant"])
    expect(settingsSchema.safeParse(r.effective).success).toBe(true)
  })

  test("a bad selector is a settings problem, never a throw, and is not applied", () => {
    const managed = {
      siteOverrides: { x: { submit: ['[data-testid="tweetButton"'] } }
    }
    let r: ReturnType<typeof resolve> | undefined
    expect(() => (r = resolve(defaultSettings, {}, managed))).not.toThrow()
    expect(r!.problems.length).toBeGreaterThan(0)
    expect(r!.problems.map((p) => p.message).join(" ")).toMatch(/unclosed "\["/)
    expect(r!.effective.siteOverrides?.x?.submit ?? []).not.toContain('[data-testid="tweetButton"')
    expect(settingsSchema.safeParse(r!.effective).success).toBe(true)
  })

  test("old settings without siteOverrides keep working", () => {
    const r = resolve(defaultSettings, { schools: ["Lakeside"] }, undefined)
    expect(r.problems).toEqual([])
    expect(r.effective.siteOverrides ?? {}).toEqual({})
  })
})
