import { alternatives, englishForms, frenchForms } from "../support/verb-forms"
import { quickToCompile } from "../../text/quick-compile"

/**
 * Cue lists for field-trip-details (AP 144: limit information about field trips
 * and off-site activities). Plain regular expressions over one sentence of
 * normalised text (accents folded, dashes as "-", quotes straight): linear time,
 * no NLP, so re-checking a long paragraph stays cheap.
 */

const DAY =
  "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
const MONTH =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|" +
  "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|fevrier|mars|avril|mai|juin|juillet|aout|" +
  "septembre|octobre|novembre|decembre)\\.?"
const ORD = "(?:st|nd|rd|th|er)?"
const PART_OF_DAY = "(?: morning| afternoon| evening| night)?"
const AMPM = "(?:a\\.?m\\b\\.?|p\\.?m\\b\\.?)"

/** Kinds of "when": a clock time, a day or date, or a live "right now". */
export type WhenKind = "time" | "date" | "live"

/** Each pattern is global; `kind` says what removing it means ("Remove the time" / "the date"). */
export const WHEN: { kind: WhenKind; re: RegExp }[] = [
  // "9:30", also typed "9 : 30" (or with odd spaces, which normalise to " ").
  { kind: "time", re: quickToCompile(`\\b\\d{1,2}(?:\\s?:\\s?\\d{2})?\\s?${AMPM}`, "gi") },
  { kind: "time", re: /\b\d{1,2}\s?:\s?\d{2}\b/g },
  { kind: "time", re: /\b\d{1,2} ?h ?\d{2}\b|\b\d{1,2} ?h(?![\p{L}\d])/giu },
  { kind: "time", re: /\b(?:noon|midnight|midday|midi)\b/gi },
  // "à 9 heures (30)", "at 9 o'clock".
  { kind: "time", re: /\b\d{1,2} heures?(?: \d{2})?\b|\b\d{1,2} o'clock\b/gi },
  {
    // "at 2", "until 2", "from 1 to 3": a bare hour needs one of these words before it,
    // and must not be a count ("at 2 schools", "by 3 points").
    kind: "time",
    re: /(?<=\b(?:at|by|until|till|til|around|before|after|from)\s)\d{1,2}(?:\s?-\s?\d{1,2})?(?!\d|[:/.,-]\d|\s?(?:%|st|nd|rd|th|x|km|m|kg|lbs?)\b|\s(?:students?|kids|children|people|runners|players|athletes|teams?|schools?|classes|grades?|points?|goals?|km|kilometres?|kilometers?|minutes?|mins?|hours?|days?|weeks?|months?|years?|times|of|out|more|other|new|different)\b)/gi
  },
  {
    kind: "date",
    re: quickToCompile(`\\b${MONTH}\\s\\d{1,2}${ORD}(?:\\s?-\\s?\\d{1,2}${ORD})?\\b`, "gi")
  },
  {
    kind: "date",
    re: quickToCompile(
      `\\b\\d{1,2}${ORD}(?:\\s?-\\s?\\d{1,2}${ORD})?\\s(?:of\\s)?${MONTH}(?![a-z])`,
      "gi"
    )
  },
  {
    // "5/12", "2025-05-12"; not a split class ("Grade 3/4", "the 5/6 class", "3/4/5").
    kind: "date",
    re: /(?<!\b(?:grades?|gr\.?)\s?)\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b(?!\/|\s(?:class|split|students|classroom|combined)\b)|\b\d{4}-\d{2}-\d{2}\b/gi
  },
  { kind: "date", re: /\bthe \d{1,2}(?:st|nd|rd|th)\b/gi },
  { kind: "date", re: quickToCompile(`\\b${DAY}${PART_OF_DAY}\\b`, "gi") },
  // A date counted from today: "dans deux semaines", "in 2 weeks", "le mois prochain".
  {
    kind: "date",
    re: /\b(?:dans|in) (?:\d{1,2}|un|une|deux|trois|quatre|a|one|two|three|four|a few|a couple of|quelques) (?:jours?|semaines?|days?|weeks?)\b|\b(?:le mois prochain|next month)\b/gi
  },
  {
    kind: "date",
    re: /\b(?:(?:tomorrow|tmrw|today)(?: morning| afternoon| evening| night)?|tonight|this (?:morning|afternoon|evening|weekend|week)|(?:next|this coming) (?:week|weekend|month)|all (?:morning|afternoon|day|weekend)|demain|ce soir|ce matin|cet apres-midi|cette apres-midi|ce midi|aujourd'hui|cette semaine|la semaine prochaine|ce week-?end|cette fin de semaine|toute la (?:journee|matinee)|tout l'apres-midi)\b/gi
  },
  {
    // A return or an end given by the school day: "until lunch", "back for last recess", "jusqu'a la recre".
    kind: "time",
    re: /\b(?:until|till|back (?:for|by|before)|jusqu'(?:a|au)|avant|(?:de )?retour (?:pour|avant|vers)) (?:the )?(?:last |first |la |le )?(?:lunch|recess|dismissal|home time|the bell|supper|dinner|the end of the day|diner|souper|recre(?:ation)?|la cloche|la fin de la journee)\b/gi
  },
  {
    kind: "live",
    re: /\b(?:right now|currently|at the moment|as we speak|en ce moment|presentement|en direct|live from|en route (?:to|for|pour|vers)|on (?:our|the) way (?:to|back)(?! (?:becoming|being)\b)|sur la route (?:de|du|vers)|(?:dans l'autobus|on the bus) (?:vers|pour|en direction d[eu']|to|heading to)|(?:on|nous) arriv(?:e|ons) dans \d+ min)\b/gi
  },
  {
    // "We're spending the day at Birds Hill", "On passe la matinée au parc": an outing under way today.
    kind: "live",
    re: /\b(?:spending (?:the|our|this) (?:day|morning|afternoon|evening)|(?:sommes|est|sont) en train (?:de|d')|(?:on passe|nous passons|passent|passe) (?:la|notre|cette) (?:journee|matinee|apres-midi|soiree))\b/gi
  },
  {
    // "the hike starts in 10 min", "la visite commence dans 5 minutes": something about to begin.
    kind: "live",
    re: /\b(?:starts?|starting|begins?|leaves?|leaving|commence|debute|part|partons) (?:in|dans) (?:\d{1,2}|quelques|a few) ?(?:min(?:ute)?s?)\b/gi
  },
  {
    // "Day 1 of our camp at …", "Jour 2 au Camp …": an outing under way.
    kind: "live",
    re: /\b(?:day|jour) \d{1,2} (?:of|at|au|a|de|du)\b/gi
  }
]

/**
 * Months that are also words: "5 may" in "Grade 5 may visit" is not a date. "mai" is
 * one only after an article or a preposition ("le 12 mai", "du 3 au 5 mai").
 */
export const FRENCH_DATE_LEAD = /\b(?:le|du|au|des|ce|dès) $/i

export const AMBIGUOUS_MONTH = /^(?:\d+\S*\s(?:of\s)?)?(?:may|mar|march|mai|jun|dec|sept?)\b/

const alternation = (parts: string[]): string => `\\b(?:${parts.join("|")})\\b`

/** Travel cues: the sentence is about leaving school to go somewhere (never on site). */
export const TRAVEL_CUE = quickToCompile(
  alternation([
    "(?<!virtual )field[- ]?trips?",
    "(?:class|school|ski|day|overnight|band|grad|grade \\d+|camping|canoe|bus|zoo|museum) trips?",
    "trips? to",
    "excursions?",
    "outings?",
    "(?<!(?:horaire|heures?|portes?) de )sorties?(?: scolaires?)?(?! des classes| de secours| virtuelles?)",
    "head(?:s|ing)? (?:out |off |over |back )?(?:to|for)",
    "off to",
    "on (?:our|the|their) way to(?! (?:becoming|being)\\b)",
    "on the bus|next stop",
    "travel(?:s|ling|ing)? to",
    // Not a room of the school: "going to the gym at 2".
    "going to (?:the|camp)(?! (?:gym|library|classroom|office|cafeteria|lunchroom|music room|staff room|playground)\\b)",
    "fl(?:y|ies|ying) (?:out|to|into|home|back)|flights?",
    "(?:stay|stays|staying) (?:at|in|overnight)",
    "bus(?:es)?\\b[^.!?]{0,40}\\b(?:leaves?|leaving|departs?|will leave|is leaving|returns?|will return|gets back|arrives?)",
    "depart(?:s|ing|ure)?",
    "leav(?:e|es|ing) (?:for|from)",
    "(?<!(?:staff|parent|team|board|council|committee|zoom|virtual|class|club|pac|pta|info|information|department|union|planning) )meet(?:ing)? (?:us )?(?:at|outside|by|in the \\w+ (?:parking )?lot)",
    "meeting (?:point|place|spot)",
    "(?:be|are|'re|will be|'ll be|get|gets|arrive|arriving|and) back (?:at|by|around|to)",
    "return(?:s|ing)? (?:to (?:the )?school )?(?:at|by|around)",
    "overnight",
    `(?:iront|irons|ira|irez|irai) (?!bien|mieux|de soi|en (?:recre|recreation|classe)\\b)(?!(?:a|au|dans) (?:la |le |l')?(?:gymnase|bibliotheque(?! (?:municipale|publique|regionale))|classe|cafeteria|local|salle|ecole|cour)\\b)`,
    // "les 8e voyageront à Ottawa", "séjourneront au camp".
    "voyag(?:eront|era|erons|ent|eons)|sejourn(?:eront|era|erons|ent|ons)|passeront la nuit|dormiront (?:au|a la|a l'|sous)",
    "allons|partira|partons|autobus (?:part|partent|partira|partiront|quitte|quitteront|revient|reviennent|reviendra|reviendront)",
    // "🐸 back around 3:30!", "then back on the bus": a return after an outing.
    "back on the bus",
    // French future tense and meeting points: "les élèves iront au Musée", "nous visiterons".
    "se rendr(?:a|ont|ons)|nous rendrons|se deplacer(?:a|ont|ons)|partiront|prendr(?:a|ont|ons) l'autobus|(?:on prend|nous prenons|prennent) l'autobus|dans l'autobus (?:vers|pour)|" +
      "(?:va|vont|allons|allez|vais) (?:aller(?! (?:a|au|dans) (?:la |le |l')?(?:gymnase|bibliotheque|classe|cafeteria|local|salle|ecole|cour)\\b)|partir|se rendre|nous rendre|faire une (?:sortie|excursion|randonnee))|" +
      "participer(?:a|ont|ons) (?:au|a la|aux)|assister(?:a|ont|ons) (?:au|a la|a un|a une)|" +
      "ser(?:a|ont|ons) (?:au|a la|aux|a l') (?:[\\w'-]+ ){0,3}(?:musee|parc|zoo|plage|lac|camp|centre|theatre|cabane|ferme|piscine|arena|festival)",
    // "…, back by 3.": a return time given on its own after an outing.
    ", back (?:at school )?(?:by|at|around)",
    "(?:on est|nous sommes|on sera|nous serons) (?:au|a la|aux|a l')(?! ?ecole| gymnase| classe)",
    // French departures, returns and meeting points: "on part pour le parc", "retour à l'école vers 14 h".
    "(?:on part|nous partons|partent|partira|partiront|on s'en va) (?:pour|vers|a|au|de|du|d'|des)",
    "(?:de )?retour a l'ecole (?:vers|a|pour|avant)",
    "on se retrouve (?:sur|devant|a|au|pres|dans le stationnement)|rassemblement (?:a|devant|au|pres)",
    "visit(?:ent|ons) (?:le|la|les|l')(?! ?(?:classe|ecole|gymnase))"
  ]),
  "i"
)

/** Outdoor and outing activities (English base forms; "pick" only with its crop, "walk" with a path). */
// "explore", "tour", "visit" and "walk" are said of lessons too ("exploring fractions"): they count
// only before a place (TOWARD) or a capitalised name (DESTINATION).
const ACTIVITIES_EN = [
  "hike", "ski", "snowshoe", "canoe", "kayak", "paddle", "camp", "skate", "swim", "bike", "cycle",
  "fish", "toboggan", "sled", "picnic", "birdwatch", "geocache", "climb",
  "bowl", "golf", "raft", "tube", "trek", "orienteer", "sightsee", "snorkel", "boat", "sail"
] // prettier-ignore
const ACTIVITY_ING = alternatives([
  ...ACTIVITIES_EN.flatMap((v) => englishForms(v).ing),
  "(?:apple|pumpkin|berry|strawberry) picking",
  "picking (?:apples|pumpkins|berries|strawberries|potatoes|corn|blueberries)",
  "riding (?:horses|the (?:train|ferry|chairlift|gondola))|horseback riding"
])

/** The same in French: present (on, nous, ils) and future forms, and "en train de" + infinitive. */
const ACTIVITIES_FR = [
  "patiner", "glisser", "skier", "pecher", "explorer", "cueillir", "nager", "pagayer", "camper",
  "pique-niquer", "randonner", "canoter", "escalader", "observer les oiseaux"
].map(frenchForms) // prettier-ignore
const ACTIVITY_FR = alternatives([
  ...ACTIVITIES_FR.flatMap((f) => [f.il, f.ils, f.nous, f.futIl, f.futIls, f.futNous]),
  // "visite" is also a noun ("la visite d'un auteur"): only the verb's other persons count.
  "visitent",
  "visitons",
  "visitera",
  "visiteront",
  "visiterons",
  "visiterez",
  "participer(?:a|ont|ons) (?:au|a la|aux|a l')",
  "assister(?:a|ont|ons) (?:au|a la|a un|a une)"
])
const FR_INFINITIVE = alternatives([
  "visiter",
  "aller",
  ...ACTIVITIES_FR.map((f) => f.inf),
  "faire (?:de la|du|des) \\w+"
])

/** Outing cues that can also happen at school: they count unless the sentence places them on site. */
export const OUTING_CUE = quickToCompile(
  alternation([
    // Not a refugee or residential camp someone came from ("arrived as refugees from a camp in Kenya").
    "(?<!\\b(?:refugee|refugees|residential|internment|detention|from a|from the) )camp(?:ing|out)?(?! de refugies)",
    "tour(?:s|ing)? (?:of|at|the)",
    "visit(?:s|ing)? (?:to|the)",
    // Not the school's own pick-up time ("parents at pickup today").
    "(?<!\\b(?:at|during|after|before) (?:school |the )?)(?:pick[- ]?ups?|drop[- ]?offs?)|cueillette des (?:eleves|enfants|jeunes)",
    "(?:track|swim|cross[- ]country|ski|wrestling|badminton|curling|athletics|divisional|regional|provincial|district|zone|invitational) (?:meets?|tournaments?|championships?|finals?|races?)",
    "(?:badminton|volleyball|basketball|curling|wrestling|track|hockey|soccer|futsal|handball) (?:zones|regionals|districts|provincials)",
    "tournois?|championnats?|competitions? (?:de|d')|rencontres? d'athletisme|matchs? (?:a|contre)(?! \\d)",
    "en direct (?:de|du|des|d')(?! ?(?:la |l'|notre |ma )?(?:classe|ecole|gymnase|gym|bibliotheque|cour d'ecole|cafeteria)\\b)|journee (?:de|d') ?(?:ski|raquette|plein air|glissade|patin)",
    "tournaments?",
    "tourney",
    "provincials",
    "bonspiel",
    "away (?:game|concert|match|tournament)",
    "(?:games?|match(?:es)?|meets?|competitions?|playoffs?|finals?) (?:at|in|vs\\.?|versus|against)(?! \\d)",
    "(?:plays?|playing|compete|competes|competing|perform|performs|performing|sings?|singing|volunteer(?:s|ing)?) (?:at|in)(?! \\d)",
    // The same in the French future: "l'harmonie jouera au concert régional", not "jouera au soccer".
    "(?:jouer|chanter|danser|performer|competitionner)(?:a|ont|ons) (?:a|au|a la|a l'|aux)(?! (?:soccer|hockey|ballon|basket|volley|badminton|baseball|football|tag|cartes|echecs|jeux?|lego|bingo|loup)\\b)",
    "we(?:'re| are)(?: all| now)? (?:at|visiting|touring)(?! \\d)",
    "we(?:'ll| will) be (?:at|visiting|touring)(?! \\d)",
    // Live outings said as an activity: "this morning we're hiking the trails at Riding Mountain".
    "we(?:'re| are)(?: all| now| currently)? (?:hiking|skiing|snowshoeing|canoeing|kayaking|camping|skating|swimming|biking|cycling|fishing|tobogganing|sledding)",
    // "Right now the Grade 6s are canoeing on Clear Lake", "we'll be skating at…", "out snowshoeing".
    `(?:are|is|'re|'s|am|'ll be|will be|currently|now|out|busy|off) (?:all |out |currently |now |busy |off |still )*(?:${ACTIVITY_ING})`,
    // "Les 6e pêchent sur le lac", "nous visiterons la ferme", "on va patiner", "en train de visiter".
    ACTIVITY_FR,
    // "auront la chance de visiter le Musée", "pour aller au parc".
    "(?:chance|occasion|plaisir|privilege) (?:de |d')(?:aller|visiter|se rendre|partir)|(?:pour|afin d') ?(?:aller|visiter|se rendre) (?:au|a la|a l'|aux|le|la|les|l')",
    `(?:en train d'|en train de |(?:va|vont|allons|allez|vais|ira|iront|irons) )(?:${FR_INFINITIVE})`,
    // A meeting point with a time ("Rendez-vous à 9 h 30 devant l'entrée principale", "RDV 8h").
    "rendez-vous|rdv|point de (?:rencontre|ralliement|depart)|lieu de rencontre|on se (?:rejoint|rassemble|retrouve)|nous nous (?:rejoindrons|retrouverons|rassemblerons)",
    "(?:soyez|presentez-vous|arrivez) (?:au|a la|a l'|aux|devant|pres|dans|sur)",
    "(?:gather|assemble|line up|report) (?:at|outside|by|in front of)|(?:please )?(?:be|arrive) at the \\w+(?: \\w+)? (?:by|at|before)",
    // An outdoor activity under way: "on fait de la raquette", "we're out snowshoeing".
    "(?:on fait|nous faisons|on fera|nous ferons|on va faire|font|feront|vont faire|fera|va faire) (?:de la|du|des) (?:raquette|ski|patin|glissade|canot|kayak|randonnee|escalade|peche|velo)"
  ]),
  "i"
)

/** A capitalised destination: "going to Ottawa", "our team at Kirkcaldy Heights", "plays in Brandon". */
export const DESTINATION =
  /\b(?:[Cc]ourse|[Tt]ournoi|[Mm]atch|[Cc]ompetition|[Rr]encontre|[Cc]hampionnat|[Ff]estival|[Vv]oyage|[Ss]ortie|[Ee]xcursion)s?(?: (?:de |d')[\w-]+)? (?:a|au|aux) (?:La |Le )?[A-Z]|\b(?:(?:[Ss]ki|[Ss]nowshoe|[Ss]kating|[Ss]wim|[Ss]ledding|[Tt]obogganing|[Cc]anoe|[Hh]iking|[Bb]each|[Ff]ield) [Dd]ay|jouer(?:a|ont|ons)|affronter(?:a|ont|ons)|participer(?:a|ont|ons)) (?:at|in|a|au|aux|contre) [A-Z]|\b(?:going|goes|go|fly(?:ing)?|driv(?:e|ing)|travel(?:ling|ing)?|trip|head(?:s|ed|ing)?|off|team|teams|squad|runners|players|athletes|band|choir|plays?|playing|compet(?:e|es|ing)|race|races|racing) (?:\w+ )?(?:to|at|in) (?!(?:Grade|Gr|Room|Mr|Mrs|Ms|Mx|Dr|I|French|English|Math|Science)\b)[A-Z][a-z]+|\b(?:[Pp]atin|[Rr]aquette|[Gg]lissade|[Bb]aignade|[Cc]anot|[Kk]ayak|[Ss]kating|[Ss]kiing|[Ss]wimming|[Ss]nowshoeing|[Ss]ledding|[Hh]iking) (?:a|au|aux|at|on) (?:La |Le |The )?[A-Z]|[Pp]iscine [A-Z]|\b(?:[Ee]xplor(?:e|es|ing)|[Tt]our(?:s|ing)?|[Vv]isit(?:s|ing)?) (?:the )?[A-Z][a-z]/

/** Before a place: it is where students go or are ("to the zoo"), not what they learn about. */
const TOWARD =
  "(?:\\b(?:[Tt]o|[Aa]t|[Ii]n|[Ff]rom|[Vv]isit(?:s|ing)?|[Tt]our(?:s|ing)?(?: of)?|" +
  // Moving through a place: "exploring the marsh", "hiking the Bald Hill trail", "paddling down the river",
  // "les 4e découvrent la ferme", "nous visiterons le musée".
  "[Ee]xplor(?:e|es|ing)|[Hh]ik(?:e|es|ing)|[Pp]addl(?:e|es|ing)(?: down| on| across| along)?|[Ww]alk(?:s|ing)? (?:through|along|around)|" +
  "[Vv]isit(?:e|ent|era|eront|erons|ons)|[Dd]ecouvr(?:e|ent|ira|iront|irons|ons)|[Ee]xplor(?:ent|era|eront|erons|ons)|[Pp]arcour(?:ent|ra|ront|rons)|[Ii]n front of|[Oo]utside(?: of)?|[Bb]ehind|[Aa]cross from|[Ii]nside|[Aa]round|[Nn]ear|[Tt]hrough|[Aa]long|[Oo]n|[Aa]u|[Aa]ux|[Aa] la|[Cc]hez|[Ss]ur|[Dd]ans|[Vv]ers)\\s|\\b[Aa] l'|@\\s?)"

/** Common off-site places, possibly with a name in front ("to the zoo", "at the Birtle ski hill"). */
export const PLACE_COMMON = quickToCompile(
  TOWARD +
    "(?:the\\s)?(?:[\\w'-]+\\s){0,3}(?:zoo|museum|forks|fourche|park|beach|pool|arena|rink|planetarium|science cent(?:re|er)|farm|" +
    "legislature|legislative building|theatre|theater|aquarium|mall|art gallery|gallery|conservatory|" +
    "ski hill|lake|public library|fire hall|fire station|police station|hospital|airport|university|" +
    "symphony|ballet|cinema|movies|bowling alley|climbing gym|trampoline park|nature cent(?:re|er)|" +
    "provincial park|campground|sportsplex|curling club|golf course|stadium|field house|pumpkin patch|" +
    "corn maze|sugar shack|sugar ?bush|maple bush|cabane a sucre|exhibition|fair ?grounds|musee|parc|river|creek|boat launch|" +
    "festival|carnaval|piscine|plage|ferme|patinoire|arena|centre de ski|station de ski|sentiers?|foret|" +
    "marsh|wetlands?|trail|forest|woods|conservation area|food bank|soup kitchen|care home|nursing home|" +
    "seniors'? (?:home|cent(?:re|er))|hotel|motel|lodge|inn|ski resort|ski area|hill|orchard|verger|butte|colline|" +
    "caserne(?: de pompiers)?|community (?:cent(?:re|er)|hall)|centre communautaire|salle communautaire|land|territoire|bibliotheque (?:municipale|publique|regionale)|lac|riviere|montagne|chalet|dock|quai|boardwalk|greenhouse|serre|bakery|boulangerie|garden centre|jardin botanique|cathedrale|cathedral)\\b(?!\\s(?:School|Collegiate|Elementary|High|Middle))",
  "i"
)

/** Named places: capitalised words before a place noun ("to Kildonan Park"), or "Camp X". */
export const PLACE_NAMED = quickToCompile(
  "(?:\\b[Cc]amp [A-Z][\\w'-]+|" +
    // French order, the place noun first: "au Centre culturel", "au Parc Assiniboine".
    "\\b(?:[Aa]u|[Aa] la|[Vv]ers le|[Vv]ers la) (?:Centre|Musee|Parc|Theatre|Jardin|Lac|Fort|Salle|Cathedrale|Festival|Village|Planetarium) [\\w'-]{3,}|" +
    TOWARD +
    "(?:[Tt]he\\s)?(?:(?:Lake|Mount|Fort) [A-Z][\\w'-]+|" +
    "(?:(?!(?:The|Our|School|Grade)\\s)[A-Z][\\w'.-]*\\s){1,4}" +
    "(?:Park|Arena|Cent(?:re|er)|Lake|Museum|Zoo|Gallery|Theatre|Theater|Stadium|Rink|Pool|Beach|" +
    "Falls|Farm|Gardens?|Planetarium|Conservatory|Legislature|Hall|Complex|Sportsplex|Resort|Camp|" +
    "Forks|Mall|Lanes|Library|Aquarium|Fort|Ranch|Hill|Heights|River|Raceway|Speedway|Hotel|Lodge|Inn|Bank|Musee|" +
    "Place|Square|College|University|Campus|Mountain|Mountains|Marsh|Trails?|Valley|Festival|Fairgrounds|" +
    // A town's library or a business's lot, not the school's: "at the Brandon library", "the Co-op parking lot".
    "(?:public )?library|parking lot)))" +
    "\\b(?!\\s(?:School|Collegiate|Elementary|High|Middle))"
)

/** On site: "in the gym", "at our school", "here at school", a home game. */
export const ON_SITE = quickToCompile(
  alternation([
    "(?:behind|beside|next to|outside|in front of) (?:the|our) school",
    "(?:in|at|to|into|behind|beside|next to|outside) (?:the|our) (?:school )?(?:gym|gymnasium|library|classroom|cafeteria|auditorium|" +
      "multi-?purpose room|lunchroom|hallway|playground|school ?yard|front foyer|foyer|commons|" +
      "staff room|music room|band room|lobby)",
    "(?:at|in|to|of|around) (?:our|the) school",
    "here at (?:school|[A-Z]\\w+ (?:School|Elementary|Collegiate))",
    "at school",
    "in (?:our )?class(?:room)?",
    "(?:back )?to school",
    // A tour of the school's own new rooms: "we're touring our new library".
    "(?:touring|tour of|exploring|visiting) (?:the|our) (?:new |renovated |school )*(?:school|library|gym|gymnasium|classroom|learning commons|makerspace|wing|building)",
    "(?:east|west|north|south|front|back|main|side) (?:doors?|entrance)",
    // A home game or a day at home; not "forgot his EpiPen at home" in a post from the Forks.
    "(?:plays?|playing|games?|match(?:es)?|stay(?:s|ing)?|learning|learn|work(?:ing)?|be) at home",
    "(?:au|dans le) gymnase|(?:a|dans) la (?:bibliotheque|cafeteria|salle \\w+)(?! (?:municipale|publique|regionale))|dans (?:la|notre|ma) classe|(?:a|dans) l'ecole|au local \\d+",
    "home (?:game|match|tournament|meet)",
    // The school's own office ("pick-ups after 3:45 will be sent to the office"); not "the office of the Premier".
    "(?:to|at|in|from) the (?:school |main |front )?office(?! of\\b)|au (?:secretariat|bureau de l'ecole|bureau de la direction)",
    "(?:in|at) (?:room|rm\\.?) \\d+",
    "(?:visiting|visits?|coming to|comes to|come to|joining) (?:our|my|the) (?:class|classroom|school|gym)",
    "guest (?:speakers?|presenters?)|(?:speakers?|presenters?|visitors?) from",
    // The school's own grounds and rink, and visits that never leave the room.
    "school ?(?:rink|yard|grounds|field|playground|track|garden)|(?:cour|patinoire|terrain) (?:d'|de l')ecole|cour de recreation",
    "visit(?:ent|ons|e|era|eront|erons) (?:la|les|notre|nos|ma|mes) (?:classes?|ecole|gymnase|bibliotheque)",
    "in (?:\\w+ )?class|en classe|virtual(?:ly)?|virtuel(?:le)?s?|online|en ligne|(?:on|sur|par) zoom"
  ]),
  "i"
)

/** Coming back to school after an outing is not an on-site event: "retour à l'école vers 15 h". */
export const RETURN_TO_SCHOOL =
  /\b(?:retour|de retour|revenir|reviendr(?:a|ons|ont)|revien(?:t|nent)|revenons|(?:on )?rentr(?:e|ent|ons|era|eront)|arrivee?s?|arrivent|back|return(?:s|ing)?)(?: prevue?)?(?: (?:vers|a|at|by|around|for|avant) [\d:h ]{1,8}?(?:[ap]\.?m\.?)?)?(?: (?:a|to|at))? (?:l'ecole|school)\b/gi

/**
 * Coming back from somewhere ("back by 3", "home around 2:30", "de retour vers 15 h", "on revient
 * vers 13 h"): with a clock time right after it, the post says when students are away.
 */
export const RETURN_WORD =
  /\b(?:back|home|return(?:s|ing)?|de retour|retour(?: prevu)?|on revient|nous revenons|revien(?:t|nent|dra|drons|dront)|on rentre|nous rentrons|rentrer(?:a|ons|ont))\b(?: (?:at|to|a) (?:the )?(?:school|l'ecole))?(?: on the bus)?/gi

/** What may sit between a return word and its time: "back BY 3", "retour PRÉVU VERS 15 h". */
export const RETURN_GAP =
  /^[\s,]*(?:(?:by|at|around|before|for|about|approx(?:imately)?|~|vers|a|pour|avant|prevu|prevue|aux alentours de|autour de|jusqu'a)\s*)*$/i
