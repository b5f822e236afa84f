import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Finding } from "../../types"

/**
 * Outings said as a visit or an activity at a place, French travel verbs, live "spending the day"
 * and "en train de", pick-ups and returns, written apart from the dev sets; and near misses of the
 * same shapes that stay quiet: lessons that "explore", tours of the school's own rooms, a camp
 * someone came from, a teacher's own family, a thank-you to a business.
 */
const checker = createChecker(defaultCheckSettings)
const trips = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "field-trip-details")

/** [post, the flagged text]. */
const flagged: [string, string][] = [
  // A performance said in the French future, at a place away ("chantera au Festival…").
  [
    "Le 14 juin, la chorale chantera au Festival du Voyageur à Winnipeg.",
    "Le 14 juin, la chorale chantera au Festival du Voyageur à Winnipeg."
  ],
  [
    "Jeudi le 5, les 7e joueront au tournoi de Neepawa.",
    "Jeudi le 5, les 7e joueront au tournoi de Neepawa."
  ],
  // Something about to begin at the place the class is now ("starts in 15 minutes").
  [
    "At the Manitoba Museum with my grade 4s, the planetarium show starts in 15 minutes!",
    "At the Manitoba Museum with my grade 4s, the planetarium show starts in 15 minutes!"
  ],
  [
    "Nous sommes à la Ferme Gagnon avec les 2e, la traite commence dans 10 minutes.",
    "Nous sommes à la Ferme Gagnon avec les 2e, la traite commence dans 10 minutes."
  ],
  [
    "Le 14 mai, mes 4e découvriront la ferme de M. Gagnon.",
    "Le 14 mai, mes 4e découvriront la ferme de M. Gagnon."
  ],
  [
    "Le 3 avril, les 8e voyageront à Ottawa pour trois jours.",
    "Le 3 avril, les 8e voyageront à Ottawa pour trois jours."
  ],
  [
    "Les élèves de 7e séjourneront au camp Cedarwood du 27 au 29 mai.",
    "Les élèves de 7e séjourneront au camp Cedarwood du 27 au 29 mai."
  ],
  [
    "Ce matin, les 4e découvrent la ferme de M. Gagnon.",
    "Ce matin, les 4e découvrent la ferme de M. Gagnon."
  ],
  ["On passe la matinée au parc avec les 2e!", "On passe la matinée au parc avec les 2e!"],
  [
    "Nous sommes en train de faire une randonnée au parc Birds Hill!",
    "Nous sommes en train de faire une randonnée au parc Birds Hill!"
  ],
  [
    "Cueillette des élèves à 15 h 30 au centre communautaire après la visite.",
    "Cueillette des élèves à 15 h 30 au centre communautaire après la visite."
  ],
  [
    "Retour prévu vers 15 h à l'école après la visite au musée.",
    "Retour prévu vers 15 h à l'école après la visite au musée."
  ],
  [
    "We're spending the day at Birds Hill Park with the grade 4s!",
    "We're spending the day at Birds Hill Park with the grade 4s!"
  ],
  [
    "Exploring the marsh with the grade 4s this morning!",
    "Exploring the marsh with the grade 4s this morning!"
  ],
  [
    "This morning: hiking the Bald Hill trail with the grade 7s, back for lunch.",
    "This morning: hiking the Bald Hill trail with the grade 7s, back for lunch."
  ],
  [
    "Paddling down the Whitemud River with my outdoor ed class today.",
    "Paddling down the Whitemud River with my outdoor ed class today."
  ],
  [
    "Snowshoeing through the woods at FortWhyte with my grade 5s this morning.",
    "Snowshoeing through the woods at FortWhyte with my grade 5s this morning."
  ],
  [
    "Bowling with the grade 4s at Chateau Lanes this afternoon 🎳",
    "Bowling with the grade 4s at Chateau Lanes this afternoon 🎳"
  ],
  [
    "Thanks to the parents driving us to the zoo Friday at 9!",
    "Thanks to the parents driving us to the zoo Friday at 9!"
  ],
  [
    "Merci aux parents qui nous accompagnent au zoo vendredi à 9 h!",
    "Merci aux parents qui nous accompagnent au zoo vendredi à 9 h!"
  ],
  [
    "Dans deux semaines, les 5e iront au Planétarium.",
    "Dans deux semaines, les 5e iront au Planétarium."
  ],
  [
    "In two weeks the grade 4s are going to the Children's Museum.",
    "In two weeks the grade 4s are going to the Children's Museum."
  ],
  [
    "Our grade 2s are on a nature walk at Oak Hammock Marsh until lunch!",
    "Our grade 2s are on a nature walk at Oak Hammock Marsh until lunch!"
  ],
  [
    "Today we're tapping maple trees at the sugar bush with the grade 4s.",
    "Today we're tapping maple trees at the sugar bush with the grade 4s."
  ]
]

const clean: string[] = [
  "Vendredi, les 2e chanteront au gymnase pour les grands-parents.",
  "Le 3 juin, mes 5e joueront au soccer pendant la récré.",
  "Our math test starts in 10 minutes, wish us luck!",
  "Recess starts in 5 minutes and it's -30 outside.",
  "En direct de la classe de 3e : on fabrique des volcans ce matin!",
  "Parents at pickup today were so patient in the rain.",
  "Huge line at drop-off this morning, please be patient.",
  "We're exploring fractions today!",
  "This morning we're exploring the water cycle.",
  "We're walking through the new math unit this week.",
  "Les 4e découvrent les fractions ce matin.",
  "We're touring our school with the new kindergarten families Tuesday at 6.",
  "We're touring our new library this morning!",
  "Welcoming a new student today whose family arrived as refugees from a camp in Kenya.",
  "Subbed at that school across the river today.",
  "Family day at Riding Mountain this weekend with my own kiddos 🥾",
  "Taking my own kids to the zoo Saturday morning.",
  "This weekend my family is going to the lake.",
  "Mes enfants iront chez leurs grands-parents à Gimli le 3 juillet.",
  "Vendredi, je vais au cinéma avec mon chum.",
  "Merci mille fois à la boulangerie du village pour les beignes ce matin 🍩",
  "Thanks to the Co-op for the hot dogs this afternoon!",
  "Nous sommes en train de corriger les bulletins ce soir.",
  "Rendez-vous parents-enseignants le 12 mai à 18 h.",
  "Rendez-vous chez le dentiste jeudi à 14 h, je serai absente l'après-midi.",
  "Le 12 mai, les élèves de 3e iront en récréation à 10 h.",
  "My husband and I are skiing at Mount Agassiz this weekend.",
  "Ce week-end, je vais à la plage avec mon chum.",
  "In two weeks we start our unit on the zoo.",
  "Next week our inquiry on the Forks begins.",
  "Notre thème sur la ferme commence dans deux semaines."
]

describe("field-trip-details: visits, activities and travel in more shapes", () => {
  test.each(flagged)("flags %p", (text, words) => {
    const f = trips(text)
    expect(f).toHaveLength(1)
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(words)
  })
  test.each(clean)("does not flag %p", (text) => {
    expect(trips(text)).toEqual([])
  })
})
