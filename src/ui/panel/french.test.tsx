import { readFileSync } from "fs"
import { join } from "path"
import { renderToStaticMarkup } from "react-dom/server"

import { createChecker } from "../../core/checker"
import { defaultCheckSettings } from "../../settings/defaults"
import { ConfirmDialog } from "./ConfirmDialog"
import { Panel } from "./Panel"

/**
 * The panel and the confirm dialog with the browser answering in French (as
 * chrome.i18n does for a fr-CA browser) and the checker's messages in French.
 */
type Messages = Record<string, { message: string }>
const fr = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "..", "locales", "fr", "messages.json"), "utf8")
) as Messages

const g = globalThis as { chrome?: unknown }
beforeAll(() => {
  g.chrome = {
    i18n: {
      getUILanguage: () => "fr-CA",
      getMessage: (key: string, subs: string[] = []) =>
        (fr[key]?.message ?? "").replace(/\$(\d)/g, (w, n: string) => subs[Number(n) - 1] ?? w)
    }
  }
})
afterAll(() => delete g.chrome)

const checker = createChecker({ ...defaultCheckSettings, locale: "fr" })
const { findings } = checker.check({
  text: "Félicitations à Emma Thompson pour sa victoire !",
  attachments: [{ kind: "image", name: "Photo 1" }]
})
const noop = () => undefined

test("the panel speaks French, and the photo checklist is split into items", () => {
  const html = renderToStaticMarkup(
    <Panel
      state="findings"
      findings={findings}
      theme="light"
      collapsed={false}
      onToggle={noop}
      onFix={noop}
      onIgnore={noop}
    />
  )
  expect(html).toContain('aria-label="Avant de publier"')
  expect(html).toContain("Avant de publier : 2 éléments à revoir")
  expect(html).toMatch(/Nom complet d’un élève<\/strong> : <span[^>]*>Emma Thompson/)
  expect(html).toContain("Garder seulement le prénom")
  expect(html).toContain("Pas un élève")
  expect(html).toContain("Masquer")
  expect(html).toContain("1 photo en pièce jointe. Avant de publier, vérifiez :<ul")
  expect(html.match(/<li>[^<]+<\/li>/g)).toHaveLength(5)
  expect(html).not.toMatch(/Before|Warning|Keep first|Not a student|check:/)
})

test("the confirm dialog speaks French", () => {
  const html = renderToStaticMarkup(
    <ConfirmDialog findings={findings} needsAck theme="light" onReview={noop} onPostAnyway={noop} />
  )
  expect(html).toContain("Cette publication a encore 2 éléments à revoir :")
  expect(html).toContain("Avertissement : Nom complet d’un élève")
  expect(html).toContain("Remarque : Photo ou vidéo d’élèves")
  expect(html).toContain("J’ai le consentement écrit du parent ou du tuteur")
  expect(html).toContain("Publier quand même")
  expect(html).not.toMatch(/Review|Post anyway|thing/)
})
