import { useEffect, useId, useMemo, useRef, useState } from "react"

import type { Finding } from "../../core/types"
import { t, uiLanguage } from "../../i18n"
import { planFix } from "../../page/fix-plan"
import { SITE_IDS, type SiteId } from "../../sites/registry"
import { checkerFromSettings } from "../../settings/checker"
import { Panel } from "../../ui/panel/Panel"
import { createShadowMount, type ShadowMount } from "../../ui/panel/mount"
import { Section } from "../ui"
import type { LiveState } from "../useLive"
import { siteName } from "./MyAccounts"

const SAMPLE =
  "Congratulations to Emma Thompson on her science fair win! Our Grade 5 class at Park West School Division heads to the museum on Friday at 9:30."

/**
 * "Try a post": the same checker and the same panel the teacher sees on the
 * sites, run here with the settings above. The checker is rebuilt whenever the
 * settings change, so an edit above shows here at once.
 */
export function TryPostSection({ live }: { live: NonNullable<LiveState["live"]> }) {
  const id = useId()
  const [text, setText] = useState(SAMPLE)
  const [site, setSite] = useState<SiteId>(SITE_IDS[0]!)
  const [photo, setPhoto] = useState(false)
  const [collapsed, setCollapsed] = useState(false)
  const [ignored, setIgnored] = useState<string[]>([])
  const checker = useMemo(() => checkerFromSettings(live.effective, uiLanguage()), [live.effective])
  const findings = useMemo(() => {
    const attachments = photo ? [{ kind: "image" as const, name: t("tryPhotoName") }] : []
    return checker
      .check({ text, site, attachments })
      .findings.filter((f) => !ignored.includes(f.match))
  }, [checker, text, site, photo, ignored])

  return (
    <Section id="try" title={t("tryHeading")} intro={t("tryIntro")}>
      <div className="grid2">
        <div>
          <label htmlFor={`${id}-site`}>{t("trySite")}</label>
          <select
            id={`${id}-site`}
            value={site}
            onChange={(e) => setSite(e.target.value as SiteId)}
          >
            {SITE_IDS.map((s) => (
              <option key={s} value={s}>
                {siteName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="toggle">
          <input
            id={`${id}-photo`}
            type="checkbox"
            checked={photo}
            onChange={(e) => setPhoto(e.target.checked)}
          />
          <label htmlFor={`${id}-photo`}>{t("tryPhoto")}</label>
        </div>
      </div>
      <label htmlFor={`${id}-text`}>{t("tryLabel")}</label>
      <textarea
        id={`${id}-text`}
        data-byp-try
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ShadowPanel
        findings={findings}
        collapsed={collapsed}
        onToggle={() => setCollapsed(!collapsed)}
        onFix={(f, fix) => {
          const plan = planFix(text, f, fix)
          if (plan) setText(plan.expected)
        }}
        onIgnore={(f) => setIgnored([...ignored, f.match])}
      />
      {checker.problems.length > 0 && (
        <ul className="problems-inline">
          {checker.problems.map((p) => (
            <li key={p.key}>{p.message}</li>
          ))}
        </ul>
      )}
    </Section>
  )
}

/** The site panel in its own shadow root, with its own styles, exactly as on the sites. */
function ShadowPanel(p: {
  findings: Finding[]
  collapsed: boolean
  onToggle(): void
  onFix: Parameters<typeof Panel>[0]["onFix"]
  onIgnore(f: Finding): void
}) {
  const slot = useRef<HTMLDivElement>(null)
  const mount = useRef<ShadowMount | null>(null)
  useEffect(() => {
    const m = createShadowMount("panel")
    slot.current?.append(m.host)
    mount.current = m
    return () => {
      // Unmounting a root during React's own render warns; defer it.
      setTimeout(() => m.unmount(), 0)
      mount.current = null
    }
  }, [])
  useEffect(() => {
    mount.current?.root.render(
      <Panel
        state={p.findings.length ? "findings" : "clean"}
        findings={p.findings}
        theme="light"
        collapsed={p.collapsed}
        onToggle={p.onToggle}
        onFix={p.onFix}
        onIgnore={p.onIgnore}
      />
    )
  })
  return <div ref={slot} className="try-panel" />
}
