import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Marks, discipline, home and contact details said in everyday ways, for
 * confidential-student-info, over NORMALISED text (accents folded): a percentage
 * or mark in a subject ("sitting at 41%", "a 51 in science", "went from 52% to
 * 88%"), repeating a course or a grade, a reading level; a police matter, a
 * behaviour contract, a weapon; a shelter or a car to sleep in; where a student
 * lives. Each pattern needs a link to a person ("is at", "has", "his", "vit").
 */

const SUBJECT =
  "(?:math|maths|mathematiques|english|ela|french|francais|anglais|science|sciences|chem|chemistry|chimie|physics|physique|bio|biology|biologie|history|histoire|geography|geographie|social studies|socials|univers social|reading|lecture|writing|ecriture|spelling|algebra|calculus|pre-calc|band|gym|pe|art|health|computer science|accounting|economics|law)"

export const RECORD_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "marks",
    re: quickToCompile(
      alt([
        // "is sitting at 41%", "has a 51 in science", "currently at 38 % en maths"
        "\\b(?:sitting at|is at|was at|currently at|now at|down to|dropped to|fell to|averaging|has|had|only has|still has|a|avait|est a|etait a|rendue? a|tombee? a) (?:an? |un |une |only |just |seulement )?\\d{1,3}(?:[.,]\\d)? ?%(?! (?:attendance|effort|participation|of|sure|done|complete|charged|battery|streak|on time|correct|better|more|less|off|de (?:presence|participation|chances?))\\b)",
        `\\b(?:has|had|got|gets|with|is at|sitting at|a|avait|obtenu|a eu) (?:an? |un |une )?\\d{1,3}(?:[.,]\\d)? ?%? (?:in|en|dans) (?:his |her |their |the |sa |son |ses )?(?:\\w+ )?${SUBJECT}\\b`,
        // A change needs a percent sign on one side ("went from 2 to 10 push-ups" is not a mark).
        "\\b(?:went|jumped|dropped|fell|climbed|rose|moved|passee?|montee?|remontee?|tombee?|descendue?) (?:all the way )?(?:from|de) (?:an? |un |une )?(?:\\d{1,3} ?% (?:to|a) (?:an? |un |une )?\\d{1,3}|\\d{1,3} (?:to|a) (?:an? |un |une )?\\d{1,3} ?%)",
        "\\b(?:'s|his|her|their) (?:\\w+ )?(?:mark|marks|grades|average|gpa) (?:in \\w+ )?(?:is|are|was|were|went|dropped|fell|jumped|keeps)\\b|\\b(?:sa|son|ses) (?:\\w+ )?(?:note|notes|moyenne|resultats?) (?:en \\w+ )?(?:est|sont|etait|a baisse|a chute|a monte|a augmente|baisse)\\b",
        "\\b(?:coule|echoue|failed|flunked) (?:\\w+ )?(?:(?:deux|trois|quatre|\\d) (?:fois|times)|twice)\\b|\\b(?:l'avoir|apres avoir) (?:coule|echoue)\\b",
        // Repeating a course, a grade, a year; retention
        "\\b(?:repeat|repeats|repeating) (?:grade \\w+|kindergarten|(?:the|this|that|his|her|their|a) (?:\\w+ )?(?:course|year|grade|semester|credit))\\b|\\b(?:redo|redoing|retake|retaking) (?:the|his|her|their|a) (?:\\w+ )?(?:course|year|semester|credit)\\b|\\b(?:be|being|was|been|is|get|got|getting) retained\\b|\\bretention (?:meeting|decision|conversation)\\b|\\bredoublement\\b",
        "\\b(?:didn't|did not|won't|will not|isn't going to|is not going to|not going to) (?:pass (?:the |his |her |their )?(?:\\w+ )?(?:course|year|grade|test|exam|final|provincial|class)|graduate|get enough credits?|get (?:his|her|their) diploma)\\b|\\b(?:n'a pas|ne va pas|ne pourra pas) (?:reussi|passe|reussir|passer|obtenir) (?:son|sa|ses|l'|le|la) (?:annee|cours|examen|diplome|secondaire)\\b",
        `\\b(?:is |was |'s )?(?:failing|flunking|failed|flunked) (?:\\w+ ){0,2}(?:classes|subjects|everything|all (?:of )?(?:his|her|their) (?:classes|courses|subjects)|${SUBJECT})\\b|\\b(?:echoue|echec|coule) (?:en|dans|son cours de|a l'examen de) (?:\\w+ )?${SUBJECT}\\b`,
        // Reading levels: "reads at level J", "lit maintenant au niveau 18"
        "\\b(?:reads|reading) (?:at |on )(?:a |an )?(?:level|lvl) [a-z0-9]{1,2}\\b|\\b(?:f&p|fountas and pinnell|guided reading|pm|dra) level\\b|\\b(?:is|was|still|now|stuck) (?:at|on) (?:a |an )?level [b-z]\\b|\\blit (?:\\w+ )?(?:au|a un) niveau\\b|\\b(?:lecteur|lectrice) de niveau [a-z0-9]{1,2}\\b",
        `\\b(?:\\w+ )?(?:grades?|years?|months?|levels?) (?:behind|below|under) (?:grade level|level|in ${SUBJECT})\\b|\\b(?:lowest|worst|highest|best) (?:mark|grade|score|average|note|resultat) (?:in|of|on|de|dans) (?:the |la |ma |my )?(?:class|classe|group|groupe|grade)\\b`
      ]),
      "i"
    )
  },
  {
    kind: "behaviour",
    re: quickToCompile(
      alt([
        "\\b(?:called|phoned|had to call|call) (?:the )?(?:police|cops|rcmp|grc)\\b|\\b(?:police|cops|rcmp|grc) (?:was|were|got|had to be) (?:called|involved|contacted)\\b|\\b(?:appele|appeler|appelee) (?:la police|la grc)\\b|\\bla (?:police|grc) (?:est venue|a ete appelee|est intervenue)\\b",
        "\\b(?:behaviou?r|attendance|safety|conduct) contract\\b|\\bcontrat (?:de comportement|d'engagement|de conduite)\\b|\\bthreat assessment\\b|\\bvtra\\b|\\bevaluation (?:de la menace|du risque de violence)\\b",
        "\\b(?:brought|bringing|brings) (?:a |an )?(?:knife|weapon|gun|bb gun|vape|lighter|drugs|weed|edibles|alcohol|booze) (?:to|into) (?:school|class)\\b|\\b(?:was carrying|found with|caught with|had) (?:a |an )?(?:knife|weapon|gun|bb gun|vape|drugs|weed|edibles|alcohol)\\b|\\b(?:a apporte|avait|a sorti) (?:un couteau|une arme|de la drogue|du cannabis|de l'alcool)\\b",
        "\\b(?:came|showed up|arrived|was) (?:to school|to class|at school) (?:high|drunk|stoned|intoxicated)\\b|\\b(?:was|came|got|showed up) (?:drunk|stoned|intoxicated)\\b|\\b(?:arrivee?|est arrivee?) (?:gelee?|saoule?|soule?|intoxiquee?)\\b",
        "\\b(?:got|was|were|been|being|gets) (?:busted|caught) (?:with|for|smoking|drinking|vaping|stealing|selling|cheating|fighting|doing)\\b|\\b(?:youth court|court date|a court appearance|criminal charges?|charges (?:against|were laid|laid)|(?:was|got) ticketed|fined by (?:the )?police)\\b|\\b(?:tribunal de la jeunesse|comparution|accusee? (?:de|d')(?! ?reception))",
        "\\b(?:was|were|had to be|got) (?:physically )?(?:restrained|secluded|put in (?:the )?(?:isolation|seclusion|quiet) room)\\b|\\b(?:contention physique|salle d'isolement|mise? en isolement)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "behaviour",
    re: /\b(?:his|her|their|'s) (?:\w+ )?(?:outbursts|tantrums|aggression|aggressive behaviou?r|violent behaviou?r|rages|defiance|acting out|explosive behaviou?r)\b|\b(?:ses|sa|son) (?:crises de colere|comportements? (?:violents?|agressifs?|perturbateurs?|explosifs?)|agressivite|desorganisations?)\b/i
  },
  {
    // Letter grades are capitals: "got her first A in math", "straight Cs".
    kind: "marks",
    re: /\b(?:got|gets|received|earned|pulled|scored|has) (?:(?:his|her|their) )?(?:first|second|another|only|a solid|two|three) (?:an? )?[A-F][+-]?s?(?= (?:in|on)\b)|\bstraight [A-F]s\b/
  },
  {
    // Who a student is: gender identity, orientation, a pregnancy (a mother's is family news).
    kind: "health",
    re: /\b(?:came out|is out|coming out|comes out) (?:to (?:\w+ ){1,3})?as (?:gay|lesbian|bi|bisexual|trans|transgender|nonbinary|non-binary|queer|pan|pansexual|ace|asexual)\b|\b(?:is|'s) (?:now )?(?:transitioning|transgender|nonbinary|non-binary)\b|\buses (?:they\/them|he\/him|she\/her|new pronouns)(?: pronouns)? now\b|\ba fait son coming[- ]out\b|\best (?:une personne )?(?:trans|transgenre|non binaire|non-binaire) |\best en transition\b|(?<!\b(?:mom|mother|aunt|sister|teacher|maman|mere|tante|soeur|enseignante|prof) )\b(?:is|est|got|tombee) (?:pregnant|enceinte)\b/i
  },
  {
    kind: "family",
    re: quickToCompile(
      alt([
        "\\b(?:vit|vivent|habite|habitent|reste|restent|demeure|hebergee?s?) (?:\\w+ )?(?:au|en|dans un|dans une|a la) (?:refuge|maison d'hebergement|centre d'hebergement|maison de transition|centre jeunesse)\\b",
        "\\b(?:couch[- ]surfing|sleeping in (?:their|a|the|his|her) (?:car|truck|van)|living (?:out of|in) (?:their|a|the|his|her) (?:car|truck|van|hotel room|motel)|lives in a (?:hotel|motel)|kinship care|legal guardian(?:ship)?|tuteur legal|tutelle)\\b",
        "\\b(?:mom|dad|mother|father|maman|papa|mere|pere) (?:\\w+ )?(?:walked out|moved out|abandoned (?:them|him|her)|is in rehab|went to rehab|relapsed|is using again|a quitte la maison|est en desintox|a rechute)\\b",
        "\\b(?:est |a ete )?placee? (?:chez (?:sa|son|ses|une|un) (?:tante|oncle|grand-mere|grand-pere|grands-parents|famille|cousine?)|en (?:famille|foyer|centre))\\b",
        "\\b(?:child protection|protection de la jeunesse|social services|services sociaux|the ministry) (?:\\w+ )?(?:took|removed|placed|apprehended|involved|called|is involved|a place|a retire|sont impliques)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "contact",
    re: /\b(?:lives|living|live|stays|habite|demeure|reste|vit) (?:\w+ )?(?:beside|near|down the street from|around the corner from|two doors down from|behind|across from|pres de|a cote de|au coin de|juste derriere) (?:the |la |le |l')?(?:school|park|arena|rink|church|store|gas station|ecole|parc|arena|eglise|depanneur)\b|\b(?:lives|living|habite|demeure) (?:in|at|dans|au) (?:the |les |le )?(?:\w+ )?(?:apartments|apartment building|trailer park|townhouses|condos|appartements|hlm|blocs?|immeuble) (?:on|at|sur|de la|du|near|behind|pres)\b|\b(?:lives|living|habite) in (?:apt|apartment|unit|suite) \d+[a-z]?\b|\b(?:habite|demeure) (?:a l'appartement|au \d+)\b/i
  }
]
