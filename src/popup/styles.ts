/** Popup styles; the same AA-checked colours as the options page. */
export const POPUP_CSS = `
* { box-sizing: border-box; }
body { margin: 0; min-width: 340px; max-width: 400px; background: #fff; color: #1f2937;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.popup { padding: 12px 14px; }
h1 { font-size: 1.15rem; margin: 0 0 8px; }
h2 { font-size: 1rem; margin: 12px 0 4px; }
h3 { font-size: 0.95rem; margin: 8px 0 2px; }
.muted { color: #4b5563; }
.ok { color: #166534; font-weight: 600; }
.paused { background: #fef3c7; color: #78350f; padding: 4px 8px; border-radius: 6px; }
ul { padding-left: 18px; margin: 4px 0; }
ul.findings { list-style: none; padding: 0; }
ul.findings li { margin: 4px 0; }
.badge { display: inline-block; font-size: 0.8rem; font-weight: 700; border-radius: 4px; padding: 0 6px; }
.badge.block { background: #fee2e2; color: #7f1d1d; }
.badge.warn { background: #fef3c7; color: #78350f; }
.badge.info { background: #dbeafe; color: #1e3a8a; }
button { font: inherit; font-weight: 600; cursor: pointer; border-radius: 6px; padding: 4px 12px; min-height: 32px;
  background: #fff; color: #1e3a8a; border: 1px solid #1e3a8a; margin: 6px 0; }
button.link { background: #1d4ed8; color: #fff; border-color: #1d4ed8; display: block; width: 100%; margin-top: 12px; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.counts dl { display: flex; gap: 12px; margin: 4px 0; }
.counts dl div { flex: 1; background: #f3f4f6; border-radius: 6px; padding: 4px 8px; }
dt { font-size: 0.8rem; color: #374151; }
dd { margin: 0; font-size: 1.2rem; font-weight: 700; }
`
