/**
 * Panel styles, scoped by the shadow root. Colours are chosen for WCAG 2.1 AA:
 * every text/background pair below is ≥ 4.5:1, focus rings ≥ 3:1 against both
 * the panel and the page.
 */
export const PANEL_CSS = `
:host { all: initial; display: block; }
.byp { --bg:#ffffff; --fg:#1f2937; --muted:#4b5563; --border:#9ca3af; --btn-bg:#1d4ed8; --btn-fg:#ffffff;
  --btn2-bg:#ffffff; --btn2-fg:#1e3a8a; --focus:#1d4ed8;
  --warn-bg:#fef3c7; --warn-fg:#78350f; --warn-bar:#b45309;
  --block-bg:#fee2e2; --block-fg:#7f1d1d; --block-bar:#b91c1c;
  --info-bg:#dbeafe; --info-fg:#1e3a8a; --info-bar:#1d4ed8; --ok:#166534;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--border); border-radius: 10px; margin: 6px 0; padding: 6px 10px;
  box-sizing: border-box; max-width: 100%; text-align: left; }
.byp.dark { --bg:#15202b; --fg:#f3f4f6; --muted:#d1d5db; --border:#6b7280; --btn-bg:#93c5fd; --btn-fg:#0b1220;
  --btn2-bg:#15202b; --btn2-fg:#bfdbfe; --focus:#93c5fd;
  --warn-bg:#78350f; --warn-fg:#fef3c7; --warn-bar:#f59e0b;
  --block-bg:#7f1d1d; --block-fg:#fee2e2; --block-bar:#f87171;
  --info-bg:#1e3a8a; --info-fg:#dbeafe; --info-bar:#93c5fd; --ok:#86efac; }
.head { display:flex; align-items:center; gap:8px; }
.title { font-weight:600; flex:1; }
.ok { color: var(--ok); }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px; min-height: 28px; }
button:focus-visible, input:focus-visible, .byp:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.fix { background: var(--btn-bg); color: var(--btn-fg); border: 1px solid var(--btn-bg); }
.secondary, .toggle { background: var(--btn2-bg); color: var(--btn2-fg); border: 1px solid var(--btn2-fg); }
ul { list-style: none; margin: 6px 0 0; padding: 0; }
li.finding { border-left: 4px solid var(--warn-bar); padding: 6px 8px; margin: 6px 0; border-radius: 4px; background: var(--bg); }
li.finding[data-severity="block"] { border-left-color: var(--block-bar); }
li.finding[data-severity="info"] { border-left-color: var(--info-bar); }
.badge { display:inline-block; font-size: 12px; font-weight: 700; padding: 1px 6px; border-radius: 4px; margin-right: 6px;
  background: var(--warn-bg); color: var(--warn-fg); }
.badge.block { background: var(--block-bg); color: var(--block-fg); }
.badge.info { background: var(--info-bg); color: var(--info-fg); }
.badge.certain { margin: 0 0 0 6px; background: var(--info-bg); color: var(--info-fg); }
.match { font-weight: 600; background: var(--warn-bg); color: var(--warn-fg); padding: 0 3px; border-radius: 3px; }
li[data-severity="block"] .match { background: var(--block-bg); color: var(--block-fg); }
li.more { color: var(--muted); padding: 4px 8px; }
.msg { margin: 4px 0; }
.clause { color: var(--muted); font-size: 12px; margin: 2px 0 6px; }
.actions { display:flex; flex-wrap: wrap; gap: 6px; }
.advice { color: var(--muted); font-size: 13px; }
.blur-preview { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.blur-preview figure { margin: 0; width: 45%; max-width: 200px; }
.blur-preview img { display: block; width: 100%; height: auto; }
.blur-preview figcaption { font-size: 12px; color: var(--muted); }
.blur-after { position: relative; }
.blur-after button { position: absolute; padding: 0; background: transparent; border: 2px solid #e8a33d; cursor: pointer; }
.blur-after button[aria-pressed="false"] { border-style: dashed; border-color: #2f9e44; }
.notice { margin: 6px 0 0; padding: 6px 8px; border-radius: 6px; background: var(--info-bg); color: var(--info-fg); }
.where { margin: 4px 0 0; }
.checklist { list-style: disc; margin: 4px 0 0; padding-left: 20px; }
.ocr-status:not(:empty) { display:flex; align-items:center; gap: 8px; margin: 6px 0 0; color: var(--muted); }
.ocr-status progress { flex: 0 1 120px; accent-color: var(--btn-bg); }
.sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
`

export const CONFIRM_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,0.45); z-index: 2147483647; display:flex;
  align-items:center; justify-content:center; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.dialog { background: #ffffff; color: #1f2937; max-width: 440px; width: calc(100% - 32px); border-radius: 12px; padding: 18px;
  max-height: calc(100vh - 32px); overflow-y: auto; box-sizing: border-box;
  box-shadow: 0 10px 30px rgba(0,0,0,0.35); }
.dialog.dark { background: #15202b; color: #f3f4f6; }
h2 { font-size: 17px; margin: 0 0 8px; }
ul { margin: 6px 0 10px; padding-left: 20px; }
label { display:flex; gap: 8px; align-items: flex-start; margin: 10px 0; }
.row { display:flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
button { font: inherit; cursor: pointer; border-radius: 8px; padding: 6px 14px; min-height: 32px; }
.primary { background: #1d4ed8; color: #ffffff; border: 1px solid #1d4ed8; }
.secondary { background: transparent; color: #1e3a8a; border: 1px solid #1e3a8a; }
.dark .primary { background: #93c5fd; color: #0b1220; border-color: #93c5fd; }
.dark .secondary { color: #bfdbfe; border-color: #bfdbfe; }
button:disabled { opacity: 0.6; cursor: not-allowed; }
button:focus-visible, input:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.dark button:focus-visible, .dark input:focus-visible { outline-color: #93c5fd; }
`
