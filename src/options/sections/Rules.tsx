import { ruleSay } from "../../core/rule"
import { builtinRules } from "../../core/rules/registry"
import { t, uiLanguage } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import { userObject, withPath } from "../objects"
import { SeveritySelect, Section, Toggle } from "../ui"
import type { LiveState } from "../useLive"

export function RulesSection(
  props: Pick<LiveState, "save" | "user"> & { live: NonNullable<LiveState["live"]> }
) {
  const { live, save, user } = props
  const { effective: s, locks } = live
  const setRule = (path: string[], value: unknown) =>
    save("rules", withPath(userObject("rules", user), path, value))
  const setEnforcement = (path: string[], value: unknown) =>
    save("enforcement", withPath(userObject("enforcement", user), path, value))
  return (
    <Section id="rules" title={t("rulesHeading")} intro={t("rulesIntro")}>
      <ul className="rules">
        {builtinRules.map((rule) => {
          const id = rule.id
          const say = ruleSay(rule, uiLanguage())
          const ref = s.policyRefs[id] ?? rule.policyRef
          return (
            <li key={id} className="rule" data-rule={id}>
              <h3>{say("title")}</h3>
              <p className="muted">{say("description")}</p>
              {ref && (
                <blockquote className="clause">
                  <strong>{ref.clause}</strong> “{ref.quote}”
                </blockquote>
              )}
              <div className="controls">
                <Toggle
                  field={`rules.${id}.enabled`}
                  label={t("ruleOn")}
                  checked={s.rules[id].enabled}
                  locked={isLocked(locks, `rules.${id}.enabled`)}
                  onChange={(v) => setRule([id, "enabled"], v)}
                />
                <SeveritySelect
                  field={`rules.${id}.severity`}
                  label={t("severityLabel")}
                  value={s.rules[id].severity}
                  locked={isLocked(locks, `rules.${id}.severity`)}
                  onChange={(v) => setRule([id, "severity"], v)}
                />
                <Toggle
                  field={`enforcement.postAnyway.${id}`}
                  label={t("postAnywayLabel")}
                  checked={s.enforcement.postAnyway[id]}
                  locked={isLocked(locks, `enforcement.postAnyway.${id}`)}
                  onChange={(v) => setEnforcement(["postAnyway", id], v)}
                />
              </div>
            </li>
          )
        })}
      </ul>
      <h3>{t("enforcementHeading")}</h3>
      <Toggle
        field="enforcement.postAnyway.customRules"
        label={t("postAnywayCustomLabel")}
        checked={s.enforcement.postAnyway.customRules}
        locked={isLocked(locks, "enforcement.postAnyway.customRules")}
        onChange={(v) => setEnforcement(["postAnyway", "customRules"], v)}
      />
      <Toggle
        field="enforcement.allowPause"
        label={t("allowPauseLabel")}
        checked={s.enforcement.allowPause}
        locked={isLocked(locks, "enforcement.allowPause")}
        onChange={(v) => setEnforcement(["allowPause"], v)}
      />
    </Section>
  )
}
