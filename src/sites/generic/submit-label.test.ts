import { labelKind } from "../submit"
import { EDITOR_MARKERS } from "."

/** On a site we do not know, a final word or a send word marks the control that sends. */
const isSubmitLabel = (label: string) => ["final", "comment"].includes(labelKind(label))

/** The generic adapter's send-control words (issue 15): hints by label, in several languages. */
test.each([
  "Post",
  "Post all",
  "Publish",
  "Publish now",
  "Publier",
  "Publier maintenant",
  "Share",
  "Partager",
  "Submit",
  "Send",
  "Envoyer",
  "Reply",
  "Répondre",
  "Update",
  "Mettre à jour",
  "  publish  ",
  "Veröffentlichen",
  "Publicar",
  "Опублікувати",
  // WordPress's Publish reads "Schedule" once a date is set: it commits the post.
  "Schedule",
  "Programmer"
])("%s sends", (label) => expect(isSubmitLabel(label)).toBe(true))

test.each([
  "Save draft",
  "Preview",
  "Save as draft",
  "Enregistrer le brouillon",
  "Posted 3 days ago",
  "Postpone",
  "Sharepoint",
  "Cancel",
  "Next photo",
  "Publications",
  ""
])("%s does not send", (label) => expect(isSubmitLabel(label)).toBe(false))

test("editor markers cover every library the issue names", () => {
  const css = EDITOR_MARKERS.map((m) => m.css).join(" ")
  for (const marker of [
    "data-lexical-editor",
    "public-DraftEditor-content",
    "ProseMirror",
    "ql-editor",
    "data-slate-editor",
    "ck-editor__editable",
    "textarea"
  ])
    expect(css).toContain(marker)
  for (const m of EDITOR_MARKERS) expect(m.note.length).toBeGreaterThan(10)
})
