import type { Attachment, Draft } from "../core/types"
import { isSiteId } from "../sites/registry"
import type { SiteId } from "../sites/registry"
import {
  isBypMessage,
  type CheckReply,
  type CountKey,
  type PagePolicy
} from "../messaging/protocol"

/** What the message handler needs; injected so it is tested without a browser. */
export interface HandlerDeps {
  check(draft: Draft): Promise<CheckReply>
  allow(text: string): Promise<void>
  count(key: CountKey, by?: number): Promise<void>
  warm(): Promise<void>
  /** The page's switches and site overrides (no lists, no names). */
  page?(site: SiteId): Promise<PagePolicy>
}

/** Answers one runtime message, or returns undefined for messages that are not ours. */
export function handleMessage(msg: unknown, deps: HandlerDeps): Promise<unknown> | undefined {
  if (!isBypMessage(msg)) return undefined
  switch (msg.type) {
    case "byp:check":
      return deps.check(sanitizeDraft(msg.draft))
    case "byp:allow":
      return deps.allow(msg.text).then(() => ({ ok: true }))
    case "byp:count":
      return deps.count(msg.key, msg.by).then(() => ({ ok: true }))
    case "byp:warm":
      return deps.warm().then(() => ({ ok: true }))
    case "byp:page":
      return isSiteId(msg.site) && deps.page ? deps.page(msg.site) : undefined
  }
}

/** Only the fields the checker reads, from an untrusted page. */
function sanitizeDraft(d: Draft): Draft {
  const out: Draft = { text: String(d.text) }
  if (isSiteId(d.site)) out.site = d.site
  if (d.account && typeof d.account === "object") {
    const { handle, profile } = d.account
    out.account = {
      ...(typeof handle === "string" ? { handle } : {}),
      ...(typeof profile === "string" ? { profile } : {})
    }
  }
  if (Array.isArray(d.attachments)) out.attachments = d.attachments.slice(0, 20).map(toAttachment)
  return out
}

/** Text read from a photo is checked like the post: keep it a bounded string. */
function toAttachment(a: Attachment): Attachment {
  const kind = a?.kind === "image" || a?.kind === "video" ? a.kind : "other"
  const out: Attachment = { kind }
  if (typeof a?.name === "string") out.name = a.name.slice(0, 40)
  if (typeof a?.text === "string") out.text = a.text.slice(0, 20_000)
  const faces = toFaces(a?.faces)
  if (faces) out.faces = faces
  return out
}

/** Face boxes from the page: finite numbers only, at most 200 boxes (a content script is not trusted). */
function toFaces(f: Attachment["faces"] | undefined): Attachment["faces"] | undefined {
  const num = (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined
  const width = num(f?.width)
  const height = num(f?.height)
  if (!width || !height || !Array.isArray(f?.boxes)) return undefined
  const boxes = f.boxes.slice(0, 200).flatMap((b) => {
    const [x, y, w, h] = [num(b?.x), num(b?.y), num(b?.w), num(b?.h)]
    return x === undefined || y === undefined || w === undefined || h === undefined
      ? []
      : [{ x, y, w, h }]
  })
  return { width, height, boxes }
}
