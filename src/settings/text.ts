import { fillTemplate } from "../core/i18n"

/**
 * The words of settings problems (resolve.ts, accept.ts, messages.ts) in English
 * and Canadian French, like the checker's own text (src/core/i18n). The options
 * page passes the UI language; the CLI, the background and tests get English.
 * Problems are built from pieces (source label, subject, complaint, what applies
 * instead), so each piece is one entry here.
 *
 *   settingsText("fr", "list.cut", { key: '"schools"', count: 3000, max: 2000 })
 */

export type SettingsLocale = "en" | "fr"

export const SETTINGS_EN = {
  "source.managed": "Division policy",
  "source.user": "Your settings",

  "expected.string": "text",
  "expected.boolean": "true or false",
  "expected.array": "a list",
  "expected.object": "a group of settings (an object)",
  "expected.number": "a number",
  "expected.int": "a whole number",

  "value.null": "nothing (null)",
  "value.nothing": "nothing",
  "value.list": "a list",
  "value.text": "text",
  "value.true": "true",
  "value.false": "false",
  "value.number": "a number",
  "value.object": "a group of settings",

  "path.item": "item {n}",

  "issue.missing": "is missing",
  "issue.type": "must be {expected} (got {got})",
  "issue.enum": "must be one of {values} (got {got})",
  "issue.too-long": "is too long (at most {max} characters)",
  "issue.too-large": "is too large (at most {max})",
  "issue.empty": "must not be empty",
  "issue.too-short": "is too short (at least {min} characters)",
  "issue.too-small": "is too small (at least {min})",
  "issue.format": "has the wrong format",
  "issue.slug": 'must use only lowercase letters, digits and single dashes, like "no-bus-numbers"',
  "issue.duplicate-id": 'another custom rule already uses the id "{id}"',
  "issue.match-pattern":
    '"{pattern}" is not a usable site pattern (write it like https://*.blogspot.com/* or https://www.linkedin.com/*)',
  "issue.pattern-all-hosts":
    '"{pattern}" would cover every website; name the site, like https://schoolblog.example.org/*',
  got: "(got {got})",

  "list.no-usable-item": "{key} has no usable item",
  "list.cut": "{key} has {count} items; only the first {max} are used",
  "list.unreadable": "{key} could not be read",
  "list.item": "{key} item {n}",
  "list.custom-rule": 'custom rule "{id}" ({where})',
  "list.rule-ignored": "this rule is ignored",
  "list.account-ignored": "this account is ignored",
  "list.item-ignored": "this item is ignored",
  "list.unknown-field":
    '{key} item {n} has a field "{field}" this extension does not know{guess}; that field is ignored',

  colon: "{subject}: {rest}",
  labelled: "{label}: {message}.",
  "labelled-instead": "{label}: {problem}; {instead}.",
  guess: ' (did you mean "{key}"?)',
  unreadable: "The settings could not be read (unexpected error); using the defaults.",
  "root.managed":
    "The division policy must be a group of settings (a JSON object), but it is {got}; it is ignored.",
  "root.user":
    "Your saved settings must be a group of settings (a JSON object), but they are {got}; they are ignored and the defaults are used.",
  "not-an-object":
    '{label}: "{key}" must be a group of settings (an object), not {got}; it is ignored.',
  "instead.default": "using the default",
  "instead.policy": "the division policy's value applies anyway",
  "instead.own": "using your own setting",
  "schema-version": '{label}: "schemaVersion" is managed by the extension itself; it is ignored.',
  "unknown.key": '"{key}" is not a setting this extension knows',
  "unknown.custom-switch":
    '"rules.{key}": custom rules are switched on and off with "enabled" inside "customRules"',
  "unknown.rule": '"rules.{key}": there is no built-in check with that id (known: {known})',
  ignored: "{label}: {why}{guess}; it is ignored.",
  "save.locked": "This setting is set by your division.",
  "save.invalid": "Not a valid value.",
  "import.not-json": "The file is not valid JSON ({error}). Nothing was imported."
} as const

export type SettingsTextId = keyof typeof SETTINGS_EN

export const SETTINGS_FR: Record<SettingsTextId, string> = {
  "source.managed": "Politique de la division",
  "source.user": "Vos paramètres",

  "expected.string": "du texte",
  "expected.boolean": "true ou false",
  "expected.array": "une liste",
  "expected.object": "un groupe de paramètres (un objet)",
  "expected.number": "un nombre",
  "expected.int": "un nombre entier",

  "value.null": "rien (null)",
  "value.nothing": "rien",
  "value.list": "une liste",
  "value.text": "du texte",
  "value.true": "true",
  "value.false": "false",
  "value.number": "un nombre",
  "value.object": "un groupe de paramètres",

  "path.item": "élément {n}",

  "issue.missing": "est manquant",
  "issue.type": "doit être {expected} (reçu : {got})",
  "issue.enum": "doit être l’une des valeurs {values} (reçu : {got})",
  "issue.too-long": "est trop long (au plus {max} caractères)",
  "issue.too-large": "est trop grand (au plus {max})",
  "issue.empty": "ne doit pas être vide",
  "issue.too-short": "est trop court (au moins {min} caractères)",
  "issue.too-small": "est trop petit (au moins {min})",
  "issue.format": "n’a pas le bon format",
  "issue.slug":
    "ne doit contenir que des lettres minuscules, des chiffres et des tirets simples, comme « no-bus-numbers »",
  "issue.duplicate-id": "une autre règle personnalisée utilise déjà l’identifiant « {id} »",
  "issue.match-pattern":
    "« {pattern} » n’est pas un modèle de site utilisable (écrivez-le comme https://*.blogspot.com/* ou https://www.linkedin.com/*)",
  "issue.pattern-all-hosts":
    "« {pattern} » couvrirait tous les sites Web; nommez le site, comme https://schoolblog.example.org/*",
  got: "(reçu : {got})",

  "list.no-usable-item": "{key} n’a aucun élément utilisable",
  "list.cut": "{key} a {count} éléments; seuls les {max} premiers sont utilisés",
  "list.unreadable": "{key} n’a pas pu être lu",
  "list.item": "{key} élément {n}",
  "list.custom-rule": "règle personnalisée « {id} » ({where})",
  "list.rule-ignored": "cette règle est ignorée",
  "list.account-ignored": "ce compte est ignoré",
  "list.item-ignored": "cet élément est ignoré",
  "list.unknown-field":
    "{key} élément {n} a un champ « {field} » que cette extension ne connaît pas{guess}; ce champ est ignoré",

  colon: "{subject} : {rest}",
  labelled: "{label} : {message}.",
  "labelled-instead": "{label} : {problem}; {instead}.",
  guess: " (vouliez-vous dire « {key} »?)",
  unreadable:
    "Les paramètres n’ont pas pu être lus (erreur inattendue); les valeurs par défaut sont utilisées.",
  "root.managed":
    "La politique de la division doit être un groupe de paramètres (un objet JSON), mais c’est {got}; elle est ignorée.",
  "root.user":
    "Vos paramètres enregistrés doivent être un groupe de paramètres (un objet JSON), mais c’est {got}; ils sont ignorés et les valeurs par défaut sont utilisées.",
  "not-an-object":
    "{label} : « {key} » doit être un groupe de paramètres (un objet), pas {got}; il est ignoré.",
  "instead.default": "la valeur par défaut est utilisée",
  "instead.policy": "la valeur de la politique de la division s’applique quand même",
  "instead.own": "votre propre réglage est utilisé",
  "schema-version":
    "{label} : « schemaVersion » est géré par l’extension elle-même; il est ignoré.",
  "unknown.key": "« {key} » n’est pas un paramètre que cette extension connaît",
  "unknown.custom-switch":
    "« rules.{key} » : les règles personnalisées s’activent et se désactivent avec « enabled » dans « customRules »",
  "unknown.rule":
    "« rules.{key} » : aucune vérification intégrée ne porte cet identifiant (connues : {known})",
  ignored: "{label} : {why}{guess}; il est ignoré.",
  "save.locked": "Ce paramètre est établi par votre division.",
  "save.invalid": "Cette valeur n’est pas valide.",
  "import.not-json": "Le fichier n’est pas du JSON valide ({error}). Rien n’a été importé."
}

const CATALOGS: Record<SettingsLocale, Record<SettingsTextId, string>> = {
  en: SETTINGS_EN,
  fr: SETTINGS_FR
}

export function settingsText(
  locale: SettingsLocale | undefined,
  id: SettingsTextId,
  params: Record<string, string | number> = {}
): string {
  return fillTemplate(CATALOGS[locale ?? "en"]?.[id] ?? SETTINGS_EN[id], params)
}

/** A quoted setting name in the locale's quotation marks: "schools" / « schools ». */
export function quoted(locale: SettingsLocale | undefined, s: string): string {
  return locale === "fr" ? `« ${s} »` : `"${s}"`
}
