import { t } from "../i18n"
import type { LiveSettings } from "../settings/live"

/**
 * Problems with the policy or the stored settings, listed plainly at the top:
 * what was ignored and what applies instead. Unknown keys are notes (nothing was
 * lost); everything else is a problem.
 */
export function Problems({ live }: { live: LiveSettings }) {
  const errors = live.problems.filter((p) => p.level === "error")
  const notes = [
    ...live.problems.filter((p) => p.level === "info").map((p) => p.message),
    ...live.migrationNotes
  ]
  if (!errors.length && !notes.length) return null
  return (
    <div className="problems" data-byp-problems>
      {errors.length > 0 && (
        <section aria-labelledby="problems-h" className="card warn-card">
          <h2 id="problems-h">{t("problemsHeading")}</h2>
          <p>{t("problemsIntro")}</p>
          <ul>
            {errors.map((p, i) => (
              <li key={i} data-source={p.source} data-key={p.key}>
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <section aria-labelledby="notes-h" className="card note-card">
          <h2 id="notes-h">{t("notesHeading")}</h2>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
