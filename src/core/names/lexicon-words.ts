/**
 * Ordinary words that school posts capitalise (sentence starts, titles such as
 * "Science Fair Winners", greetings) and that are therefore NOT evidence of a
 * name. compromise's lexicon adds its adjectives, verbs and nouns on top
 * (lexicon.ts). A word that is also a name (Grace, Hope, Mason) keeps both
 * readings: the detector decides from the words around it.
 */

/** Articles, pronouns, prepositions…: never the start of a name, even when one is also a name ("My", "An"). */
// prettier-ignore
export const FUNCTION_WORDS =
  "a an the and or but nor so yet for of in on at to from by with without into onto upon about above below under over after before during since until till through throughout between among against along across around behind beside besides beyond near off out up down via per than then this that these those there here where when what which who whom whose why how all any both each every either neither few many much more most other others some such no not only own same too very just also even still again ever never always often sometimes once twice i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves is am are was were be been being have has had do does did our"

// prettier-ignore
export const COMMON_WORDS =
  // function words, pronouns, greetings and interjections
  "a an the and or but nor so yet for of in on at to from by with without into onto upon about above below under over after before during since until till through throughout between among against along across around behind beside besides beyond near off out up down via per than then this that these those there here where when what which who whom whose why how all any both each every either neither few many much more most other others some such no not only own same too very just also even still again ever never always often sometimes once twice i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves one ones someone somebody something anyone anybody anything everyone everybody everything nobody nothing none is am are was were be been being have has had having do does did doing will would shall should can could may might must ought let lets let's yes yeah yep nope ok okay oh ah wow hey hi hello hiya bye goodbye goodnight please thanks thank thankyou ty congrats congratulations kudos bravo hooray hurray yay woohoo shoutout shout-out shout shouts cheers welcome welcoming farewell happy merry dear huge big great good best better well done amazing awesome incredible fantastic fabulous wonderful super proud excited special important today tonight tomorrow yesterday now soon later everyday weekly daily yearly annual annually next last first second third fourth fifth final new old " +
  // school life
  "school schools class classes classroom classmates grade grades kindergarten kinder nursery pre-k prek preschool student students pupil pupils learner learners kids kid children child boys girls boy girl teacher teachers staff principal vice-principal admin office secretary custodian counsellor counselor librarian coach coaches team teams club clubs council committee parent parents guardian guardians family families families' community everyone folks friends friend buddies buddy reading writing math maths mathematics science sciences social studies history geography art arts music band choir drama theatre theater dance gym phys ed pe health french english spanish ukrainian cree ojibwe german literacy numeracy stem steam robotics coding computer computers technology tech shop woodshop foods cooking sewing library lunch recess breakfast snack assembly concert concerts recital play musical showcase fair fairs expo festival carnival fun run walk walkathon jog marathon tournament tourney game games match meet meets championship championships playoffs final finals season practice practices tryouts track field cross country volleyball basketball badminton soccer football hockey curling baseball softball wrestling swimming skating skiing golf tennis rugby lacrosse ringette handball futsal archery judo karate chess debate spelling bee science-fair hackathon graduation grad grads convocation ceremony prom formal awards award prize prizes trophy medal medals certificate certificates ribbon honour honours honor honors roll scholarship scholarships bursary winner winners champion champions finalist finalists runner-up recipient recipients nominee nominees member members captain captains mvp athlete athletes player players artist artists author authors writer writers poet poets reader readers scientist scientists engineer leader leaders volunteer volunteers helper helpers partner partners sponsor sponsors donor donors guest guests speaker speakers visitor visitors elders knowledge keeper keepers " +
  // calendar, time, weather
  "monday tuesday wednesday thursday friday saturday sunday weekend weekday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn winter morning afternoon evening night noon midnight day days week weeks month months year years term semester quarter holiday holidays break vacation christmas easter thanksgiving halloween hanukkah diwali eid ramadan vaisakhi lunar new year's birthday anniversary celebration celebrations party parties snow rain sun sunny cloudy cold hot warm weather storm blizzard " +
  // common nouns and verbs that start sentences or headings
  "valley valleys river rivers creek lake lakes hill hills mountain mountains plains bay beach island falls marsh trail trails woods forest forests prairie " +
  "time times way ways thing things people person place places world life home house room rooms hall halls gym field fields park parks yard playground building buildings area areas city town village province country nation land earth water fire air tree trees forest garden gardens flower flowers food foods meal meals pizza cake cookies coffee tea milk juice book books story stories poem poems project projects poster posters picture pictures photo photos photograph video videos post posts news update updates reminder reminders note notes letter letters form forms list lists event events activity activities program programs programme session sessions workshop workshops presentation presentations performance performances show shows exhibit exhibition display work works job jobs effort efforts success successes result results goal goals idea ideas question questions answer answers problem problems challenge challenges win wins loss game-day part parts member group groups crew squad kids' help support love care kindness respect courage honesty wisdom truth humility bravery thanks gratitude pride joy fun laughter smiles smile hearts heart hands hand eyes team's student's class's everyone's " +
  // verbs and adjectives compromise may miss
  "check join come visit see watch read learn learned learning practise practice make made build built create created share shared show showed shown celebrate celebrated celebrating enjoy enjoyed enjoying congratulate congratulated thank thanked welcome welcomed meet met win won lose lost play played playing sing sang sung dance danced run ran running walk walked walking bring brought wear wore worn donate donated raise raised raising remember remembered don't can't won't didn't isn't wasn't aren't we're we'll we've you're you'll they're it's that's there's here's what's who's let's i'm i've i'll " +
  // directions, colours, numbers, school-adjacent proper words that are not people
  "knights warriors tigers chiefs kings raiders titans eagles hawks wolves bears bison lions panthers cougars rams falcons bulldogs spartans trojans vikings pirates mustangs stallions broncos jaguars huskies grizzlies thunder storm lightning blaze flames rebels royals saints stars wildcats jets moose bombers prairie prairies jingle bells rock roll sleigh reindeer snowman snowflake elf elves pumpkin pumpkins turkey poppy poppies orange pink jersey pajama pyjama hat hats sock socks crazy wacky twin tuxedo hero heroes mascot spirit " +
  "north south east west northern southern eastern western central upper lower middle high junior senior elementary secondary collegiate early late red orange yellow green blue purple pink black white brown gray grey gold silver one two three four five six seven eight nine ten eleven twelve hundred thousand zero half dozen canada canadian manitoba manitoban winnipeg indigenous metis first nations inuit treaty truth reconciliation national international provincial regional division divisional district ministry government department council board trustees god lord jesus christ"

/**
 * French words that start sentences or sit between names in French posts
 * ("Merci à …", "Joyeux anniversaire à …"), so the English lists alone would
 * take them for unknown capitalised words, i.e. possible surnames. Function
 * words are STOP (never the first word of a name); the rest are ordinary words.
 * Folded (no accents). Words that are also given names or surnames ("Elle",
 * "Ma", "Ton", "Beau", "Belle") are left out.
 */
// prettier-ignore
export const FRENCH_FUNCTION_WORDS =
  "au aux avec dans sur sous par pour mais donc ni et sont etait etaient ont avait sera seront notre nos votre vos leur leurs ce cet cette ces mon mes tes sa ses qui que quoi dont tous tout toute toutes tres bien aussi chez vers entre comme pendant depuis apres avant encore deja nous vous ils elles il je tu un une"

// prettier-ignore
export const FRENCH_WORDS =
  "avoir etre faire aller venir voir lire ecrire prendre mettre partir savoir pouvoir vouloir jouer chanter danser gagner apprendre finir choisir merci bonjour salut allo coucou bienvenue felicitations joyeux joyeuse anniversaire bonne bon fete fier fiere fiers fieres eleve eleves classe annee semaine journee mois gagnant gagnante gagnants gagnantes laureat laureate laureats laureates concours prix equipe ecole famille amis beaucoup grand grande gros grosse petit petite superbe magnifique travail projet affiche dessin lecture musique spectacle soiree matin tableau honneur palmares liste remise bravo chapeau gr"

/**
 * How many, how often, which: numbers, determiners and adverbs that follow a given name in a
 * sentence without being its surname ("avec Olivier chaque après-midi", "voit Noémie deux fois
 * par semaine", "sees Noah two times a week", "Jade souvent la première"). STOP, like the
 * function words: never the first or last word of a name. Folded; none is a name in the lists.
 */
// prettier-ignore
export const QUANTITY_WORDS =
  "chaque deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille " +
  "plusieurs quelques certains certaines aucun aucune chacun chacune autre autres meme memes demi " +
  "souvent parfois toujours jamais beaucoup peu trop ensemble bientot tot tard ici maintenant " +
  "hier demain aujourdhui surtout seulement vraiment puis ensuite tellement presque environ durant lors sans " +
  "selon contre parmi pres loin " +
  "once twice thrice often always sometimes usually daily weekly nightly together again each " +
  "every two three four five six seven eight nine ten eleven twelve twenty several"

/** Positions and class jobs that label a first name in a line-up ("Goalie, Ava; Striker, Noah"). */
// prettier-ignore
export const POSITION_WORDS =
  "goalie goaltender striker setter libero midfielder defender defence defense winger pitcher " +
  "catcher shortstop gardien gardienne attaquant attaquante defenseur defenseure ailier ailiere " +
  "passeur passeuse milieu messenger"
