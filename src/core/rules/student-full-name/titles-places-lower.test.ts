import { parseMarked } from "../../../../tests/core/marked-ranges"
import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import { studentFullName } from "."

/**
 * Families from the dev10 names sets, each with its paraphrases and near misses (EN and FR):
 * a courtesy title before "Surname, Given"; an organisation's handle; provinces and places named
 * like people; numbers, determiners and adverbs after a given name; a particle before an
 * institution; and the misses: surname-first lists, word-surnames between pairs, medal labels,
 * lower-case names after an opening, two-letter surnames in tags, "Marsh" as a surname.
 * ⟦ ⟧ mark every expected finding, exact range; a row without marks must stay quiet.
 * "\n" separates the lines of a pasted list.
 */

const check = createChecker(defaultCheckSettings, [studentFullName])

// prettier-ignore
const rows: [string, string][] = [
  // A courtesy title before "Surname, Given": an adult in a staff directory.
  ["FR staff directory", "Personnel de l'école :\nDirection : Madame Lavoie, Chantal\nDirection adjointe : Monsieur Nguyen, Paul\nSecrétariat : Mme Dumas, Lise"],
  ["EN staff directory", "Office contacts\nPrincipal: Mrs. Dueck, Anna\nSecretary: Mr. Penner, Jason\nCounsellor: Dr. Sandhu, Priya"],
  ["M. before a pair in a roster line", "Honour roll: ⟦Tremblay, Sophie⟧; M. Gagnon, Luc"],
  ["a title in the header only", "Classe de Mme Roy :\n⟦Tremblay, Sophie⟧\n⟦Flett, Jordan⟧"],
  // An organisation's handle or tag: its words name an institution.
  ["FR cultural centre handle", "Merci @CentreCulturelFrancoManitobain pour l'atelier! #Culture"],
  ["EN club handle beside a student tag", "Thanks @RotaryClubWinnipeg and #⟦SophieTremblay⟧"],
  ["foundation tag named after someone", "#FondationJeanDupuis merci pour les livres"],
  ["school handle beside a student tag", "Bravo #⟦SophieTremblay⟧ et @EcoleLavallee"],
  ["a student tag with a word before it", "Congrats #Go⟦SophieTremblay⟧"],
  // Places named like people: provinces and "<Name> Park/Place/Centre".
  ["a province after a town, in a list", "Provinces project assignments:\nGroup 1: Halifax, Nova Scotia\nGroup 2: Regina, Saskatchewan\nGroup 3: Victoria, British Columbia"],
  ["a pair beside a town and its province", "Pen pals:\n⟦Tremblay, Sophie⟧\nHalifax, Nova Scotia"],
  ["Nova as a given name", "Honour roll: ⟦Flett, Nova⟧; ⟦Tremblay, Sophie⟧"],
  ["a province", "Some of our families are moving to British Columbia next year, we'll miss them!"],
  ["another province", "Two students moved to Nova Scotia this summer."],
  ["a third province", "We are moving to New Brunswick in June."],
  ["a park with a place noun after it", "Our choir sang at Grant Park shopping centre last week."],
  ["a park after 'the'", "Photos from the Grant Park mall trip"],
  ["FR a park after 'au'", "On a patiné au Grant Park samedi."],
  ["a student called Park after a cue", "Congrats to ⟦Jordan Park⟧ on the win!"],
  ["FR a student called Park", "Bravo à ⟦Jordan Park⟧ pour sa médaille"],
  ["a student called Parker", "⟦Grant Parker⟧ won the spelling bee."],
  ["a Park surname in a list", "Thanks to ⟦Emma Hall⟧ and ⟦Jordan Park⟧ for helping."],
  // Numbers, determiners and adverbs after a given name are the sentence going on.
  ["FR 'chaque'", "Merci à Mme Gagnon qui travaille en un-à-un avec Olivier chaque après-midi."],
  ["FR 'deux'", "Merci à notre orthophoniste qui voit Noémie deux fois par semaine."],
  ["FR 'trois'", "Bravo à Zoé trois fois championne!"],
  ["FR 'souvent'", "Merci à Jade souvent la première arrivée."],
  ["FR lower case 'chaque'", "merci à mme gagnon qui travaille avec olivier chaque après-midi"],
  ["EN lower case 'two'", "thanks to our slp who sees noah two times a week"],
  ["EN 'every'", "thank you to mrs dueck who works one-on-one with liam every afternoon"],
  ["a capitalised full name beside them", "Merci à ⟦Olivier Gagnon⟧ qui vient deux fois par semaine."],
  // A lower-case word before a capitalised given name is the sentence's.
  ["'guy' before a given name", "my little guy Brody who's on an adapted program wrote his name"],
  ["a given name typed in lower case before a surname", "Congrats to ⟦sophie Tremblay⟧"],
  ["a word before a full name", "Our buddy ⟦Max Flett⟧ won"],
  // Figures studied, listed together.
  ["FR figures studied, listed", "Pendant la Journée Louis-Riel, mes élèves ont appris qui étaient Jean-Baptiste Lagimodière et Marie-Anne Gaboury, et pourquoi"],
  ["EN figures studied, listed", "We learned about Viola Desmond and Marie Curie"],
  ["EN learned who", "Today we learned who Nellie Dueck was"],
  ["students listed after a figure's sentence", "We studied Louis Riel. Congrats to ⟦Sophie Tremblay⟧ and ⟦Jordan Flett⟧"],
  ["FR a student's poems", "Les poèmes de ⟦Sophie Tremblay⟧ ont gagné"],
  // A particle joins a surname, not an institution.
  ["FR 'de la Caisse'", "Merci à ⟦Bernard Dupuis⟧ de la Caisse pour le don"],
  ["FR 'du Club'", "Thanks to ⟦Luc Roy⟧ du Club Rotary for the books"],
  ["FR 'de la Ville'", "Merci à ⟦Sophie Gagnon⟧ de la Ville de Winnipeg"],
  ["particles that open surnames", "Congrats to ⟦Juan de la Cruz⟧ and ⟦Anna van der Berg⟧"],
  // Surname first, without commas, in a pasted sign-up list.
  ["a town surname in a sign-up list", "Cross-country team (pasted from the sign-up sheet): ⟦Bergen Eli⟧, ⟦Sinclair Mason⟧, ⟦Desjardins Ava⟧, ⟦Gill Simran⟧. Practice starts Monday!"],
  ["a town on its own", "Our trip to Bergen and Oslo was amazing."],
  // A word-surname between pairs that are names.
  ["a title-word surname between pairs", "Badminton doubles pairs: ⟦Tran, Linh⟧ / ⟦Olsen, Maya⟧; ⟦Keeper, Destiny⟧ / ⟦Kaur, Navneet⟧"],
  ["King between pairs", "Honour roll: ⟦Tremblay, Sophie⟧; ⟦King, Ava⟧; ⟦Flett, Jordan⟧"],
  ["roles, not names", "Roles: Keeper, Destiny; Goalie, Ava"],
  ["a coach is a title", "Contacts: Coach, Destiny; Keeper, Ava"],
  // A label, then a first name: no surname is a surname and nothing else.
  ["positions", "Positions: Goalie, Ava; Striker, Noah"],
  ["FR positions", "Postes : Gardien, Ava; Attaquant, Noah"],
  ["awards named first", "Awards: Citizenship, Emma; Leadership, Noah; Effort, Liam"],
  ["FR awards named first", "Prix : Persévérance, Emma; Leadership, Noah"],
  ["colour groups", "Reading groups: Blue, Ava; Green, Noah"],
  ["subjects", "Math, Ava; Science, Noah; Art, Liam"],
  ["word-surnames that are surnames", "Reading challenge: ⟦Thunder, Kaylee⟧; ⟦Moose, Tyler⟧"],
  ["word-surnames beside a surname", "Grade 6 honour roll: ⟦Tremblay, Sophie⟧; ⟦Cousin, Madeleine⟧; ⟦Day, Noah⟧"],
  ["a word-surname beside a town-surname and a given-name surname", "Merit list: ⟦Land, Noah⟧; ⟦Paris, Olivia⟧; ⟦Bernard, Chloé⟧."],
  ["'on' after a pair is no province", "Congratulations to ⟦FRIESEN, Ethan⟧ and ⟦PENNER, Abby⟧ on the honour roll!"],
  ["word-surnames one a line", "Honour roll:\n⟦Cousin, Madeleine⟧\n⟦Baron, Luc⟧"],
  // A medal label before the pair.
  ["FR medals", "Médailles à l'expo-sciences : Or – ⟦Champagne, Maxime⟧; Argent – ⟦Okeke, Adaeze⟧; Bronze – ⟦Vermette, Anaïs⟧ 🥇🥈🥉"],
  ["EN medals, an unknown given name", "Track meet: Gold – ⟦Okafor, Chidi⟧; Silver – ⟦Flett, Tanis⟧; Bronze – ⟦Wiebe, Kaleb⟧ 🥇"],
  ["colours after medal labels", "Colours: Gold – Yellow, Amber; Silver – Grey, Ash"],
  ["places after medal labels", "Results: Gold – Brandon, Manitoba; Silver – Regina, Saskatchewan"],
  // Lower case, after an opening.
  ["surname first in lower case", "quick pic from the talent show. ⟦tran minh chau⟧ on piano was incredible"],
  ["'ben' as a given name", "so much fun at the winter concert. loved the duet by ⟦aisha warsame⟧ & ⟦ben kowalski⟧ 🎶"],
  ["a given name that is a surname too", "félicitations à ⟦thomas bérard⟧, champion de la dictée cette année 👏"],
  ["EN the same", "congrats to ⟦thomas bérard⟧!"],
  ["two given names and a surname", "petite photo du concert : ⟦ana sofía ruiz⟧ au violon, wow"],
  ["'ben' inside a name", "congrats to ⟦ali ben ahmed⟧"],
  ["'ben' alone", "on a vu ben hier"],
  ["a thing after 'star'", "thanks to the family for the beautiful star blanket"],
  ["a thing after 'for'", "thanks for star blanket"],
  ["an adverb after a given name", "merci à nicolas chaleureusement"],
  ["FR 'aujourd'hui'", "bravo à thomas aujourd'hui"],
  // Tags with a two-letter surname.
  ["a two-letter surname in a tag", "Reading challenge winner: #⟦MinhHo⟧ with 48 books! #ReadingIsCool"],
  ["another one", "#⟦AnnaLi⟧ #GoTeam"],
  ["a word, not a given name", "#DanceDo"],
  ["a word after the short surname", "#GoMinhHoGo"],
  // "Marsh" as a surname after a cue; the marsh as a place.
  ["Marsh as a surname", "Thank you ⟦Ava Marsh⟧ for collecting all the library books today."],
  ["the marsh", "We walked to Oak Hammock Marsh"],
  ["at the marsh", "Birds at Ava Marsh this week"]
]

describe("student-full-name: titles, organisations, places, lower case (dev10 families)", () => {
  test.each(rows)("%s", (_kind, marked) => {
    const { text, ranges } = parseMarked(marked.replace(/\\n/g, "\n"))
    const got = check.check({ text }).findings.map((f) => [f.start, f.end])
    expect(got).toEqual(ranges)
  })
})
