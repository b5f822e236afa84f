import { useEffect, type ReactNode } from "react"

import { t, uiLanguage, type MessageKey } from "../i18n"
import { ErrorBoundary } from "./ErrorBoundary"
import { Problems } from "./Problems"
import { CustomRulesSection } from "./sections/CustomRules"
import { DivisionSection } from "./sections/Division"
import { MyAccountsSection } from "./sections/MyAccounts"
import { NamesSection } from "./sections/Names"
import { RulesSection } from "./sections/Rules"
import { SitesSection } from "./sections/Sites"
import { TransferSection } from "./sections/Transfer"
import { TryPostSection } from "./sections/TryPost"
import { OPTIONS_CSS } from "./styles"
import { useLiveSettings } from "./useLive"

type State = ReturnType<typeof useLiveSettings>
type Live = NonNullable<State["live"]>

/** The page's sections, in order: the navigation and the body both read this list. */
const SECTIONS: readonly {
  id: string
  heading: MessageKey
  render(live: Live, state: State): ReactNode
}[] = [
  {
    id: "division",
    heading: "divisionHeading",
    render: (live, s) => <DivisionSection live={live} save={s.save} />
  },
  {
    id: "accounts",
    heading: "myAccountsHeading",
    render: (live, s) => <MyAccountsSection live={live} save={s.save} />
  },
  {
    id: "names",
    heading: "namesHeading",
    render: (live, s) => <NamesSection live={live} save={s.save} announce={s.announce} />
  },
  {
    id: "rules",
    heading: "rulesHeading",
    render: (live, s) => <RulesSection live={live} save={s.save} user={s.user} />
  },
  {
    id: "custom",
    heading: "customHeading",
    render: (live, s) => <CustomRulesSection live={live} save={s.save} />
  },
  {
    id: "sites",
    heading: "sitesHeading",
    render: (live, s) => <SitesSection live={live} save={s.save} user={s.user} />
  },
  { id: "try", heading: "tryHeading", render: (live) => <TryPostSection live={live} /> },
  {
    id: "transfer",
    heading: "transferHeading",
    render: (live, s) => <TransferSection live={live} announce={s.announce} />
  }
]

export function OptionsPage() {
  useEffect(() => {
    document.title = t("optionsTitle")
    document.documentElement.lang = uiLanguage() === "fr" ? "fr-CA" : "en"
  }, [])
  return (
    <>
      <style>{OPTIONS_CSS}</style>
      <a className="skip" href="#main">
        {t("skipToContent")}
      </a>
      <header className="top">
        <h1>{t("optionsTitle")}</h1>
        <p>{t("optionsIntro")}</p>
        <nav aria-label={t("navLabel")}>
          <ul>
            {SECTIONS.map(({ id, heading }) => (
              <li key={id}>
                <a href={`#${id}`}>{t(heading)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <ErrorBoundary name={t("optionsTitle")}>
        <Body />
      </ErrorBoundary>
    </>
  )
}

function Body() {
  const state = useLiveSettings()
  const { live, status } = state
  return (
    <main id="main" tabIndex={-1}>
      <div
        className={`status ${status?.kind ?? ""}`}
        role="status"
        aria-live="polite"
        data-byp-status
      >
        {status?.text ?? ""}
      </div>
      {!live ? (
        <p>{t("loading")}</p>
      ) : (
        <>
          <Problems live={live} />
          {SECTIONS.map(({ id, heading, render }) => (
            <ErrorBoundary key={id} name={t(heading)}>
              {render(live, state)}
            </ErrorBoundary>
          ))}
        </>
      )}
    </main>
  )
}
