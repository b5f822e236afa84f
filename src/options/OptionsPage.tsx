import { useEffect } from "react"

import { t, uiLanguage } from "../i18n"
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

const SECTIONS = [
  ["division", "divisionHeading"],
  ["accounts", "myAccountsHeading"],
  ["names", "namesHeading"],
  ["rules", "rulesHeading"],
  ["custom", "customHeading"],
  ["sites", "sitesHeading"],
  ["try", "tryHeading"],
  ["transfer", "transferHeading"]
] as const

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
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
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
          <ErrorBoundary name={t("divisionHeading")}>
            <DivisionSection live={live} save={state.save} />
          </ErrorBoundary>
          <ErrorBoundary name={t("myAccountsHeading")}>
            <MyAccountsSection live={live} save={state.save} />
          </ErrorBoundary>
          <ErrorBoundary name={t("namesHeading")}>
            <NamesSection live={live} save={state.save} announce={state.announce} />
          </ErrorBoundary>
          <ErrorBoundary name={t("rulesHeading")}>
            <RulesSection live={live} save={state.save} user={state.user} />
          </ErrorBoundary>
          <ErrorBoundary name={t("customHeading")}>
            <CustomRulesSection live={live} save={state.save} />
          </ErrorBoundary>
          <ErrorBoundary name={t("sitesHeading")}>
            <SitesSection live={live} save={state.save} user={state.user} />
          </ErrorBoundary>
          <ErrorBoundary name={t("tryHeading")}>
            <TryPostSection live={live} />
          </ErrorBoundary>
          <ErrorBoundary name={t("transferHeading")}>
            <TransferSection live={live} announce={state.announce} />
          </ErrorBoundary>
        </>
      )}
    </main>
  )
}
