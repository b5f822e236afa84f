import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Health and immigration details the main lists miss, for confidential-student-info,
 * over NORMALISED text (accents folded): conditions by name (eating disorders,
 * anaphylaxis, chronic illness), acute events ("went into anaphylaxis", "a subi
 * une opération"), self-harm; and an immigration file told through permits,
 * papers, agencies and returns ("his parents' work permits expired", "sans-papiers").
 * Each pattern needs a link to a person ("has", "is", "souffre de", "their").
 */

/** Conditions a child "has" (EN and folded FR), beyond the main list. */
const ILLNESS = alt([
  "an? (?:stomach )?ulcer|ulcers|anorexia|bulimia|binge eating|arfid|anaphylaxis|scoliosis|arthritis|juvenile arthritis|lupus|sickle cell(?: anemia| disease)?|hemophilia|haemophilia|tuberculosis|hepatitis|hiv",
  "colitis|ibs|pots|narcolepsy|bipolar(?: disorder)?|schizophrenia|psychosis|a panic disorder|panic disorder|tics|a tic disorder|alopecia|kidney failure|a heart defect|a heart murmur|muscular dystrophy|a rare disease|a brain injury|a tbi|appendicitis|bronchitis",
  "une? ulcere|anorexie|boulimie|anaphylaxie|scoliose|arthrite|lupus|drepanocytose|hemophilie|tuberculose|hepatite|vih|colite|narcolepsie|bipolarite|schizophrenie|psychose|trouble panique|alopecie|insuffisance renale|malformation cardiaque|souffle au coeur|dystrophie musculaire|maladie rare|traumatisme cranien|appendicite|bronchite|maladie de crohn|maladie coeliaque|fibrose kystique|paralysie cerebrale|trisomie|syndrome de \\w+"
])

/** Countries a family may be sent back to (EN, and folded FR after "au/en/aux"). */
const COUNTRY =
  "philippines|india|pakistan|bangladesh|nepal|sri lanka|china|vietnam|mexico|guatemala|honduras|el salvador|colombia|venezuela|haiti|jamaica|nigeria|ghana|kenya|ethiopia|eritrea|somalia|sudan|congo|syria|iraq|iran|afghanistan|ukraine|russia|turkey|lebanon|egypt|morocco|algeria|brazil|peru"
const PAYS =
  "philippines|inde|pakistan|bangladesh|nepal|chine|vietnam|mexique|guatemala|honduras|colombie|venezuela|haiti|nigeria|ghana|kenya|ethiopie|erythree|somalie|soudan|congo|syrie|irak|iran|afghanistan|ukraine|russie|turquie|liban|egypte|maroc|algerie|tunisie|bresil|perou|cameroun|senegal|cote d'ivoire|rdc"

/** Places at war a family member is still in ("Le père d'Ali est toujours en Syrie"; not a work trip). */
const WAR_ZONE =
  "ukraine|syria|syrie|sudan|soudan|south sudan|afghanistan|gaza|yemen|somalia|somalie|eritrea|erythree|congo|the drc|rdc|haiti|iraq|irak|myanmar|tigray|lebanon|liban|palestine"

export const HEALTH_STATUS_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "health",
    re: quickToCompile(
      alt([
        `\\b(?:has|had|have|with|diagnosed with|living with|lives with|battling|fighting|suffers from|suffering from|struggles with|struggling with|recovering from|dealing with|treated for|in treatment for|being treated for|hospitalized for|because of|due to|'s) (?:an? )?(?:severe |mild |serious |chronic |juvenile )?${ILLNESS}\\b`,
        `\\b(?:a|avait|souffre d[e']|souffrait d[e']|atteinte? d[e']|vit avec|diagnostiquee? (?:avec|d[e']) ?|traitee? pour|soignee? pour|hospitalisee? pour|a cause d[e']|en raison d[e']|lutte contre|se bat contre|combat) ?(?:une |un |la |le |l'|de la |de l'|d'une )?${ILLNESS}\\b`,
        "\\b(?:is|was|being|'s|est|etait) (?:\\w+ )?(?:anorexic|bulimic|suicidal|immunocompromised|asthmatic|celiac|paralyzed|paralysed|in remission|on oxygen|anorexique|boulimique|suicidaire|immunodeprimee?|immunosupprimee?|asthmatique|coeliaque|paralysee?|en remission|sous oxygene)\\b",
        // Acute events: "went into anaphylaxis", "had an allergic reaction", "a fait une réaction anaphylactique"
        "\\b(?:went into|goes into|go into|had|has had|having|suffered|in) (?:an? )?(?:anaphylaxis|anaphylactic (?:shock|reaction)|allergic reaction|asthma attack|diabetic (?:low|high|emergency)|low blood sugar|insulin reaction|severe reaction|heart attack|stroke|breakdown|nervous breakdown|mental health crisis|psychiatric crisis|psychotic episode)\\b",
        "\\b(?:a fait|a eu|fait|faisait|a|fera|en) (?:une |un )?(?:reaction anaphylactique|choc anaphylactique|reaction allergique|hypoglycemie|hyperglycemie|malaise|crise (?:de sante mentale|psychotique|cardiaque|de nerfs)|surdose|overdose|tentative de suicide|depression nerveuse|burn-?out)\\b",
        // Surgery and procedures said loosely: "recovering from surgery", "had knee surgery", "a subi une opération"
        "\\b(?:recovering from|recovery from|had|has|having|needs|needed|scheduled for|going in for|in for|after|before|home from|back from|off for) (?:an? |his |her |their |major |minor |emergency |another )?(?:\\w+ )?(?:surgery|surgeries|operation|medical procedure|transplant|amputation|mri|ct scan|biopsy)\\b",
        "\\b(?:a subi|subit|subira|va subir|doit subir|se remet d'|se remet de|attend) (?:une |un |son |sa |sa deuxieme |une autre )?(?:\\w+ )?(?:operation|chirurgie|intervention|greffe|amputation|biopsie|irm|scan)\\b|\\bopere(?:e)? (?:au|a la|a l'|aux|du|de la|d'urgence)\\b",
        // Self-harm in all its forms
        "\\bself[- ]harm\\w*|\\bsuicid(?:e|al)\\w*|\\b(?:se scarifie|se scarifiait|scarification|se mutile|automutil\\w+|s'automutil\\w+|s'est fait du mal|se fait du mal|idees noires|a tente de se suicider|tentative de suicide)\\b|\\b(?:cuts|cut|cutting|hurts|hurting|hurt) (?:himself|herself|themselves|themself)\\b",
        // The student's care: "his EpiPen", "her auto-injector", "son auto-injecteur", "on a feeding schedule"
        "\\b(?:'s|his|her|their|son|sa|ses|un|une|an?) (?:auto-?injectors?|auto-?injecteurs?|epi-?pens?|glucometre|lecteur de glycemie|pompe a insuline|insulin|insuline|nebuliseur|inhalateur|puffer|orthese|corset)\\b",
        "\\b(?:is|was|est|etait|'s) (?:\\w+ )?(?:in|at|a) (?:the |l')?(?:hospital|hopital|icu|soins intensifs|psych ward|psychiatric unit|unite psychiatrique|children's hospital|eating disorder (?:program|clinic|unit))\\b|\\b(?:admitted|admise?|hospitalisee?) (?:to|a|en) (?:the |l')?(?:\\w+ )?(?:hospital|hopital|psychiatrie|pedopsychiatrie|unit|unite)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "immigration",
    re: quickToCompile(
      alt([
        // Papers, permits and their fate: "parents' work permits expired", "le permis de travail du père"
        "\\b(?:work|study) permits?\\b|\\bpermis (?:de travail|d'etudes?|de sejour)\\b|\\b(?:visa|permit|permis|papers|papiers|status|statut)s? (?:\\w+ ){0,2}(?:expired|expires|expiring|ran out|runs out|run out|was denied|were denied|denied|refused|rejected|revoked|expire|a expire|ont expire|refuse|refusee?s?|rejetee?s?|revoquee?s?)\\b",
        "\\b(?:sans|no|without)[- ]papiers\\b|\\bsans statut\\b|\\b(?:out of|lost (?:their|his|her)|no legal|without legal) status\\b|\\boverstay(?:ed|ing)? (?:their|his|her|a) visa\\b|\\billegal(?:ly)? (?:immigrants?|in canada|here)\\b",
        // The agencies and hearings of a file, not a parent's job ("works for Immigration Canada").
        "(?<!\\b(?:works?|worked|working|job|employed|travaille|travaillent|an?|un|une) (?:for |at |with |pour |a |chez )?(?:the )?)\\b(?:ircc|cbsa|asfc|immigration canada|immigration (?:officers?|lawyer|hearing|judge|court|appeal|detention)|border services|avocat (?:en|d') immigration|agents? d'immigration|commission de l'immigration|cisr|irb)\\b",
        // Going back, sent back: "had to go back to the Philippines", "renvoyés dans leur pays"
        `\\b(?:had to|have to|has to|must|forced to|will have to|might have to|may have to|could have to) (?:go|move|return|fly) back (?:home |to (?:the )?(?:${COUNTRY}|(?:their|his|her) (?:home )?country))\\b|\\b(?:doivent|ont du|a du|devront|pourraient devoir|risquent de) (?:retourner|repartir|rentrer) (?:dans (?:leur|son) pays|(?:au|en|aux) (?:${PAYS}))\\b|\\b(?:expulsee?s?|renvoyee?s?|deportee?s?) (?:du pays|du canada|vers|dans leur pays|dans son pays)\\b`,
        `\\b(?:escaped|fled|survived|lived through|flee|fleeing) (?:the )?(?:bombing|bombings|airstrikes|shelling|massacres?|genocide|occupation|war zone)\\b|\\b(?:mom|dad|mother|father|parents?|brother|sister|family|pere|mere|parents|frere|soeur|famille) (?:[\\w']+ ){0,2}(?:is|are|est|sont) (?:still |toujours |encore |stuck |coincee?s? )(?:stuck |coincee?s? )?(?:in|en|au|a) (?:${WAR_ZONE})\\b`,
        "\\b(?:is|are|was|were|as|came as|arrived as|came here as|est|sont|etait|comme|en tant que) (?:a |an |un |une |des )?(?:refugee|refugees|asylum seekers?|asylum claimants?|refugiee?s?|demandeu(?:r|se|rs|ses) d'asile|sans-papiers|immigrante?s? illegaux|temporary residents?|residents? temporaires?)\\b",
        "\\b(?:their|his|her|'s|leur|son|sa) (?:refugee|asylum|pr|citizenship|residency|immigration|sponsorship|parrainage|asile|residence|citoyennete) (?:claim|case|application|file|hearing|interview|papers|card|dossier|demande|audience|entrevue|carte)\\b"
      ]),
      "i"
    )
  }
]
