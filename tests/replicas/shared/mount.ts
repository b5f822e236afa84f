import type React from "react"
import { flushSync } from "react-dom"
import { createRoot } from "react-dom/client"

import { installReplicaApi, type OpenKind } from "./replica-api"

/**
 * Starts a replica page: installs `window.__replica`, renders the app into
 * `#rootId` synchronously, then marks the API ready so tests never race the first
 * render. `open` runs inside flushSync so a test sees the opened composer at once.
 */
export function mountReplica(
  rootId: string,
  app: React.ReactElement,
  kinds: OpenKind[],
  open: (kind: OpenKind) => void
): void {
  const api = installReplicaApi(kinds, (kind) => flushSync(() => open(kind)))
  const mount = document.getElementById(rootId)
  if (!mount) return
  flushSync(() => createRoot(mount).render(app))
  api.ready = true
}
