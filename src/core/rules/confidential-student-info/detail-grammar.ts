import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Wider cues for confidential-student-info, built as small grammars rather than
 * phrases: a word class (a special-education support, a school mark, a legal
 * status) joined to a person by a link (a possessive, "has / works with / a une",
 * a copula, French "le PEI de Zoé"). Like lexicon.ts, the text is NORMALISED
 * (accents folded, quotes straight); French forms cover gender and number
 * ("évalué·e·s", "réfugié·e·s") and the usual conjugations.
 */

/** Who helps a student with special needs, in English and French. */
const SUPPORT_PERSON = alt([
  "ea|educational assistant|education assistant|teacher'?s? aide|aide|para|paraprofessional|support worker|resource teacher",
  "ae|aide-enseignante?|aide enseignante?|orthopedagogue|orthophoniste|accompagnatrice|accompagnateur"
])

/** Learning differences said as a noun ("a reading disability", "des difficultés d'apprentissage"). */
const LEARNING_NEED = alt([
  "(?:learning|reading|writing|math|intellectual|developmental|language|processing) (?:disability|disabilities|difficulties|disorder|delay)",
  "(?:difficultes?|troubles?) (?:d'apprentissage|de (?:lecture|langage|l'ecriture|comportement)|du langage|langagiers?)|deficience intellectuelle|retard de (?:langage|developpement)"
])

/** Adjectives a person is ("dyslexic", "dyslexique"): personal by themselves. */
const NEED_ADJECTIVE = "(?:dyslex|dysorthograph|dyspraxi|dyscalcul|dysgraph|dysphas)\\w*"

/** Things that belong to one student's file, after a French "de + Name" ("le bulletin de Zoé"). */
const FILE_NOUN_FR =
  "PEI|PPI|pei|plan d'intervention|bulletin|note|notes|moyenne|resultats?|diagnostic|visa|statut|AE|aide-enseignante?|medicaments?|garde|orthopedagogue|orthophoniste|psychologue|ergotherapeute|travailleu(?:r|se) social(?:e)?"

/** Clinicians and workers who follow one child. */
const CLINICIAN =
  "(?:speech |occupational |physical |play |art |behaviou?r )?(?:therapist|slp|pathologist|ot|psychologist|psychiatrist|pediatrician|paediatrician|clinician|social worker|case ?worker|specialist|consultant)"

/** Tools of a support plan, said as the student's own ("his visual schedule"). */
const SUPPORT_TOOL =
  "visual schedule|sensory (?:breaks?|tools?|kit|room)|weighted (?:vest|blanket|lap pad)|token board|first-then board|noise-cancell?ing headphones|horaire visuel|pauses? sensorielles?|casque antibruit|coquilles"

export const WIDER_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "special-education",
    re: quickToCompile(
      alt([
        `\\b(?:with|has|have|had|gets|got|getting|needs|works with|working with|shares|avec|a|avait|aura|travaille avec|partage) (?:now |also |finally |still |maintenant |aussi |enfin |toujours |encore )?(?:an?|one|un|une|his|her|their|son|sa|own|new|full-time|part-time) (?:(?:new|full-time|part-time|1:1|one-on-one) )?${SUPPORT_PERSON}\\b`,
        `\\b(?:his|her|their|'s) (?:new |own |full-time |part-time )?(?:educational assistant|education assistant|aide|para|support worker)\\b`,
        `\\b${SUPPORT_PERSON} (?:who |that |qui )?(?:works|worked|working|sits|sat|is assigned|was assigned|assigned|travaille|travaillait|est assignee?|accompagne)(?: one-on-one| 1:1| seule? a seule?| individuellement)? (?:with|to|avec|aupres)\\b`,
        `\\b(?:his|her|their|'s) (?:new )?${CLINICIAN}\\b|\\b(?:psychologist'?s?|psych|assessment|evaluation|clinician'?s?) (?:report|results|findings)\\b|\\brapport (?:de la psychologue|du psychologue|d'evaluation|de l'orthophoniste)\\b`,
        `\\b(?:his|her|their|'s|son|sa|ses) (?:\\w+ )?(?:${SUPPORT_TOOL})\\b`,
        "\\b(?:individuali[sz]ed|modified|adapted|adjusted) (?:program|programming|curriculum|work|assignments|tests?|spelling list)\\b|\\b(?:programme|programmation|travail|examens?|devoirs) (?:adaptee?s?|modifiee?s?|individualisee?s?)\\b|\\b(?:his|her|their|'s|has|gets|needs|ses|a des|avec des) (?!(?:hotel|motel|travel|trip|tournament|camp|cabin|overnight|lodging|housing|billet)\\b)(?:\\w+ )?(?:accommodations|adaptations)\\b",
        `\\b(?:an? |une? |des |his |her |their |sa |ses )?(?:\\w+ )?${LEARNING_NEED}\\b`,
        `\\b(?:${NEED_ADJECTIVE})\\b`,
        "\\b(?:soutien|aide|appui|service) (?:en|de la|de|a la) (?:ressource|orthopedagogie|orthophonie|classe-ressource)\\b|\\b(?:enseignante?|classe) (?:ressource|resource) (?:avec|pour|l'aide|le prend|la prend)\\b",
        "\\b(?:evaluee?s?|testee?s?|diagnostiquee?s?|suivie?s?) (?:par|chez|pour) (?:la |le |l'|une? )?(?:psychologue|orthophoniste|orthopedagogue|ergotherapeute|pedopsychiatre|psychiatre|tdah|tsa|dyslexie|autisme|trouble)\\w*\\b",
        "\\b(?:being|been|was|were|is|get|getting|got) (?:assessed|tested|evaluated|screened|referred)\\b(?! on\\b)|\\breferr(?:ed|al) (?:to|for) (?:the )?(?:school )?(?:psychologist|speech|ot|clinician|resource)\\b",
        "\\bspecial needs\\b|\\b(?:besoins particuliers|besoins speciaux|eleve a besoins)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "marks",
    re: quickToCompile(
      alt([
        // Scores: "32 out of 50", "3/10", "12 sur 20", after a verb of getting.
        "\\b(?:got|get|gets|scored|scores|earned|received|had|has|made|only|just|a eu|a obtenu|obtient|a fait|avait) (?:only |just |seulement |juste )?(?:an? |un |une )?\\d{1,3}(?:[.,]\\d)? ?(?:/|out of|sur) ?\\d{1,3}\\b|\\ba (?:seulement |juste )?\\d{1,3}(?:[.,]\\d)? sur \\d{1,3}\\b",
        "\\b(?:has|had|avait|a|with|avec) (?:an? |une )?(?:average of |moyenne de )?\\d{1,3} ?% (?:de moyenne|average|in|en|on|au|a la|a l'|dans)\\b",
        "\\b(?:lowest|worst|failing|low) (?:mark|grade|score)s?\\b|\\b(?:pire|plus basse|mauvaise|mauvaises) notes?\\b|\\bnotes? (?:la plus basse|d'echec|en baisse)\\b",
        "\\b(?:barely|just barely|finally|only just) passed\\b|\\b(?:de justesse|reussi de peine et de misere)\\b",
        "\\b(?:one|two|three|four|a|\\d) (?:full )?(?:grades?|grade levels?|years?) behind\\b|\\b(?:un|deux|trois|quatre|\\d) ans? de retard\\b|\\ben retard (?:en|de \\w+ ans? en) (?:lecture|maths?|ecriture|francais)\\b",
        "\\b(?:his|her|their|'s) (?:\\w+ )?mark\\b|\\b(?:sa|son|ses) (?:\\w+ )?(?:note|notes|moyenne|resultats?|bulletin)\\b",
        "\\b(?:failed|fails|failing|flunked|bombed|tanked|blew|echoue|echouent|echouait|a coule|coule|rate|a rate) (?:\\w+ ){0,3}(?:test|quiz|exam|examen|cours|course|courses|classes|unit|term|semester|semestre|etape|annee|dictee|controle|final|finals|midterm|matieres?|subjects?)\\b",
        "\\b(?:not (?:yet )?meeting|below|approaching) (?:the )?(?:grade[- ]level )?expectations\\b|\\bne (?:repond|rencontre|satisfait) pas (?:encore )?aux attentes\\b|\\b(?:report card|bulletin) (?:comments?|commentaires?|marks|grades|notes) (?:for|of|de|d')|\\bcommentaires? (?:au|du) bulletin\\b",
        "\\b(?:reading|writing|math) (?:level|score|mark)s? (?:is|are|was|were|dropped|went|stay\\w*)\\b|\\bniveau (?:de lecture|en lecture|en maths?)\\b"
      ]),
      "i"
    )
  },
  {
    // Letter grades ("a D in math", "un D en maths"): case-sensitive, the letter is a capital.
    kind: "marks",
    re: /\b(?:got|gets|getting|earned|received|scored|has|had|a eu|a obtenu|obtient|avait) (?:an? |un |une )?[A-F][+-]?(?= (?:in|on|en|a|au|dans)\b)|\ba (?:un |une )?[A-F][+-]? (?:en|dans|au)\b|\bfrom an? [A-F][+-]? to an? [A-F]\b|\bd'un [A-F][+-]? a un [A-F]\b/
  },
  {
    // French possession "le PEI de Zoé", "la note de Gabriel": the name has a capital.
    kind: "file",
    re: quickToCompile(
      `\\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]'|[Aa]u|[Dd]u|[Aa]ux)(?:(?<=')| )(?:${FILE_NOUN_FR})(?: [a-z]+)? (?:de |d')[A-Z]`
    )
  },
  {
    kind: "immigration",
    re: quickToCompile(
      alt([
        "\\b(?:no|without|lost|lost their|lost her|lost his|sans|pas de|n'a pas de|n'ont pas de) (?:immigration |legal |valid |ses |leurs )?(?:papers|papiers|status|statut|visa)\\b",
        "\\b(?:his|her|their|'s|sa|son|leur|leurs) (?:\\w+ )?(?:visa|work permit|study permit|permis d'etudes|permis de travail|citizenship|citoyennete|immigration)\\b|\\bvisas? (?:expires?|expired|ran out|expire)\\b",
        "\\b(?:stay|remain|rester|demeurer) (?:in|au) (?:canada|the country|pays)\\b|\\b(?:sent|send|sending) back to (?:his|her|their) (?:home )?country\\b|\\b(?:renvoyee?s?|retournee?s?) dans (?:son|leur) pays\\b",
        "\\b(?:refugee|displacement|displaced persons?) camps?\\b|\\bcamps? de (?:refugies|deplaces)\\b|\\b(?:arrived|came|lived|living|grew up|born|spent \\w+ years?) (?:here )?(?:from|in) a camp\\b|\\b(?:arrivee?s?|venue?s?|vecu|nee?|grandi) (?:d'un|dans un) camp\\b(?! de (?:jour|vacances|hockey|soccer|ete))",
        "\\b(?:is|are|was|were|est|sont|etait|comme) (?:a |an |un |une |des )?(?:new )?(?:newcomers?|immigrants?|nouvel(?:le)? arrivante?|nouveaux arrivants|nouvelles arrivantes|immigrante?s?|immigree?s?)\\b|\\bnew to canada\\b|\\bnouvellement arrivee?s?\\b",
        "\\b(?:arrived|came|moved|immigrated) (?:here |to canada |in canada )?(?:to canada|in canada|from (?:syria|ukraine|afghanistan|sudan|south sudan|eritrea|somalia|congo|yemen|iraq|iran|ethiopia|venezuela|haiti|myanmar))\\b|\\b(?:arrivee?s?|venue?s?|immigree?s?) (?:au canada|d'(?:ukraine|afghanistan|erythree|ethiopie|irak|iran)|de (?:syrie|somalie|l'ukraine|l'afghanistan|haiti))\\b",
        "\\b(?:refugee|asylum|immigration) (?:claim|hearing|case|application|papers|status)\\b|\\bstatut (?:de refugiee?|d'immigrante?|de resident)\\b|\\bdeportee?s?\\b|\\bdemande de statut\\b"
      ]),
      "i"
    )
  },
  {
    kind: "family",
    re: quickToCompile(
      alt([
        "\\b(?:parents?|pere|mere|papa|maman|mom|dad|mother|father) (?:[\\w']+ ){0,3}(?:divorc\\w*|se separ\\w*|(?:sont|se sont) separes|separated|split up|broke up|left (?:them|the family|home))\\b",
        "\\b(?:into|in the) care\\b|\\b(?:apprehended|taken into care|placed in care)\\b|\\bplacee?s? (?:en famille|en foyer|par les services|en centre)\\b|\\bservices a l'enfant\\b|\\b(?:ssej|dpj)\\b",
        "\\b(?:a|avait|ont|obtenu|perdu|has|have|got|won|lost|shares?)(?: plus| pas| no longer| not)? (?:la |sa |leur |the |his |her |their |full |sole |joint |primary )?(?:garde|custody)\\b|\\b(?:garde partagee|custody battle|custody)\\b",
        "\\b(?:domestic violence|violence familiale|violence conjugale|un refuge pour femmes|women's shelter|homeless|sans-abri|itinerance)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "behaviour",
    re: quickToCompile(
      alt([
        "\\b(?:had to stay|kept|keep|stayed|stays) in (?:for|at|during) (?:recess|lunch)\\b|\\b(?:lost|loses|losing) (?:his|her|their) (?:recess|lunch recess)\\b|\\bprivee? de (?:recreation|recre)\\b",
        "\\b(?:to|in) the (?:principal|vice-principal|vp)'?s? office\\b|\\b(?:envoyee?|renvoyee?|convoquee?) (?:au bureau|a la direction|chez (?:la directrice|le directeur))\\b|\\bau bureau (?:de la direction|du directeur|de la directrice)\\b",
        "\\b(?:hitting|punching|biting|kicking|bullying|swearing at|threatening|pushing) (?:a classmate|another (?:kid|student|child)|someone|somebody|other kids|his|her|a teacher|an ea|a staff)\\b|\\bpour avoir (?:frappe|pousse|mordu|insulte|menace|vole|sacre|intimide)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "health",
    re: /\b(?:in a cast|on crutches|in a sling|got (?:his|her|their) (?:cast|stitches)|(?:his|her|their|'s) (?:cast|stitches|crutches|sling|brace)|(?:un|son|le) platre|des bequilles|(?:des )?points de suture)\b/i
  },
  {
    kind: "contact",
    re: /\b(?:lives|living|live|stays|staying) on (?:the )?[\w'-]+ (?:st|street|ave|avenue|rd|road|dr|drive|cres|crescent|bay|blvd|boulevard|lane|way|court|place|trail)\b|\b(?:habite|demeure|reste|vit) (?:sur (?:la )?|dans la |a la )?(?:rue|avenue|boulevard|chemin|croissant) [\w'-]+/i
  },
  {
    kind: "health",
    re: quickToCompile(
      alt([
        "\\b(?:his|her|their|'s|sa|son) (?:mental health|sante mentale)\\b",
        "\\b(?:sprained|broke|fractured|twisted|hurt|injured|dislocated|tore|cut open) (?:his|her|their) (?:\\w+ )?(?:ankle|wrist|arm|leg|knee|elbow|shoulder|finger|toe|foot|hand|back|neck|head|nose|collarbone|acl|hip|femur|tibia|fibula|pelvis|ribs?|jaw|skull|thumb|spine|tooth|teeth|shin)\\b|\\bs'est (?:foulee?|fracturee?|cassee?|blessee?|disloquee?|tordue?|dechiree?) (?:le |la |l'|les |un |une )?\\w+",
        "\\b(?:wears|wearing|uses|using|has|in|needs|with) (?:a |an |his |her |their )?(?:hearing aids?|wheelchair|walker|feeding tube|g-tube|cochlear implants?|prosthetic \\w+|glucose monitor)\\b|\\b(?:porte|utilise|avec|en) (?:des |un |une |son |sa |ses )?(?:appareils? auditifs?|fauteuil roulant|implants? cochleaires?|prothese|marchette)\\b|\\bse deplace en fauteuil\\b",
        "\\b(?:is|was|est|etait|'s) (?:\\w+ )?(?:blind|deaf|visually impaired|hard of hearing|aveugle|sourde?|malvoyante?|malentendante?)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "behaviour",
    re: quickToCompile(
      alt([
        "\\b(?:stole|steals|stealing|shoplifted) (?:a |an |the |his |her |some |money|from)\\b|\\b(?:a vole|vole|volait) (?:le |la |les |l'|un |une |de l'argent|des |dans)\\b",
        "\\b(?:punched|hit|kicked|bit|slapped|shoved|pushed|attacked|assaulted|choked|tripped) (?:a |another |the |one of the )?(?:kid|student|classmate|boy|girl|child|someone|somebody|ea|teacher|staff member)s?\\b|\\ba (?:frappe|mordu|pousse|attaque|agresse) (?:un |une |son |sa )?(?:ami|amie|eleve|camarade|enfant|quelqu'un|enseignante?)\\b",
        "\\b(?:skipping|skipped|skips|cutting|ditching|bunking) (?:\\w+ )?(?:class|classes|school)\\b|\\btruan\\w+\\b|\\b(?:seche|sechait|a seche|foxe|foxait|a foxe) (?:ses |les |son |l')?(?:cours|ecole)\\b",
        "\\b(?:kicked off|banned from|removed from|suspended from|barred from) (?:the )?(?:bus|team|field trip|trip|school|playground)\\b|\\b(?:interdite?|exclue?|retiree?) (?:de l'autobus|du bus|de l'equipe|de la sortie)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "family",
    re: /\b(?:living|lives|live|staying|stays|moved) (?:in|into|at) (?:a|the) (?:\w+ )?shelter\b|\b(?:vit|vivent|habite|habitent|reste|restent|demeure) (?:dans|a) (?:un|le) refuge\b|\ben (?:desintox|cure de desintoxication)\b|\b(?:new stepdad|new stepmom|new stepfather|new stepmother|nouveau beau-pere|nouvelle belle-mere|(?:mom|dad)'s (?:new )?(?:boyfriend|girlfriend))\b/i
  },
  {
    kind: "immigration",
    re: /\b(?:his|her|their|'s|son|leur) (?:immigration|legal|refugee|residency|citizenship) (?:status|statut)\b|\b(?:because of|due to|a cause de|en raison de) (?:his|her|their|son|leur) (?:status|statut)\b|\b(?:crossed|cross|crossing) the border\b|\b(?:traverse|traverser|traversee?s?) la frontiere\b|\b(?:their|his|her|'s) pr\b|\bpr card\b/i
  },
  {
    kind: "marks",
    re: quickToCompile(
      alt([
        "\\b(?:got|gets|scored|earned|received|a eu|a obtenu|obtient|avait) (?:only |just |seulement )?(?:an? |un |une )?\\d{1,3}(?:[.,]\\d)?(?: ?%| ?/ ?\\d+| out of \\d+| sur \\d+)? (?:on |in |for |a |au |a la |a l'|sur |en |dans )(?:the |his |her |their |my |le |la |les |son |sa |ses )?(?:\\w+ ){0,2}(?:test|quiz|exam|final|midterm|assessment|evaluation|report card|rubric|project|essay|assignment|examen|dictee|controle|bulletin|travail|projet|devoir)s?\\b",
        "\\b(?:retake|retaking|redo|redoing|rewrite|rewriting|reprendre|reprend|refaire|refait|repasser) (?:the |his |her |their |l'|le |la |son |sa )?(?:\\w+ )?(?:exam|test|final|course|class|year|examen|cours|annee|controle)\\b",
        "\\b(?:double|a double|redouble\\w*|reprend|reprendre) (?:sa|son|la|une|l') ?(?:\\d+(?:e|re) )?annee\\b"
      ]),
      "i"
    )
  },
  {
    // French participles agree with the student: "suspendues", "expulsés", "hospitalisée".
    kind: "behaviour",
    re: /\b(?:a|ont|avait|avaient|sera|seront|etre) ete (?:suspendu|expulse|renvoye|arrete|hospitalise|diagnostique|opere|interne|evalue|teste)(?:e|es|ees|s)?\b|\bsuspendu(?:e|es|ees|s)\b/i
  },
  {
    kind: "health",
    re: /\b(?:prend|prennent|prenait|prendre|sous) (?:du |de la |de l'|des |le |la |son |sa |ses )?(?:ritalin|concerta|biphentin|vyvanse|adderall|strattera|insuline|antidepresseurs?|medicaments?|medication|pilules?|melatonine)\b|\b(?:on|takes?|taking|started) (?:\w+ )?(?:biphentin|vyvanse|strattera|prozac|zoloft|melatonin|an inhaler|an epipen)\b/i
  },
  {
    kind: "marks",
    re: /\b(?:is|are|was|falling|fell|so|way|far|really|still|years?|months?) behind (?:in|on|with) (?:reading|writing|math|spelling|ela|french|his|her|their)\b|\b(?:his|her|their|'s|sa|son) (?:reading|writing|spelling|math|lecture|ecriture) (?:\w+ )?(?:is|est) (?:\w+ )?(?:behind|below|weak|delayed|en retard|faible)\b|\ben retard en (?:lecture|maths?|ecriture|francais)\b/i
  },
  {
    // Where a student lives, said loosely ("lives … at the corner of Elm", "habite … sur la rue Main"),
    // and the student's own social-media account.
    kind: "contact",
    re: /\b(?:lives|living|habite|demeure|reste|vit)\b[^.!?]{0,60}?\b(?:sur la rue|dans la rue|sur l'avenue|on the corner of|at the corner of|au coin de)\b|\b(?:his|her|their|'s|son|sa) (?:instagram|insta|tiktok|snapchat|snap|youtube|discord|handle|account|compte)(?: is|:| est)? @[\w.]{3,}/i
  },
  {
    kind: "family",
    // A death or a living arrangement in the student's family.
    re: /\b(?:lost|losing) (?:his|her|their) (?:mom|mother|dad|father|parents?|brother|sister|baby brother|baby sister|grandma|grandpa|grandmother|grandfather|twin)\b|\ba perdu (?:sa|son|ses) (?:mere|pere|maman|papa|parents|frere|soeur|grand-mere|grand-pere|jumelle?)\b|\b(?:lives|living|staying|moved in) with (?:his|her|their) (?:grandma|grandpa|grandparents|grandmother|grandfather|aunt|uncle|auntie|kokum|older (?:brother|sister))\b|\b(?:vit|habite|reste|demeure) (?:maintenant )?chez (?:sa|son|ses) (?:grand-mere|grand-pere|grands-parents|tante|oncle|kokum)\b/i
  },
  {
    kind: "marks",
    re: /\b(?:lowest|weakest|struggling|slowest|lowest-level) (?:reader|speller|writer|student|learner|mathematician)s?\b|\b(?:moved|jumped|went|bumped|is now|finally) up (?:to )?(?:a )?(?:reading )?level (?:[a-z]|\d{1,2} in reading)\b|\b(?:passee?|montee?|rendue?|rendu) (?:au|a un) niveau (?:[a-z]|\d{1,2} en lecture)\b|\b(?:plus faible|pire) (?:lecteur|lectrice|eleve)\b/i
  },
  {
    kind: "special-education",
    re: /\b(?:iep|pei|ppi|psych-?ed|case conference|intake|transition|student services|school team|equipe-ecole) (?:meeting|conference|review|rencontre|reunion)s? (?:for|about|with|pour|de|d')|\b(?:rencontre|reunion) (?:de |du |d')?(?:pei|ppi|plan d'intervention|equipe-ecole|l'equipe-ecole) (?:pour|de|d')|\bpull-?out (?:program|support|group|sessions?)\b|\b(?:avec|chez) (?:l'|la |le |une |un |son |sa )(?:orthophoniste|psychologue|ergotherapeute|orthopedagogue|pedopsychiatre|psychiatre|travailleu(?:r|se) social(?:e)?)\b/i
  },
  {
    kind: "health",
    re: /\b(?:a eu|fait|faisait|a fait) une (?:\w+ )?crise\b(?! de rire)/i
  },
  {
    kind: "contact",
    re: /\b(?:lives|living|live|habite|demeure|reste)\b (?:\w+ )?(?:a cote de|juste a cote|next door to|right next to|across (?:the street )?from|en face de|behind|derriere)\b|\b(?:lives|living|live|stays) (?:\w+ )?(?:on|at|off) (?:road|highway|hwy|range road|township road|rr|route|mile|chemin|rang) \d+/i
  },
  {
    kind: "health",
    re: quickToCompile(
      alt([
        "\\b(?:lactose|gluten|dairy|egg|nut|peanut) intoleran\\w*|\\bintolerance (?:au|aux|a la) \\w+|\\bintolerante? (?:au|aux|a la)\\b",
        "\\b(?:'s|his|her|their|son|sa|ses) (?:new |daily |morning |adhd |anxiety )?(?:epi-?pen|inhaler|meds|medication|medicine|pills|pompe|medicaments?)\\b",
        "\\b(?:his|her|their|'s) (?:attention|behaviou?r|anger|emotional|medical|health|sensory|toileting|bathroom) (?:issues|problems|needs|difficulties|struggles|condition|concerns)\\b",
        "\\bcutting (?:himself|herself|themselves)\\b|\\b(?:se mutile|s'automutile|automutilation|idees suicidaires|pensees suicidaires)\\b",
        "\\b(?:in|to|at) the (?:er|emergency room|emergency department)\\b|\\b(?:a l'urgence|aux urgences)\\b",
        "\\bsuivie? (?:en|par|chez) (?:la |le )?(?:pedopsychiatr\\w*|psychiatr\\w*|psycholog\\w*|orthophon\\w*|ergotherap\\w*)",
        "\\b(?:wet|wets|wetting|soiled|peed|pooped) (?:his|her|their) (?:pants|bed)\\b|\\b(?:had|has) (?:an|another) accident in (?:class|the classroom|his pants|her pants)\\b|\\b(?:mouille|a mouille|a fait pipi dans) (?:son|sa) (?:pantalon|culotte|lit)\\b",
        "\\b(?:his|her|their|'s) (?:seizure|emergency|medical|health|crisis|allergy|anaphylaxis) (?:plan|protocol)\\b|\\bplan d'(?:urgence|action|soins?) (?:pour|de|d')"
      ]),
      "i"
    )
  },
  {
    // Want at home, and orders that keep a parent away.
    kind: "family",
    re: /\b(?:can't|cannot|can not|couldn't) afford (?:lunch|food|groceries|rent|a coat|boots|the trip|school supplies)\b|\b(?:hasn't|has not|hadn't|didn't) eat(?:en)? (?:since|all|in)\b|\bne mange pas a sa faim\b|\bn'a pas (?:mange|les moyens)\b|\b(?:uses|use|relies on|rely on|depends on|goes to|go to|utilise|utilisent|depend de|va a) (?:the |a |la )?(?:food bank|banque alimentaire)\b|\b(?:misere financiere|de la misere financierement|no-contact order|ordonnance de (?:non-contact|protection|restriction))\b|\b(?:isn't|is not|aren't|not) allowed (?:near|to pick (?:him|her|them) up|to see|to contact)\b|\bn'a pas le droit de (?:s'approcher|voir|venir chercher|contacter)\b/i
  },
  {
    kind: "behaviour",
    re: /\b(?:is|was|being|been|gets|got) bullied\b|\bbullied by\b|\bse fait intimider\b|\bvictime d'intimidation\b|\bplagiari\w+|\b(?:a plagie|plagiat|a triche|cheated on)\b|\b(?:his|her|their|'s) attendance\b|\battendance (?:problem|issue|concern)s?\b|\bmissed \d+ (?:days|classes)\b|\b(?:a manque|manque) \d+ (?:jours|cours)\b|\b(?:chronically absent|absenteisme)\b/i
  },
  {
    kind: "special-education",
    re: /\bgifted (?:program|class|identification|testing|assessment|designation)\b|\bidentified as gifted\b|\bskipped a grade\b|\ba saute une annee\b|\bprogramme (?:d'enrichissement|pour eleves doues)\b|\bat (?:a|the) (?:grade|gr\.?) ?\d+ level\b|\bau niveau (?:de la )?\d+(?:e|re) annee\b/i
  }
]
