import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Cue lists for confidential-student-info (ESM 2(a), AP 144). Plain regular
 * expressions over one sentence of NORMALISED text (accents folded: "élève" is
 * "eleve", quotes straight, dashes "-"). Linear, no NLP.
 *
 * A finding needs two things in one sentence (or a pronoun pointing back to the
 * sentence before): an identifiable student and a detail a school keeps
 * confidential, stated about a person ("who has autism", "her suspension"), not
 * as a topic ("we learned about diabetes", "Autism Awareness Day").
 */

/** "a student in my class", "one of my Grade 3s", "un de mes élèves", "une élève de ma classe". */
export const STUDENT_PHRASE = quickToCompile(
  "\\b" +
    alt([
      "(?:a|one) (?:of )?(?:my|our) (?:own )?(?:students?|learners|kids|kiddos|grade ?\\d+s?|gr\\.? ?\\d+s?|kindergartners|kindergarteners|kinders|boys|girls)",
      "(?:a|one) (?:student|boy|girl|child|kid|learner) (?:in|from) (?:my|our) (?:class|classroom|homeroom|grade \\d+ class)",
      "my (?:new |newest )?(?:student|learner|grade ?\\d+ student)",
      "(?:i have|i've got|i had|there's|there is|we have) (?:a|one) (?:little |new |young )?(?:student|learner|kid|kiddo|boy|girl|child) (?:who|whose|that|with)",
      "(?:my|our) (?:new|newest) (?:friend|classmate|kiddo|learner) (?:in|from) (?:my|our|the) (?:class|room|grade)",
      "(?:a|one|this|that) (?:gr(?:ade)?\\.? ?\\d+|grade (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|kindergarten|\\d+ ?(?:yr|year)[- ]old) (?:boy|girl|student|kid|child|learner)",
      "(?:un|une|l'un|l'une|deux|trois|certains|certaines|plusieurs) (?:de |d')?(?:mes|nos) (?:petits |petites |grands |grandes )?(?:eleves|gars|filles|jeunes|amis|\\d+(?:e|re|es|res)(?: annees?)?)",
      "(?:this|that) (?:student|boy|girl|kid|child) (?:in|from) (?:my|our) class",
      "(?:un|une|l'un|l'une) (?:de )?(?:mes|nos) eleves",
      "(?:un|une) (?:eleve|enfant) (?:de|dans) (?:ma|notre) classe",
      "(?:mon|ma|notre) (?:petite? )?(?:eleve|etudiante?)",
      "(?:a|one) (?:\\w+ )?(?:student|kid|learner) of (?:mine|ours)|(?:a|one) (?:kid|child|boy|girl) in (?:my|our) (?:class|room|grade)",
      "(?:un|une) (?:eleve|enfant|jeune) de (?:\\d+(?:e|re)|maternelle)(?: annee)?",
      "(?:un|une) de (?:mes|nos) (?:\\w+ )?(?:eleves|jeunes|enfants)",
      "(?:a|one|this|that) (?:little |young |sweet )?(?:guy|girl|boy|kid|kiddo|one|student|child|learner) (?:in|from|at) (?:my|our) (?:class|classroom|school|room|program|homeroom)",
      "(?:two|three|four|five|several|a few|\\d) of (?:my|our) (?:students|kids|kiddos|learners|grade ?\\d+s|gr\\.? ?\\d+s)",
      "(?:un|une|l'un|l'une|deux|trois) de (?:mes|nos) (?:petits|petites|grands|grandes|cocos|cocottes|amies)",
      "(?:un|une) (?:petite?|eleve|enfant|jeune|garcon|fille) (?:de|dans|a) (?:ma|notre|mon) (?:classe|ecole|groupe)",
      "(?:a|one) (?:student|kid|boy|girl) in (?:my|our) (?:group|homeroom|advisory|block|section|period|program)",
      "(?:grade|gr\\.?) ?\\d+ (?:kid|student|boy|girl) in (?:my|our) (?:class|room|school)"
    ]) +
    "\\b",
  "i"
)

/** Before a name: it is a title (staff), not a student. */
export const TITLE_BEFORE =
  /\b(?:mr|mrs|ms|mx|dr|miss|madame|mme|monsieur|m|coach|officer|principal|vice-principal|superintendent|nurse|constable|elder|pastor|father|sister|uncle|aunt|grandma|grandpa|auntie|kokum|mushom|baba|dido)\.?\s$/i

/** Words that open sentences or name things but are also given names. */
export const NOT_A_NAME = new Set(
  (
    "will may june april august grace hope faith joy page rose summer autumn winter dawn bill mark " +
    "art bob pat sue chase bishop foster lane dale glen guy max rich sunny star sky river angel " +
    "happy merry christmas congrats congratulations thanks thank welcome please today tomorrow " +
    "report reading math science french english music gym mental health learning special " +
    "victoria florence georgia virginia carolina austin paris sydney brandon dauphin " +
    "autism diabetes epilepsy terry louis"
  ).split(" ")
)

/**
 * The confidential detail, stated about someone. Each entry is one kind; the
 * patterns need a link word ("has", "with", "her", "diagnosed", "'s") or are
 * personal by themselves ("suspended", "foster family", "lives at 12 Elm St").
 */
const CONDITION = alt([
  "autism|asd|adhd|add|fasd|odd|ocd|ptsd|tourette'?s?|diabetes|type 1 diabetes|epilepsy|seizures?|asthma",
  "anxiety|depression|(?:an )?eating disorder|(?:a |an )?(?:\\w+ )?(?:processing|anxiety|mood|seizure|attachment|sensory) disorder|cancer|leukemia|leukaemia|a (?:brain )?tumou?r|cerebral palsy|down syndrome",
  "pneumonia|mono|mononucleosis|the flu|influenza|covid|strep(?: throat)?|chickenpox|measles|meningitis|(?:head )?lice|a (?:stomach bug|virus|fever|migraine|kidney infection|lung infection|infection)|migraines|chemo(?:therapy)?|radiation|kidney disease|a transplant",
  "spina bifida|cystic fibrosis|celiac|crohn'?s|a heart condition|a concussion|concussions?|a broken (?:arm|leg|wrist|ankle|collarbone)",
  "(?:a |an )?(?:severe |serious )?(?:peanut |nut |food |bee )?allerg(?:y|ies)|a disability|disabilities|a learning disability",
  "dyslexia|dyscalculia|dysgraphia|(?:a )?speech (?:delay|impediment)|(?:a )?stutter|hearing loss|a hearing impairment|mental health (?:issues|problems|struggles)",
  "(?:(?:le|la|l'|les|de|d'|du|des|une?) ?){0,2}(?:autisme|diabete|epilepsie|asthme|anxiete|depression|cancer|allergies?|tdah|tsa|commotion(?: cerebrale)?|handicap|troubles? (?:d'apprentissage|du spectre\\w*|du deficit de l'attention|deficitaires? de l'attention|anxieux|alimentaires?|obsessionnels?\\w*|bipolaires?|de (?:l'attention|l'opposition|l'humeur|la conduite|comportement|l'alimentation|langage|sommeil|stress))|begaiement|dyslexie|dyspraxie|leucemie|pneumonie|mononucleose|grippe|covid|gastro|varicelle|rougeole|meningite|poux|fievre|migraines?|tumeur|chimio(?:therapie)?|radiotherapie|greffe|infection|otite|amygdalite|crise d'asthme|crises? d'epilepsie|crises? d'anxiete|crises? de panique)"
])

export const DETAIL_KINDS: { kind: string; re: RegExp; unless?: RegExp }[] = [
  {
    kind: "health",
    re: quickToCompile(
      alt([
        `\\b(?:has|have|had|with|w/|diagnosed with|living with|lives with|battling|fighting|beating|beat|suffers from|suffering from|struggles with|struggling with|struggling w/|recovering from|dealing with|in treatment for|treated for|going through|undergoing|off (?:school )?with|home with|out with|sick with|because of|due to|caught|being treated for|confirmed|suspected|his|her|their|'s) (?:(?:severe|mild|serious|new|recent|type 1|type 2|bad|terrible) )?${CONDITION}\\b`,
        "\\b(?:is|was|being|'s) (?:\\w+ and )?(?:autistic|diabetic|epileptic|anorexic|bipolar|nonverbal|non-verbal|on the spectrum)\\b",
        "\\b(?:his|her|their|'s) (?:blood sugar|glucose|t1d?|cgm|aac device|hearing aids?|wheelchair|seizures?|meltdowns?|appendix)\\b|\\b(?:appendix out|appendectomy|tonsils out)\\b",
        "\\b(?:stay|staying|been|was|is) (?:at|in) (?:the )?(?:[\\w']+ )?hospital\\b|\\b(?:in|back from|out of) (?:the )?(?:children's )?hospital\\b",
        "\\bwho(?:'s| is) (?:autistic|diabetic|epileptic|on the spectrum)\\b",
        "\\b(?:allergic to|diagnosed|diagnosis)\\b",
        "\\b(?:on|takes?|taking|his|her|their) (?:meds|medications?|ritalin|adderall|concerta|insulin|antidepressants?)\\b",
        "\\b(?:adhd|add|anxiety|seizure|asthma|allergy|diabetes|depression|heart) (?:meds|medications?|medicine|pump|inhaler|attacks?)\\b|\\bstarted (?:on )?(?:meds|medication)\\b",
        "\\b(?:sees|seeing|sees our|meets with|meeting with) (?:a|the|our) (?:school )?(?:psychologist|psychiatrist|counsell?or|therapist|social worker)\\b|\\b(?:suivie?|vue?) (?:par|chez) (?:la|le|une|un) (?:psychologue|psychiatre|travailleuse sociale|travailleur social|therapeute|orthophoniste|pedopsychiatre)\\b",
        "\\b(?:his|her|their) (?:epi-?pen|inhaler|insulin pump|therapist|psychologist|psychiatrist|counsell?or)\\b",
        "\\bbroke (?:his|her|their) (?:arm|leg|wrist|ankle|collarbone|nose)\\b",
        "\\b(?:in|from) (?:the )?(?:hospital|psych ward|icu|rehab)\\b|\\bhospitali[sz]ed\\b|\\b(?:had|has|having|after) (?:surgery|chemo|chemotherapy|a seizure|a panic attack|panic attacks)\\b",
        "\\b(?:self-harm|self harm|suicid\\w*|attempted suicide|overdos\\w*)\\b",
        `\\b(?:a|a un|a une|a eu|atteinte? d[e']|souffre d[e']|vit avec|avec (?:son|sa|ses)|son|sa|ses|a cause d[e']|en raison d[e']|traitements? de|malade|guerie? d[e']|remise? d[e']|en|fait|faisait|fera)(?:(?<=')| )${CONDITION}\\b`,
        `\\b(?:avec|pour|evaluer \\w+ pour|evaluation pour) (?:un |une )?${CONDITION}\\b`,
        "\\bon the (?:autism |autistic )?spectrum\\b|, autiste\\b",
        "\\b(?:fait|faisait|a fait) (?:de l'|des |une |un )(?:anxiete|crises?|depression|convulsions?)\\b|\\bse (?:fait|faire|fera) operer\\b|\\b(?:son|sa) (?:operation|chirurgie|pompe|capteur|glycemie|fauteuil|appareil auditif|diagnostic)\\b|\\bdiagnostic d[e']|\\best (?:autiste|diabetique|epileptique|hospitalisee?|non verbale?)\\b|\\b(?:est|etait|sont|encore|toujours|reste|admise?|couchee?|conduite?|transportee?|amenee?|envoyee?) a l'hopital\\b|\\b(?:ses|son|sa) (?:medicaments?|medication)\\b|\\ballergique\\b|\\bs'est casse (?:le|la) \\w+\\b"
      ]),
      "i"
    )
  },
  {
    kind: "special-education",
    re: quickToCompile(
      alt([
        "\\b(?:his|her|their|'s|an|has an|on an|has a|on a|needs a|new) (?:iep|ipp|individual(?:ized)? education plan|behaviou?r plan|safety plan|learning plan)\\b",
        "\\b(?:his|her|their|'s|one-on-one|1:1|full-time|own) (?:ea|educational assistant|aide|resource teacher|support worker)\\b",
        "\\b(?:pulled out|goes|go|going|went|heads|headed|sent) (?:for|to) (?:the )?(?:resource(?: room)?|learning support|speech therapy)\\b",
        "\\b(?:va|vont|allait|aller|passe) en (?:ressource|orthopedagogie|classe-ressource|classe ressource)\\b|\\bl'(?:ae|aide-enseignante?) (?:de|d')|\\bevaluation (?:pour|de) (?:la |le |l')?(?:dyslexie|dyspraxie|dyscalculie|tdah|tsa|autisme)\\b",
        "\\bpulls? (?:\\w+ )?out (?:for|to)\\b|\\b(?:reading|literacy|math|numeracy|behaviou?r) support\\b|\\b(?:speech|occupational|play) therapy\\b|\\bpsych-?ed\\b|\\b(?:aac|communication) device\\b",
        "\\b(?:reunion|rencontre|plan) (?:de |du )?(?:pei|ppi)\\b|\\b(?:orthophonie|classe-ressource|classe ressource|orthopedagogie)\\b|\\baide-enseignante? (?:de|d')\\b|\\baccompagnement (?:1:1|individuel)\\b",
        "\\b(?:resource|learning support|speech|ot|occupational therapy) (?:support|help|sessions?|services)\\b",
        "\\b(?:psycho-?educational|psych|learning|speech|cognitive) (?:assessment|testing|evaluation)\\b|\\b(?:assessed|tested|being assessed|being tested) for\\b",
        "\\b(?:in|at) (?:a |the )?(?:special ed(?:ucation)?|resource) (?:class|room|program)\\b",
        "\\b(?:son|sa|un|une) (?:pei|ppi|plan d'intervention|plan educatif)\\b|\\b(?:son|sa) (?:aide-enseignante?|ae|orthopedagogue)\\b|\\bevaluation (?:psycho\\w*|orthophonique)\\b|\\ben orthopedagogie\\b"
      ]),
      "i"
    )
  },
  {
    kind: "behaviour",
    re: quickToCompile(
      alt([
        "\\b(?:suspended|suspension|expelled|expulsion|detention|in-school suspension|kicked out of (?:school|class))\\b",
        "\\b(?:police|rcmp|grc)\\b(?! officers?'s?\\b| (?:officers?|car|station|dog|week|visit|presentation|talk|and fire)\\b)|\\b(?:arrested|arrete|charged with|probation|youth justice|juvie)\\b",
        "\\b(?:got into|get into|in) (?:a |another )?fights?\\b|\\bsent home\\b(?! with| a | the )|\\bthrew|throwing (?:a )?(?:chair|desk)|\\boffice referral\\b|\\bse sont battus\\b|\\bbagarre\\b",
        "\\b(?:sent|was sent|got sent) (?:to|home from) (?:the office|school|the principal)\\b",
        "\\bcaught (?:stealing|vaping|smoking|cheating|shoplifting|with (?:a vape|drugs|weed|a knife))\\b|\\bpris(?:e)? a (?:voler|vapoter|tricher)\\b",
        "\\b(?:suspendue?|suspension|expulsion|expulse|expulsee|renvoye|renvoyee|a la police)\\b|\\b(?:une|des|sa|deux|trois|en|\\d) retenues?\\b|^retenues?\\b|\\bretenue (?:encore|aujourd'hui|demain|ce midi|ce soir|apres|le midi|du midi|pendant|a la recre|au diner)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "marks",
    re: quickToCompile(
      alt([
        "\\b(?:from )?(?:an? )?level [a-z0-9]{1,2} to (?:an? )?level [a-z0-9]{1,2}\\b|\\bdu niveau [a-z0-9]{1,2} au niveau [a-z0-9]{1,2}\\b",
        "\\breading at (?:a |the )?(?:grade \\d+|gr\\.? ?\\d+|kindergarten|k) level\\b|\\blit (?:encore |toujours |seulement )?(?:au|a un) niveau\\b|\\b(?:sous|en dessous du|en-dessous du) (?:le )?niveau (?:scolaire|de sa classe|attendu)\\b",
        "\\ba coule (?:son |sa |ses |en |le |la |l')?(?:cours|examen|test|maths?|chimie|physique|francais|anglais|sciences|histoire|geographie|annee|bio\\w*)\\b",
        "\\b(?:failed|failing|flunked|flunking) (?:\\w+ ){0,4}(?:chem|chemistry|physics|bio|biology|history|geography|algebra|calculus|pre-calc|math|english|science|ela|french|social studies|class|course|courses|test|tests|exam|exams|grade|twice|again|year|it)\\b",
        "\\bafter failing\\b|\\b(?:repeating|repeat|held back a|held back in) (?:a )?grade\\b|\\bheld back\\b",
        "\\bgrade levels? behind\\b|\\b(?:below|under|behind) grade level\\b|\\byears? behind in (?:reading|math|writing)\\b|\\ben retard de (?:deux|trois|\\d) ans? en (?:lecture|maths?|ecriture)\\b|\\breading level\\b|\\breads? (?:at|below|above) (?:a )?(?:grade|kindergarten)\\b|\\bbelow grade level\\b|\\b(?:his|her|their|'s) (?:marks?|grades|report card|average|gpa|test scores?)\\b",
        "\\b(?:got|scored|earned|received|gets|a eu|a obtenu|obtient) (?:a |an )?\\d{1,3} ?%",
        "\\bfrom an? \\d{1,3} ?%? to an? \\d{1,3}\\b|\\breading at (?:a )?level\\b|\\b(?:repeating|retaking|redoing) (?:\\w+ ){1,2}(?:for the (?:second|third|fourth) time|again)\\b",
        "\\b(?:reprendre|reprend|refaire|refait) (?:son|sa) (?:cours|annee)\\b|\\b(?:deux|trois|quatre|cinq|\\d) echecs\\b",
        "\\b(?:a echoue|echoue|echec en|double son annee|redouble\\w*|niveau de lecture|ses notes|sa note|son bulletin|lit au niveau)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "family",
    re: quickToCompile(
      alt([
        "\\bfoster (?:family|families|home|homes|parents?|mom|dad|care|placement)\\b|\\bin (?:foster )?care\\b",
        "\\bchild and family services\\b|\\bcfs\\b|\\b(?:custody|divorce|divorcing|divorced|separation|separated|restraining order|protection order|group home)\\b",
        "\\b(?:her|his|their) (?:parents|mom|dad|mother|father) (?:are|is|got|just) (?:\\w+ )?(?:in jail|in prison|divorc\\w*|separat\\w*|split up)\\b",
        "\\b(?:passed away|died)\\b(?! (?:in (?:the )?(?:war|\\d{4})|long ago|years ago|in the story|in the book))|\\b(?:in|to) (?:jail|prison)\\b|\\b(?:est |sont )?(?:decedee?s?|en prison|incarceree?)\\b|\\bfamille d'accueil\\b|\\bservices a l'enfant et a la famille\\b|\\bgarde (?:partagee|des enfants|exclusive)\\b|\\b(?:se chicanent|se disputent|se battent|bataille) pour la garde\\b|\\b(?:divorce|separation) de ses parents\\b|\\bfoyer de groupe\\b|\\bplace en famille\\b"
      ]),
      "i"
    )
  },
  {
    kind: "contact",
    re: quickToCompile(
      alt([
        "\\b(?:lives|living|live|stays|staying|address is|home is|reside[sd]?|habite|demeure) (?:on|at|in|au|a|sur|the|la)?(?: the)? ?\\d{1,5}[a-z]? [\\w'.-]+(?: [\\w'.-]+)? (?:st|street|ave|avenue|rd|road|dr|drive|cres|crescent|bay|blvd|boulevard|lane|ln|way|pl|place|court|ct|trail|rue|chemin)\\b\\.?",
        "\\b\\d{1,5} [A-Z][\\w'-]+ (?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Cres|Crescent|Bay|Blvd|Lane|Way|Court)\\b\\.?",
        "\\b\\d{1,5},? (?:rue|avenue|boulevard|chemin|croissant|place|promenade|allee) [\\w'-]+\\b",
        // A phone number or email only when it is the student's (or their family's).
        "\\b(?:(?:his|her|their|'s|mom's|dad's|parents'|family's) (?:\\w+ )?(?:number|cell|phone|email|e-mail)(?: is)?:?|(?:call|text|email|reach) (?:him|her|them|his \\w+|her \\w+) at) (?:\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b)",
        // A bare "his cell" / "son cell" is the phone itself ("lui enlever son cell"), not its number.
        "\\b(?:his|her|their|'s|sa|son) (?:home address|address|home phone|home number|phone number|cell number|cell phone number|email|adresse|numero de telephone|courriel)\\b"
      ]),
      "i"
    )
  },
  {
    // Any phone number or email in a sentence about a student, unless it is a staff member's or the school's.
    kind: "contact",
    re: /\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
    unless:
      /\b(?:mr|mrs|ms|mx|dr|mme|madame|monsieur|coach|me|us|nous|moi|office|school|ecole|bureau|secretariat|teacher|enseignante?)\b/i
  },
  {
    kind: "immigration",
    re: quickToCompile(
      alt([
        "\\b(?:refugees?|refugee claimant|permanent residency|permanent residents|(?:is|are|was|were) (?:a )?newcomers?|newly arrived|fled|fleeing|war in|asylum(?: seeker)?|undocumented|immigration status|deport\\w*|permanent resident|temporary resident|without status|visa status)\\b",
        "\\b(?:refugiee?s?|residence permanente|residente?s? permanente?s?|nouvellement arrivee?s?|recemment arrivee?s?|a fui|fuyant|la guerre|demandeu(?:r|se|rs|ses) d'asile|demande d'asile|statut d'immigration|expulsion du pays|sans statut|resident permanent)\\b"
      ]),
      "i"
    )
  }
]

/** A detail said as a topic, an event or a whole class, not about one student. */
export const TOPIC_CUE = quickToCompile(
  alt([
    "(?<!-)\\b(?:awareness|(?<!(?:big|great|good|rough|tough|hard|long|first|last|proud|happy|fun|this|next|a|one|two|three|every|each|that|all|whole|\\d) )day|(?<!(?:this|last|next|first|second|third|a|one|two|three|four|few|every|each|per|that|all|whole|\\d) )(?:week|month)|walk|run|fundraiser|assembly|presentation|speaker|workshop|guest|drive|campaign|research|(?:unit|lesson)s? (?:on|about)|learned about|learning about|asked (?:why|about|what|how|if|whether)|wondered (?:why|if)|questions? about|studying|reading about|talked about|discussed|book about|story about)\\b",
    // A time span ("cette semaine", "deux semaines", "le mois dernier") is not an event.
    "(?<!(?:ce|cette|deux|trois|quatre|cinq|chaque|une|un|toute la|tout le|de|grosse|belle|bonne|longue|dure|rude|superbe|excellente|\\d) )\\b(?:journee|semaine|mois)\\b(?![ -](?:derniere?|prochaine?|passee?|ci)\\b)",
    "\\b(?:sensibilisation|collecte|levee de fonds|campagne|conference|appris sur|a demande (?:pourquoi|si|comment)|questions? sur|parle de|parle d'|parlons de|parlons d')"
  ]),
  "i"
)

/** Pronouns that carry a student from the sentence before ("Liam had a rough week. He was suspended."). */
export const PRONOUN = /\b(?:he|she|they|his|her|their|him|them|il|elle|lui|son|sa|ses)\b/i

/** Clause boundaries inside a sentence (the removal fix takes one clause when it can). */
export const CLAUSE_START = /(?:,\s*|\s+-\s+|\s*\(\s*|;\s*)(?=\S)/g
