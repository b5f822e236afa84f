/**
 * What is NOT a student's full name even though it looks like one: staff with
 * a title, things named after people (Terry Fox Run, Louis Riel Day, Brandon
 * University), public figures and fictional characters school posts mention,
 * and places or organisations that read like names (Prince Albert, Tim Hortons).
 * All lower-case and folded, as nameKey() writes them.
 */

import { quickToCompile } from "../text/quick-compile"

const words = (s: string): Set<string> => new Set(s.split(" ").filter(Boolean))
const phrases = (s: string): Set<string> =>
  new Set(
    s
      .split("|")
      .map((p) => p.trim())
      .filter(Boolean)
  )

/** Titles right before a name: the person is staff or an adult guest (AP 144 is about students). */
export const HONORIFICS = words(
  "mr mrs ms mx miss mister dr dre drs dres doctor prof professor principal vice-principal vp superintendent " +
    "asst assistant coach madame mme mlle mademoiselle monsieur m sir dame lady lord elder chief " +
    "grand-chief councillor councilor father fr sister sr brother br pastor rev reverend bishop rabbi " +
    "imam pere soeur constable cst officer sgt sergeant corporal cpl capt captain lt lieutenant " +
    "general gen colonel col major commander inspector detective judge justice mayor reeve premier " +
    "minister mla mp senator president trustee chair chairperson chairman director manager " +
    "supt nurse auntie aunty uncle kokum kookum mushom moshom grandma grandpa grandmother grandfather " +
    "granny nana papa saint st ste king queen prince princess duke duchess honourable honorable hon " +
    "teacher educator librarian counsellor counselor custodian secretary author illustrator artist " +
    "sra srta herr frau pani astronaut keeper knowledge-keeper baba dido gido gigi dyadko tato mama kokum kookum mosom moshom mooshum nokomis " +
    "lola lolo tita tito abuela abuelo tia tio oma opa nonna nonno bubbie zaidy zeyde dadi dada " +
    "nani nanaji dadaji bibi jiddo teta yaya papou mamie papi pepere memere grand-maman grand-papa " +
    // French roles written before a name, in lower case: "la directrice Dana Flett", "l'entraîneur Tyler Starr".
    "directeur directrice entraineur entraineuse enseignant enseignante professeure aine ainee " +
    "surintendant surintendante conseillere infirmiere infirmier bibliothecaire animateur animatrice " +
    "orthopedagogue psychologue travailleuse travailleur " +
    // Other adults in a school: "our EA Sarah Penner", "bus driver Ken Thiessen".
    "ea driver chaperone caretaker janitor chauffeur chauffeuse accompagnateur accompagnatrice"
)

/** A capitalised word right AFTER a name that makes the whole thing an event, place or institution. */
export const NAMED_AFTER_SUFFIXES = words(
  "run walk day days week month award awards prize trophy cup medal scholarship bursary fund " +
    "foundation memorial institute university college collegiate school schools high elementary " +
    "middle junior secondary academy campus library museum gallery centre center arena stadium " +
    "field fields park gardens garden zoo pool rink gym gymnasium hall auditorium theatre theater " +
    "hospital clinic building house tower lodge church cathedral chapel mosque temple gurdwara " +
    "synagogue street st avenue ave road rd drive dr boulevard blvd way lane crescent place square " +
    "highway hwy bridge trail lake river bay beach island islands falls mountain mount creek valley " +
    "community complex mall plaza society club league association program programme project " +
    "challenge classic tournament invitational games festival lecture series act law effect " +
    "elementary's station village estates heights hills manor shirt jr sr ii iii iv junior's " +
    "books book novels series collection method cafe restaurant pizza fair fest legion branch " +
    "store stores shop shoppe thrift market mart bakery pharmacy foods farms farm motors hardware " +
    "inc ltd co corp company group kitchen grill bistro diner deli " +
    "centennial arts theatre recital concert maze patch studio studios ridge meadows pines grove marsh " +
    // Businesses that sponsor teams and host trips: "Dueck Chevrolet", "Friesen Lumber".
    "chevrolet chev gm dealership lumber insurance trucking transport plumbing heating electric " +
    "construction contracting excavating landscaping realty greenhouse greenhouses orchard orchards " +
    "ranch dairy meats seeds equipment implements auto automotive collision towing furniture " +
    "funeral dental optometry law printing signs sports builders homes supply sales services " +
    // "Loewen Windows", "Reimer Express", "Penner Tire": more trades and firms after an owner's name.
    "windows doors roofing flooring paving concrete drywall cleaning appliances electronics " +
    "technologies solutions consulting accounting financial investments properties enterprises " +
    "industries manufacturing welding fabrication feeds nursery florist salon spa physiotherapy " +
    "chiropractic optical eyecare veterinary kennels tire tires express logistics freight " +
    "rentals catering roasters brewing apiaries acres designs photography media marketing " +
    "engineering agency agencies travel tours dentistry orthodontics llp " +
    // House and team names: "Lavallée Lynx", "the Wiebe Wolves", "Gagnon Geckos".
    "lynx geckos wolves eagles hawks falcons bears tigers lions panthers cougars bulldogs mustangs " +
    "huskies wildcats raptors ravens owls foxes coyotes comets rockets titans knights " +
    "warriors spartans vikings trojans pirates chargers flames royals rebels sharks dragons " +
    "hornets badgers beavers otters stallions broncos rams bobcats jaguars cobras vipers raiders " +
    "crushers loups aigles faucons tigres pantheres couguars renards castors harfangs hiboux " +
    "carcajous bisons requins chevaliers guerriers eclairs cometes " +
    // More mascots of the teams a school plays: "Dakota Lancers", "Selkirk Steelers".
    "lancers blazers steelers braves cardinals mavericks bruins flyers rangers blues jets kings " +
    "saints pioneers voyageurs patriots crusaders marauders monarchs thunderbirds timberwolves " +
    "grizzlies orioles blue-jays seahawks scorpions wolverines sabres canucks oilers"
)

/**
 * After "'s", a business or something named after someone rather than a student's thing:
 * "Jake Penner's farm", "Pat Penner's Greenhouse", "Tyler Starr's Memorial Tournament".
 * Lower case: places adults own. Capitalised: any of NAMED_AFTER_SUFFIXES except what a student
 * wins or makes ("Ava Flett's Science Fair project", "… Award").
 */
export const OWNED_BUSINESSES = words(
  "farm farms ranch greenhouse greenhouses orchard bakery store shop garage restaurant dealership " +
    "business company trucking plumbing ferme boulangerie garage " +
    // What only an adult has: "Jenna Friesen's retirement party".
    "retirement wedding funeral obituary retraite"
)

/** "la ferme de Luc Gagnon", "la cabane à sucre de …": a business named by its owner (folded). */
export const OWNER_BEFORE =
  /(?:^|[^\p{L}])(?:ferme|cabane a sucre|sucrerie|erabliere|boulangerie|garage|entreprise|magasin|restaurant|compagnie|commerce|epicerie|clinique|pharmacie|studio|verger|ranch)\s+(?:de|du|d')\s*$/iu
export const STUDENT_THINGS = words(
  "fair award awards prize trophy medal cup scholarship bursary shirt book books project challenge " +
    "games series collection effect day days"
)

/**
 * Institutions and organisations, English and French (folded): "de la Caisse", "du Club
 * Rotary", "@CentreCulturelFrancoManitobain", "#SocieteHistorique". A particle before one of
 * them starts "of the bank", not a surname ("Bernard Dupuis de la Caisse"); a tag made with one
 * is the organisation's handle, not a student's.
 */
export const ORGANISATION_WORDS = words(
  "caisse caisses banque bank credit ville city municipalite municipality societe society club " +
    "centre center college ecole school universite university fondation foundation association " +
    "cooperative coop co-op federation conseil council division commission ministere ministry " +
    "gouvernement government paroisse parish eglise church hopital hospital clinique clinic " +
    "bibliotheque library musee museum compagnie company entreprise entreprises groupe group " +
    "institut institute academie academy alliance reseau network legion cercle chevaliers " +
    "assemblee regie agence agency festival theatre theater troupe chorale orchestre orchestra " +
    "rotary kiwanis lions optimist optimiste scouts guides"
)

/** A word right BEFORE a name-like pair that makes it a place or saint ("St. Vital", "Fort Frances"). */
export const PLACE_PREFIXES = words(
  "st ste saint sainte fort port lake mount mt cape point camp lac riviere rue pointe bois grand " +
    "grande maison jardin ecole boulangerie pharmacie garage quincaillerie epicerie depanneur " +
    "boucherie fromagerie clinique caisse meubles assurances restaurant cercle chevaliers club piscine college centre musee parc salle institut bibliotheque galerie " +
    "theatre arena pavillon domaine ferme cabane chemin boulevard avenue " +
    // French firms named by their trade first: "Plomberie Gagnon", "Toiture Lavallée".
    "plomberie electricite électricité toiture toitures construction constructions transport " +
    "transports excavation paysagement menuiserie ebenisterie ébénisterie peinture nettoyage " +
    "traiteur fleuriste coiffure bijouterie librairie imprimerie garderie entreprises entreprise " +
    "autobus location demenagement déménagement machinerie serres vitrerie quincaillerie " +
    "épicerie dépanneur rôtisserie rotisserie pizzeria cafe café salon atelier cabinet " +
    // French awards named after someone, the award first: "Prix Roger Lavallée", "Trophée Maurice Richard".
    "prix trophee trophée bourse medaille médaille coupe fondation"
)

/**
 * Provinces, territories and states a town is written with ("Brandon, Manitoba", "Iqaluit,
 * Nunavut"), one word each ("nova scotia" is "nova" + "scotia": both listed).
 */
export const REGIONS = words(
  "mb sk ab bc on qc ns nb pe pei nl yt nt nu nwt manitoba saskatchewan alberta ontario quebec " +
    "yukon nunavut scotia nouvelle-ecosse nouveau-brunswick brunswick newfoundland labrador " +
    "terre-neuve colombie-britannique columbia canada usa nd mn minnesota"
)

/** Public figures and fictional characters (full names); matched on the whole span. */
export const PUBLIC_FIGURES = phrases(
  "terry fox|leo mol|taras shevchenko|lesya ukrainka|ivan franko|rick hansen|louis riel|gabriel dumont|cuthbert grant|thomas scott|john a macdonald|" +
    "martin luther king|martin luther king jr|rosa parks|harriet tubman|viola desmond|nellie mcclung|" +
    "emily murphy|tommy douglas|lester pearson|pierre trudeau|justin trudeau|stephen harper|mark carney|" +
    "pierre poilievre|jagmeet singh|wab kinew|heather stefanson|brian pallister|gary filmon|" +
    "phyllis webstad|murray sinclair|chief peguis|sitting bull|tecumseh|crowfoot|big bear|poundmaker|" +
    "chris hadfield|roberta bondar|julie payette|david saint-jacques|jeremy hansen|frederick banting|" +
    "alexander graham bell|marie curie|albert einstein|isaac newton|charles darwin|nikola tesla|" +
    "thomas edison|jane goodall|david suzuki|stephen hawking|galileo galilei|leonardo da vinci|" +
    "vincent van gogh|pablo picasso|claude monet|frida kahlo|georgia o'keeffe|georgia okeeffe|andy warhol|" +
    "emily carr|lawren harris|tom thomson|norval morrisseau|kenojuak ashevak|daphne odjig|bob ross|" +
    "wolfgang amadeus mozart|ludwig van beethoven|johann sebastian bach|william shakespeare|mark twain|" +
    "roald dahl|robert munsch|eric carle|mo willems|jeff kinney|dav pilkey|beverly cleary|judy blume|" +
    "jk rowling|j k rowling|cs lewis|c s lewis|jrr tolkien|j r r tolkien|lucy maud montgomery|" +
    "l m montgomery|margaret atwood|farley mowat|gordon korman|kenneth oppel|david robertson|" +
    "david a robertson|richard wagamese|julie flett|monique gray smith|melanie florence|jon klassen|" +
    "oliver jeffers|kevin henkes|mem fox|maurice sendak|shel silverstein|dr seuss|theodor geisel|" +
    "rick riordan|suzanne collins|kate dicamillo|raina telgemeier|eb white|e b white|beatrix potter|" +
    "a a milne|aa milne|lewis carroll|laura ingalls wilder|astrid lindgren|neil gaiman|" +
    "harry potter|hermione granger|ron weasley|albus dumbledore|percy jackson|greg heffley|" +
    "junie b jones|ramona quimby|anne shirley|pippi longstocking|nancy drew|sherlock holmes|" +
    "robin hood|peter pan|tinker bell|mary poppins|willy wonka|charlie bucket|charlie brown|" +
    "peter rabbit|curious george|paddington bear|winnie the pooh|amelia bedelia|fancy nancy|" +
    "captain underpants|pete the cat|clifford|santa claus|jack frost|mickey mouse|minnie mouse|" +
    "donald duck|bugs bunny|buzz lightyear|peter parker|bruce wayne|clark kent|tony stark|" +
    "luke skywalker|darth vader|indiana jones|james bond|spider man|mister rogers|fred rogers|" +
    "walt disney|taylor swift|justin bieber|celine dion|shania twain|drake|the weeknd|ryan reynolds|" +
    "michael jordan|lebron james|stephen curry|serena williams|simone biles|usain bolt|lionel messi|" +
    "cristiano ronaldo|alphonso davies|christine sinclair|wayne gretzky|sidney crosby|connor mcdavid|" +
    "mario lemieux|bobby orr|bobby hull|kyle connor|connor hellebuyck|mark scheifele|josh morrissey|" +
    "nikolaj ehlers|gabriel vilardi|teemu selanne|dale hawerchuk|jonathan toews|cindy klassen|" +
    "clara hughes|penny oleksiak|andre de grasse|donovan bailey|summer mcintosh|jennifer jones|" +
    "kaillie humphries|jordan binnington|carey price|auston matthews|mitch marner|nathan mackinnon|" +
    "cale makar|mikko rantanen|jack hughes|quinn hughes|nelson mandela|malala yousafzai|greta thunberg|" +
    "anne frank|helen keller|abraham lincoln|george washington|christopher columbus|jacques cartier|" +
    "samuel de champlain|henry hudson|david thompson|pierre la verendrye|queen elizabeth|" +
    "elizabeth ii|king charles|prince william|princess diana|mother teresa|pope francis|" +
    "tim horton|tim hortons|ronald mcdonald|mary brown|jean coutu|chuck e cheese|jack astor|" +
    "sandy hook|kelvin high|gordon bell|sisler high|daniel mcintyre|vincent massey|sir john franklin|" +
    "general wolfe|isaac brock|laura secord|john cabot|james cook|amelia earhart|neil armstrong|" +
    "buzz aldrin|sally ride|katherine johnson|ada lovelace|grace hopper|rachel carson|dian fossey|" +
    "mary anning|florence nightingale|sam waller|john hirsch|gabrielle roy|margaret laurence|" +
    "miriam toews|david bergen|carol shields|joseph boyden|thomas king|tomson highway|drew hayden taylor|" +
    "cherie dimaline|waubgeshig rice|eden robinson|katherena vermette|buffy sainte-marie|" +
    "tom jackson|susan aglukark|tanya tagaq|jeremy dutcher|william prince|chantal kreviazuk|" +
    "neil young|randy bachman|burton cummings|joni mitchell|leonard cohen|gordon lightfoot|" +
    "anne murray|raffi|fred penner|charlotte diamond|sharon lois bram|bob marley|" +
    "ed sheeran|billie eilish|olivia rodrigo|ariana grande|lady gaga|bruno mars|michael jackson|" +
    "elvis presley|john lennon|paul mccartney|dolly parton|steve jobs|bill gates|elon musk|" +
    "mark zuckerberg|jeff bezos|oprah winfrey|barack obama|michelle obama|joe biden|donald trump|" +
    "kamala harris|winston churchill|john f kennedy|jfk|napoleon bonaparte|julius caesar|" +
    "king tut|tutankhamun|cleopatra|genghis khan|marco polo|ferdinand magellan|amerigo vespucci|" +
    "louis pasteur|gregor mendel|alfred nobel|wright brothers|orville wright|wilbur wright|" +
    "johannes gutenberg|james naismith|billy bishop|roy brown|tommy prince|francis pegahmagabow|" +
    "john mccrae|henry norwest|john ware|mary ann shadd|josiah henson|harriet beecher stowe|" +
    "maya angelou|amanda gorman|langston hughes|martin luther|joan of arc|king arthur|" +
    "jack sprat|humpty dumpty|mother goose|little red riding hood|goldilocks|jack and jill|" +
    "little bo peep|old mcdonald|baby shark|dora|elsa|anna and elsa|olaf|moana|mulan|" +
    "cinderella|snow white|sleeping beauty|rapunzel|ariel|belle|jasmine|pocahontas|tiana|" +
    "simba|nemo|woody|jessie|shrek|fiona|elmo|big bird|oscar the grouch|cookie monster|" +
    "ms frizzle|miss frizzle|arthur read|franklin the turtle|max and ruby|daniel tiger|" +
    "bluey heeler|bingo heeler|peppa pig|george pig|paw patrol|chase|marshall|skye|" +
    "jean vanier|georges vanier|etienne gaboury|marguerite bourgeoys|jeanne mance|pauline johnson|" +
    "e pauline johnson|victor hugo|jules verne|antoine de saint-exupery|jean valjean|moby dick|" +
    "cyrano de bergerac|anne hebert|michel tremblay|roch carrier|gilles vigneault|ginette reno|" +
    "louis hemon|maria chapdelaine|fred pellerin|samuel hearne|pierre gaultier|chief big bear|james bay"
)

/** Places and organisations (multi-word, or single words that are also names). */
export const PLACES = phrases(
  "viet nam|vietnam|sri lanka|costa rica|puerto rico|el salvador|new zealand|hong kong|south africa|" +
    "assiniboine|assiniboine river|assiniboine valley|pembina valley|souris valley|qu'appelle valley|portage la prairie|portage|fort frances|fort mcmurray|fort st john|fort garry|fort richmond|" +
    "fort whyte|fort alexander|grand rapids|grand forks|grand marais|grand beach|red deer|red river|" +
    "red lake|lake louise|lake winnipeg|lake manitoba|lake of the woods|prince albert|prince george|" +
    "prince rupert|prince edward island|swift current|medicine hat|moose jaw|moose lake|flin flon|" +
    "the pas|thunder bay|sault ste marie|st vital|st boniface|st james|st norbert|st andrews|" +
    "st albert|st catharines|st john's|st johns|ste anne|ste rose|st pierre|st adolphe|st laurent|" +
    "st malo|st claude|st lazare|st jean baptiste|st francois xavier|sandy hook|sandy bay|" +
    "sandy lake|shoal lake|oak lake|oak river|oak bluff|oakbank|rapid city|swan river|swan lake|" +
    "birch river|cross lake|norway house|god's lake|island lake|oxford house|peguis|fisher river|" +
    "sioux valley|waywayseecappo|rolling river|keeseekoowenin|ebb and flow|long plain|" +
    "roseau river|brokenhead|sagkeeng|berens river|poplar river|bloodvein|little grand rapids|" +
    "pine creek|gamblers|birdtail sioux|canupawakpa|dakota plains|dakota tipi|opaskwayak|" +
    "brandon|russell|carman|morris|mitchell|austin|douglas|alexander|sidney|victoria|regina|" +
    "thompson|hamilton|kingston|virden|dauphin|selkirk|morden|winkler|steinbach|altona|gimli|" +
    "churchill|souris|melita|boissevain|killarney|deloraine|hamiota|rivers|minnedosa|birtle|" +
    "rossburn|roblin|gladstone|macgregor|treherne|glenboro|wawanesa|reston|pipestone|elkhorn|" +
    "kenton|erickson|onanole|wasagaming|strathclair|kelwood|mccreary|ashern|eriksdale|lundar|" +
    "stonewall|beausejour|lac du bonnet|pinawa|niverville|lorette|emerson|sprague|vita|grunthal|" +
    "landmark|kleefeld|blumenort|hanover|headingley|oakville|elie|brookdale|kemnay|forrest|" +
    "shilo|rivers|neepawa|carberry|sandy|kenora|dryden|fargo|minot|bismarck|estevan|weyburn|" +
    "yorkton|saskatoon|calgary|edmonton|toronto|ottawa|montreal|vancouver|halifax|moncton|" +
    "fredericton|charlottetown|kelowna|kamloops|whistler|banff|jasper|canmore|sudbury|timmins|" +
    "london|windsor|barrie|guelph|waterloo|kitchener|sherbrooke|laval|gatineau|quebec|" +
    "tuxedo|charleswood|kildonan|transcona|elmwood|river heights|wolseley|osborne village|" +
    "assiniboine park|assiniboia|the forks|kildonan place|polo park|garden city|st vital centre|" +
    "keystone centre|canad inns|bell mts place|canada life centre|investors group field|" +
    "princess auto|princess auto stadium|tim hortons|canadian tire|home depot|mark's|marks|" +
    "shoppers drug mart|dairy queen|boston pizza|mary brown's|harvey's|wendy's|mcdonald's|" +
    "park west|park west school division|prairie spirit|mountain view|turtle mountain|" +
    "fort la bosse|rolling river school division|beautiful plains|pembina trails|louis riel|" +
    "seven oaks|river east transcona|sunrise|hanover|garden valley|red river valley|" +
    "brandon university|university of manitoba|university of winnipeg|assiniboine college|" +
    "red river college|wilfrid laurier|mcgill|queen's|dalhousie|mcmaster|carleton|concordia|" +
    "regina pats|victoria royals|brandon sun|winnipeg sun|winnipeg free press|free press|winnipeg jets|manitoba moose|blue bombers|brandon wheat kings|wheat kings|goldeyes|" +
    "valour fc|sea bears|toronto maple leafs|edmonton oilers|montreal canadiens|calgary flames|" +
    "vancouver canucks|ottawa senators|queen elizabeth way|kelvin|gordon bell|sisler|" +
    "vincent massey|crocus plains|neelin|samuel de champlain|ecole|jack london|stan lee"
)

/** Words before a name that make it a named person of interest ("congrats to", "welcome"). */
export const CONTEXT_CUES =
  /\b(?:congrat\w*|felicitations|shout[- ]?outs?|kudos|hats? off|bravo|welcome|well done|great job|good job|way to go|proud of|so proud|thanks? (?:to|you)|ty|tysm|thx|thank you|big thanks|\S+ of the (?:month|week|year|game|match|term)|\S+ (?:du mois|de la semaine|de l'ann[ée]e|du match)|star student|award(?:ed)? to|goes to|went to|winners?|champion(?:ne)?s?|high fives?|recipients?|finalists?|nominees?|meet|introducing|please welcome|happy birthday|birthday|celebrat\w*|farewell|good luck|best of luck|wishing|honou?r(?:ing|ed)?|recogni[sz]\w*|featuring|starring|placed|earned|received|won|captain|mvp|top|champs|(?:special )?mentions?|props|grads?|graduates?|merci|bienvenue|joyeux anniversaire|bonne fete|bonne chance|fier(?:e|s|es)? de|chapeau|gagnant\w*|laureat\w*|decerne\w* a|remis\w* a|b(?:on|eau) travail)\b/i

/** Right before a name: a historical or public figure being studied, not a student. */
export const ABOUT_FIGURE = quickToCompile(
  String.raw`\b(?:learn(?:ed|ing|t|s)? about|learn(?:ed|ing)? the story of|studi(?:ed|es|ying)|read(?:ing)? about|research(?:ed|ing)?|biograph(?:y|ies) (?:of|on)|inspired by|named (?:after|for)|in hono(?:u)?r of|quotes? (?:by|from)|the story of|famous|life of|legacy of|learned who|` +
    // French (folded): "ont appris qui étaient …", "la biographie de …"; not "les poèmes de …",
    // which a student writes too.
    String.raw`(?:appris|apprendre|decouvert|decouvrir) qui (?:etait|etaient|est|sont)|(?:biographie|la vie|l'heritage) (?:de|d'))(?: (?:the|about|how))?\s*$`,
  "i"
)
