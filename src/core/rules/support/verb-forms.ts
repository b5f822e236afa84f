/**
 * Verb inflections for the rules' small grammars, so a lexicon lists a verb once
 * ("cancel", "reporter") and the patterns still meet every form a teacher types
 * ("cancelling", "canceled", "reportons", "reporteront"). Forms are accent-folded
 * and lower-case, like the rules' normalised text (é → e, ç → c).
 */

/** English: base, third person, -ing and past forms ("cancel" → cancels, cancelling, canceling, cancelled…). */
export function englishForms(base: string): {
  base: string
  s: string[]
  ing: string[]
  ed: string[]
} {
  const stems = doubledStems(base)
  const s = /(?:s|sh|ch|x|z)$/.test(base)
    ? base + "es"
    : /[^aeiou]y$/.test(base)
      ? base.slice(0, -1) + "ies"
      : base + "s"
  const ing = stems.map((st) =>
    /ie$/.test(st)
      ? st.slice(0, -2) + "ying"
      : /[^aeioy]e$/.test(st)
        ? st.slice(0, -1) + "ing"
        : st + "ing"
  )
  const ed = stems.map((st) =>
    /e$/.test(st) ? st + "d" : /[^aeiou]y$/.test(st) ? st.slice(0, -1) + "ied" : st + "ed"
  )
  return { base, s: [s], ing, ed }
}

/**
 * "ban" → "bann" (banning, banned); "cancel" → both spellings (cancelling, canceling):
 * a short consonant-vowel-consonant verb doubles its last letter, "-el" may or may not.
 */
function doubledStems(base: string): string[] {
  if (/el$/.test(base)) return [base + "l", base]
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base)) return [base + base.slice(-1)]
  return [base]
}

/** The French forms the rules read: present, future and past participle, for "nous", "on/il/elle" and "ils". */
export interface FrenchForms {
  inf: string
  nous: string
  il: string
  ils: string
  futNous: string
  futIl: string
  futIls: string
  /** Past participle, all genders and numbers ("decide", "decidee", "decides", "decidees"). */
  pp: string[]
}

/** Irregular verbs (or verbs whose stem changes): [nous, il, ils, future stem, participle]. */
const IRREGULAR: Record<string, [string, string, string, string, string]> = {
  aller: ["allons", "va", "vont", "ir", "alle"],
  choisir: ["choisissons", "choisit", "choisissent", "choisir", "choisi"],
  interdire: ["interdisons", "interdit", "interdisent", "interdir", "interdit"],
  suspendre: ["suspendons", "suspend", "suspendent", "suspendr", "suspendu"],
  rendre: ["rendons", "rend", "rendent", "rendr", "rendu"],
  offrir: ["offrons", "offre", "offrent", "offrir", "offert"],
  rouvrir: ["rouvrons", "rouvre", "rouvrent", "rouvrir", "rouvert"],
  ouvrir: ["ouvrons", "ouvre", "ouvrent", "ouvrir", "ouvert"],
  accueillir: ["accueillons", "accueille", "accueillent", "accueiller", "accueilli"],
  mettre: ["mettons", "met", "mettent", "mettr", "mis"],
  permettre: ["permettons", "permet", "permettent", "permettr", "permis"],
  remettre: ["remettons", "remet", "remettent", "remettr", "remis"],
  maintenir: ["maintenons", "maintient", "maintiennent", "maintiendr", "maintenu"],
  reduire: ["reduisons", "reduit", "reduisent", "reduir", "reduit"],
  prendre: ["prenons", "prend", "prennent", "prendr", "pris"],
  faire: ["faisons", "fait", "font", "fer", "fait"],
  partir: ["partons", "part", "partent", "partir", "parti"],
  sortir: ["sortons", "sort", "sortent", "sortir", "sorti"],
  voir: ["voyons", "voit", "voient", "verr", "vu"],
  rappeler: ["rappelons", "rappelle", "rappellent", "rappeller", "rappele"],
  appeler: ["appelons", "appelle", "appellent", "appeller", "appele"],
  cueillir: ["cueillons", "cueille", "cueillent", "cueiller", "cueilli"],
  courir: ["courons", "court", "courent", "courr", "couru"],
  revenir: ["revenons", "revient", "reviennent", "reviendr", "revenu"],
  venir: ["venons", "vient", "viennent", "viendr", "venu"],
  tenir: ["tenons", "tient", "tiennent", "tiendr", "tenu"],
  rejoindre: ["rejoignons", "rejoint", "rejoignent", "rejoindr", "rejoint"],
  resoudre: ["resolvons", "resout", "resolvent", "resoudr", "resolu"],
  promouvoir: ["promouvons", "promeut", "promeuvent", "promouvr", "promu"]
}

/** French forms of an infinitive (accent-folded): "reporter" → reportons, reporte, reportent, reporterons… */
export function frenchForms(inf: string): FrenchForms {
  const irregular = IRREGULAR[inf]
  let nous: string, il: string, ils: string, fut: string, pp: string
  if (irregular) [nous, il, ils, fut, pp] = irregular
  else if (inf.endsWith("er")) {
    const stem = inf.slice(0, -2)
    // "changer" → "changeons": the g stays soft before o.
    nous = stem + (stem.endsWith("g") ? "eons" : "ons")
    il = stem + "e"
    ils = stem + "ent"
    fut = inf
    pp = stem + "e"
  } else if (inf.endsWith("ir")) {
    // Regular -ir verbs ("finir" → finissons, finit, finissent).
    const stem = inf.slice(0, -2)
    ;[nous, il, ils, fut, pp] = [stem + "issons", stem + "it", stem + "issent", inf, stem + "i"]
  } else {
    // Regular -re verbs ("attendre" → attendons, attend, attendent).
    const stem = inf.slice(0, -2)
    ;[nous, il, ils, fut, pp] = [stem + "ons", stem, stem + "ent", stem + "r", stem + "u"]
  }
  const pps = /[eiu]$/.test(pp) ? [pp, pp + "e", pp + "s", pp + "es"] : [pp, pp + "e", pp + "es"]
  return {
    inf,
    nous,
    il,
    ils,
    futNous: fut + "ons",
    futIl: fut + "a",
    futIls: fut + "ont",
    pp: [...new Set(pps)]
  }
}

/** A regex alternation of words, longest first so a form is never cut short by its prefix. */
export function alternatives(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join("|")
}
