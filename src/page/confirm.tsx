import type { Finding } from "../core/types"
import { ConfirmDialog } from "../ui/panel/ConfirmDialog"
import { createShadowMount } from "../ui/panel/mount"

export type ConfirmAnswer = "review" | "post"

let open: Promise<ConfirmAnswer> | null = null

/** Shows the "Review / Post anyway" dialog once; a second Post press while it is open waits for it. */
export function askBeforePosting(
  findings: readonly Finding[],
  opts: {
    needsAck: boolean
    allowed: boolean
    theme: "light" | "dark"
    /** "Still reading 1 photo — findings may be missing." */
    pending?: string
  }
): Promise<ConfirmAnswer> {
  if (open) return open
  const previous = document.activeElement
  const mount = createShadowMount("confirm")
  document.body.appendChild(mount.host)
  open = new Promise<ConfirmAnswer>((resolve) => {
    const done = (answer: ConfirmAnswer) => {
      mount.unmount()
      open = null
      if (answer === "review" && previous instanceof HTMLElement) previous.focus()
      resolve(answer)
    }
    mount.root.render(
      <ConfirmDialog
        findings={findings}
        needsAck={opts.needsAck}
        allowed={opts.allowed}
        theme={opts.theme}
        pending={opts.pending}
        onReview={() => done("review")}
        onPostAnyway={() => done("post")}
      />
    )
  })
  return open
}

export function confirmOpen(): boolean {
  return open !== null
}
