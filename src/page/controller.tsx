import type { CheckReply, PagePolicy } from "../background/messages"
import type { Draft, Finding, Fix, SiteId } from "../core/types"
import type { SiteAdapter } from "../sites/types"
import { createShadowMount, type ShadowMount } from "../ui/panel/mount"
import { Panel, type PanelState } from "../ui/panel/Panel"
import { siteTheme } from "../ui/panel/theme"
import { applyPlan, rangeFor, readModel, readText } from "./editor-io"
import { planFix } from "./fix-plan"
import { clearHighlights, setHighlights } from "./highlight"
import { addToAllowList, count, requestCheck, warmUp } from "./messaging"
import { safe } from "./safe"
import { debounce, Sequence, withTimeout } from "./scheduler"

/** Pause in typing before a check: short enough for findings ≤ 300 ms after the pause. */
export const CHECK_DEBOUNCE_MS = 150

const CLIPBOARD_NOTICE =
  "Couldn't change the post for you — the fixed text is on your clipboard: select all in the post and paste."

/**
 * One compose box: checks its text (in the background, debounced), shows the
 * panel next to it, marks found ranges, applies fixes. Owns no page state beyond
 * its own panel host.
 */
export class EditorController {
  findings: Finding[] = []
  /** The division's switches from the last answer (site on/off, post-anyway per rule). */
  policy: PagePolicy | undefined
  private checkedText: string | null = null
  private state: PanelState = "clean"
  private collapsed = false
  private notice: string | undefined
  private readonly seq = new Sequence()
  private readonly mount: ShadowMount
  private readonly schedule = debounce(() => void this.check(), CHECK_DEBOUNCE_MS)
  private inFlight: Promise<Finding[] | null> | null = null
  private seen = new Set<string>()
  private theme: "light" | "dark" = "light"
  private themeAt = 0
  private disposed = false

  constructor(
    readonly editor: HTMLElement,
    readonly adapter: SiteAdapter,
    private readonly site: SiteId
  ) {
    this.mount = createShadowMount("panel")
    this.theme = safe(() => siteTheme(editor), "light")
    this.place()
    this.render()
    warmUp()
    this.schedule()
  }

  get connected(): boolean {
    return this.editor.isConnected
  }

  /** Keep the host next to the editor when the site re-renders around it. */
  place(): void {
    const anchor = safe(() => this.adapter.panelAnchor(this.editor), this.editor)
    // Never inside the editor: that would corrupt the text the site posts.
    let target = this.editor.contains(anchor) && anchor !== this.editor ? this.editor : anchor
    if (this.mount.host.previousElementSibling === this.placedAfter && this.mount.host.isConnected)
      return
    const before = this.editor.getBoundingClientRect().width
    target.after(this.mount.host)
    // In a flex row (comment forms) a sibling squeezes the box: move out, up to 3 levels.
    for (
      let i = 0;
      i < 3 && before > 0 && target.parentElement && target.parentElement !== document.body;
      i++
    ) {
      if (this.editor.getBoundingClientRect().width >= Math.min(before, 120)) break
      target = target.parentElement
      target.after(this.mount.host)
    }
    this.placedAfter = target
  }

  private placedAfter: Element | null = null

  onInput(): void {
    this.notice = undefined
    this.schedule()
  }

  submit(): HTMLElement | null {
    return safe(() => this.adapter.submitFor(this.editor), null)
  }

  postsOnEnter(): boolean {
    return safe(() => this.adapter.postsOnEnter(this.editor), false)
  }

  postsOnModEnter(): boolean {
    return safe(() => this.adapter.postsOnModEnter(this.editor), false)
  }

  /** True when the findings belong to the text now in the editor. */
  isFresh(): boolean {
    return !this.schedule.pending() && !this.inFlight && this.checkedText === readText(this.editor)
  }

  /** Findings for the current text, checking now if needed; null = no answer (fail open). */
  async ensureFresh(timeoutMs: number): Promise<Finding[] | null> {
    if (this.isFresh()) return this.findings
    this.schedule.cancel()
    return withTimeout(this.check(), timeoutMs, null)
  }

  /** Run pending checks now (the teacher is reaching for Post). */
  flush(): void {
    this.schedule.flush()
  }

  check(): Promise<Finding[] | null> {
    const ticket = this.seq.next()
    const text = safe(() => readText(this.editor), "")
    if (!text.trim()) {
      this.inFlight = null
      this.apply(text, { findings: [], problems: [] })
      return Promise.resolve([])
    }
    this.state = "checking"
    this.render()
    const draft: Draft = {
      text,
      site: this.site,
      account: safe(() => this.adapter.account(this.editor), undefined),
      attachments: safe(() => this.adapter.attachments(this.editor), [])
    }
    const p = requestCheck(draft).then(
      (result) => {
        if (!this.seq.isCurrent(ticket) || this.disposed) return null
        this.inFlight = null
        this.apply(text, result)
        return this.findings
      },
      () => {
        if (this.seq.isCurrent(ticket)) {
          this.inFlight = null
          this.state = this.findings.length ? "findings" : "clean"
          this.render()
        }
        return null
      }
    )
    this.inFlight = p
    return p
  }

  private apply(text: string, result: CheckReply) {
    this.checkedText = text
    if (result.policy) this.policy = result.policy
    // Checking switched off for this site: no panel, no marks, no gate.
    this.mount.host.style.display = this.policy?.enabled === false ? "none" : "block"
    this.findings = result.findings
    this.state = result.findings.length ? "findings" : "clean"
    const fresh = result.findings.filter((f) => !this.seen.has(key(f)))
    fresh.forEach((f) => this.seen.add(key(f)))
    if (fresh.length) count("shown", fresh.length)
    // Reading computed styles forces a style pass: at most every few seconds.
    if (Date.now() - this.themeAt > 5000) {
      this.theme = safe(() => siteTheme(this.editor), this.theme)
      this.themeAt = Date.now()
    }
    this.highlight()
    this.render()
  }

  private highlight() {
    safe(() => {
      const model = readModel(this.editor)
      const marks = this.findings
        .filter((f) => f.source?.kind !== "image" && f.end > f.start)
        .map((f) => ({ range: rangeFor(this.editor, f.start, f.end, model), severity: f.severity }))
        .filter((m): m is { range: Range; severity: Finding["severity"] } => !!m.range)
      setHighlights(this, marks)
    }, undefined)
  }

  async applyFix(finding: Finding, fix: Fix): Promise<void> {
    const text = readText(this.editor)
    if (text !== this.checkedText) {
      await this.check()
      return
    }
    const plan = planFix(text, finding, fix)
    if (!plan) return
    const outcome = await applyPlan(
      this.editor,
      safe(() => this.adapter.kind(this.editor), "contenteditable"),
      plan
    )
    if (outcome === "applied") count("fixed")
    else
      this.notice =
        outcome === "clipboard"
          ? CLIPBOARD_NOTICE
          : "Couldn't change the post for you. Edit it by hand."
    await this.check()
    this.render()
  }

  async ignore(finding: Finding): Promise<void> {
    // Hide it at once; the background's allow-list makes the next check agree.
    const same = (f: Finding) =>
      f.rule === finding.rule && f.match.toLowerCase() === finding.match.toLowerCase()
    this.findings = this.findings.filter((f) => !same(f))
    this.state = this.findings.length ? "findings" : "clean"
    this.highlight()
    this.render()
    try {
      await addToAllowList(finding.match)
    } catch {
      return
    }
    await this.check()
  }

  /** "Review" in the confirm dialog: open the panel and move focus to it. */
  reveal(): void {
    this.collapsed = false
    this.render()
    requestAnimationFrame(() => {
      // The first fix button when there is one: "Review" means "show me what to change".
      const first =
        this.mount.shadow.querySelector<HTMLElement>('[data-byp="fix"]') ??
        this.mount.shadow.querySelector<HTMLElement>('[data-byp="panel"]')
      first?.focus()
      this.mount.host.scrollIntoView({ block: "nearest" })
    })
  }

  render(): void {
    if (this.disposed) return
    this.mount.root.render(
      <Panel
        state={this.state}
        findings={this.findings}
        theme={this.theme}
        collapsed={this.collapsed}
        notice={this.notice}
        siteExtras={this.adapter.site !== "generic"}
        onToggle={() => {
          this.collapsed = !this.collapsed
          this.render()
        }}
        onFix={(f, fix) => void this.applyFix(f, fix)}
        onIgnore={(f) => void this.ignore(f)}
      />
    )
  }

  dispose(): void {
    this.disposed = true
    this.schedule.cancel()
    clearHighlights(this)
    safe(() => this.mount.unmount(), undefined)
  }

  get themeName(): "light" | "dark" {
    return this.theme
  }
}

function key(f: Finding): string {
  return `${f.rule}\u0000${f.match}`
}
