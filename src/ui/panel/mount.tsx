import { createRoot, type Root } from "react-dom/client"

import { CONFIRM_CSS, PANEL_CSS } from "./styles"

/**
 * A host element with an open shadow root, a stylesheet and a React root inside.
 * The host is placed by the caller: next to the editor for the panel (never
 * inside it), on <body> for the confirm dialog.
 */
export interface ShadowMount {
  host: HTMLDivElement
  shadow: ShadowRoot
  root: Root
  unmount(): void
}

export function createShadowMount(kind: "panel" | "confirm"): ShadowMount {
  const host = document.createElement("div")
  host.setAttribute("data-byp-host", kind)
  host.style.display = "block"
  const shadow = host.attachShadow({ mode: "open" })
  const style = document.createElement("style")
  style.textContent = kind === "panel" ? PANEL_CSS : CONFIRM_CSS
  const container = document.createElement("div")
  shadow.append(style, container)
  const root = createRoot(container)
  return {
    host,
    shadow,
    root,
    unmount() {
      root.unmount()
      host.remove()
    }
  }
}
