import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Discipline told as what a student did, for confidential-student-info, over
 * NORMALISED text (accents folded): an act of violence or bullying (a verb of the
 * act) aimed at a person (a target noun), a threat, damage, leaving class, a count of
 * serious incidents, and French forms of the same ("a frappé un autre enfant",
 * "intimide une élève", "pris en train de tricher"). The act needs its target: "hit
 * the ball", "kicked a goal" stay clean.
 */

/** Acts that are discipline matters when aimed at a person. */
const ACT_EN =
  "(?:punched|punches|punching|hit|hits|hitting|kicked|kicks|kicking|bit|bites|biting|slapped|slapping|shoved|shoving|pushed|pushing|choked|choking|stabbed|scratched|spat on|spit on|attacked|assaulted|tripped|bullied|bullies|bullying|threatened|threatens|threatening|harassed|harassing|swore at|swears at|swearing at|cursed at|yelled slurs at|sexted|groped)"

/** Whom: another pupil, an adult at school, or the teacher writing. */
const TARGET_EN =
  "(?:(?:a|an|another|the|his|her|their|my|our|one of (?:the|his|her|my|our)|two|three|several|some|a fellow|an older|a younger|a little|a new) (?:\\w+ )?(?:kid|kids|student|students|classmate|classmates|peer|peers|boy|boys|girl|girls|child|children|friend|friends|teacher|ea|educational assistant|aide|sub|substitute|supply teacher|staff member|principal|vp|vice-principal|bus driver|lunch supervisor)|someone|somebody)"

const ACT_FR =
  "(?:frappe|frappait|mordu|mord|pousse|bouscule|attaque|agresse|insulte|menace|intimide|intimidait|gifle|egratigne|crache sur|donne un coup (?:de poing |de pied )?a)"

const TARGET_FR =
  "(?:(?:un|une|son|sa|ses|l'|le|la|les|un autre|une autre|deux|des|d'autres) ?(?:ami|amie|amis|amies|eleve|eleves|camarade|camarades|enfant|enfants|enseignante?|prof|educatrice|educateur|ae|aide-enseignante?|direction|directrice|directeur|surveillante?|brigadier|chauffeur|fille|garcon|petite?|autre)|quelqu'un)"

export const CONDUCT_ACT_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "behaviour",
    re: quickToCompile(
      alt([
        `\\b${ACT_EN} ${TARGET_EN}\\b`,
        "\\bthreatened to (?:bring a|hurt|kill|stab|shoot|punch|beat up|burn)\\b|\\b(?:punched|bit|slapped|spat on|spit on|swore at|cursed at|threatened|assaulted|attacked) me\\b",
        "\\b(?:punched|kicked|smashed|put his fist through|put her fist through) (?:a hole in |holes in )?(?:the|a) (?:wall|window|door|chromebook|ipad|smart ?board)\\b",
        "\\b(?:stormed out|walked out of (?:class|my class|the classroom)|eloped|bolted from (?:the )?(?:class|classroom|school|building))\\b",
        "\\b(?:had|has had|has|another|with) (?:\\d+|two|three|four|five|several|multiple|a|an|another) (?:major |serious |violent |behaviou?r(?:al)? |safety |big )incidents?\\b",
        "\\b(?:because of|due to) (?:his|her|their) (?:behaviou?r|conduct|outbursts|aggression)\\b",
        `\\b(?:a|avait|a ete) ${ACT_FR} ${TARGET_FR}\\b`,
        `\\b(?:qui|il|elle) (?:intimide|intimidait|menace|frappe|frappait) ${TARGET_FR}\\b`,
        "\\b(?:a lance|lance|a renverse) (?:une chaise|un bureau|une table|des chaises|un pupitre)\\b",
        "\\bpris(?:e)? (?:en train de|a) (?:tricher|voler|vapoter|fumer|se battre|frapper)\\b|\\ba (?:fugue|claque la porte et quitte)\\b"
      ]),
      "i"
    )
  },
  {
    // A French present tense right after a name: "Zoé intimide une élève" (the name has a capital).
    kind: "behaviour",
    re: quickToCompile(
      `\\b[A-Z][a-z]+ (?:intimide|intimidait|frappe|frappait|menace|bouscule) ${TARGET_FR}\\b`
    )
  }
]
