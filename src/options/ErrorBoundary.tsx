import { Component, type ErrorInfo, type ReactNode } from "react"

import { t } from "../i18n"

/**
 * Keeps one broken section from blanking the page: the section is replaced by a
 * plain sentence and the rest keeps working. Never logs settings values.
 */
export class ErrorBoundary extends Component<
  { name: string; children: ReactNode },
  { failed: string | null }
> {
  state = { failed: null as string | null }

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) }
  }

  componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // The message is shown on the page; nothing is logged (it could quote a setting).
  }

  render() {
    if (this.state.failed === null) return this.props.children
    return (
      <div className="card error-card" role="alert" data-byp-section-error={this.props.name}>
        <p>{t("sectionFailed", this.props.name)}</p>
        <p className="muted">{this.state.failed}</p>
        <button type="button" onClick={() => this.setState({ failed: null })}>
          {t("tryAgain")}
        </button>
      </div>
    )
  }
}
