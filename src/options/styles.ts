/**
 * Options page styles. Colours meet WCAG 2.1 AA: body text #1f2937 on #ffffff
 * (14.7:1), muted #4b5563 (7.5:1), links/buttons #1d4ed8 (6.7:1), errors #991b1b
 * on #fef2f2 (7.9:1), locked badge #78350f on #fef3c7 (8.6:1). Focus rings 3 px.
 */
export const OPTIONS_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: #1f2937;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.skip { position: absolute; left: -9999px; top: 0; background: #1d4ed8; color: #fff; padding: 8px 12px; z-index: 10; }
.skip:focus { left: 8px; top: 8px; }
header.top, main { max-width: 880px; margin: 0 auto; padding: 0 16px; }
header.top { padding-top: 16px; }
h1 { font-size: 1.75rem; margin: 8px 0; }
h2 { font-size: 1.3rem; margin: 0 0 8px; }
h3 { font-size: 1.05rem; margin: 12px 0 4px; }
nav ul { list-style: none; padding: 0; margin: 8px 0 16px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
a { color: #1d4ed8; }
.card { background: #fff; border: 1px solid #d1d5db; border-radius: 10px; padding: 16px 20px; margin: 16px 0; }
.intro, .muted, .hint { color: #4b5563; }
.hint { margin: 2px 0 4px; font-size: 0.92rem; }
.field { margin: 14px 0; }
label { display: block; font-weight: 600; margin: 8px 0 2px; }
.toggle { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin: 8px 0; }
.toggle label { display: inline; margin: 0; }
.toggle .hint { flex-basis: 100%; margin-left: 28px; }
input[type=checkbox] { width: 20px; height: 20px; margin: 0; accent-color: #1d4ed8; }
textarea, input[type=text], select { width: 100%; font: inherit; color: #1f2937; background: #fff;
  border: 1px solid #6b7280; border-radius: 6px; padding: 6px 8px; }
select { width: auto; min-width: 10rem; }
textarea[readonly], input[readonly], select:disabled { background: #f3f4f6; color: #374151; border-style: dashed; }
.mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
button, .button-like { font: inherit; font-weight: 600; cursor: pointer; border-radius: 6px; padding: 6px 14px;
  min-height: 36px; background: #fff; color: #1e3a8a; border: 1px solid #1e3a8a; display: inline-block; margin: 0; }
button.primary { background: #1d4ed8; color: #fff; border-color: #1d4ed8; }
button:disabled { background: #e5e7eb; color: #4b5563; border-color: #9ca3af; cursor: not-allowed; }
:focus-visible, .file:focus-within .button-like { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 6px 0; }
.file { position: relative; display: inline-block; }
.visually-hidden-file { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
.locked { display: inline-block; font-size: 0.85rem; font-weight: 600; background: #fef3c7; color: #78350f;
  border: 1px solid #b45309; border-radius: 999px; padding: 0 8px; margin-left: 6px; }
.lock-icon { vertical-align: -1px; }
.status { position: sticky; top: 0; z-index: 5; min-height: 0; }
.status.ok, .status.error { margin: 8px 0; padding: 8px 12px; border-radius: 8px; }
.status.ok { background: #dcfce7; color: #14532d; border: 1px solid #166534; }
.status.error { background: #fef2f2; color: #991b1b; border: 1px solid #991b1b; }
.warn-card { background: #fef2f2; border-color: #991b1b; color: #7f1d1d; }
.note-card { background: #eff6ff; border-color: #1d4ed8; color: #1e3a8a; }
.error-card { border-color: #991b1b; }
.error { color: #991b1b; font-weight: 600; }
ul.rules, ul.custom-rules, ul.accounts { list-style: none; padding: 0; margin: 0; }
li.rule { border-top: 1px solid #e5e7eb; padding: 8px 0; }
.controls { display: flex; flex-wrap: wrap; gap: 4px 24px; align-items: flex-end; }
.controls .select label { margin-top: 0; }
blockquote.clause { margin: 6px 0; padding: 6px 10px; border-left: 4px solid #9ca3af; background: #f9fafb; color: #374151; font-size: 0.92rem; }
fieldset { border: 1px solid #d1d5db; border-radius: 8px; margin: 10px 0; padding: 8px 14px 12px; }
legend { font-weight: 700; padding: 0 4px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; align-items: end; }
mark { background: #fde68a; color: #1f2937; padding: 0 2px; margin-right: 6px; border-radius: 3px; }
.try-panel { margin-top: 10px; }
.problems-inline { color: #7f1d1d; }
@media (max-width: 600px) { .grid2 { grid-template-columns: 1fr; } }
`
