import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"

/**
 * Tenth-round table tests (shapes-tenth.ts, threats-tenth.ts and the masked compounds of
 * masked-swearing.ts): paraphrases written for each family, not taken from a dev set,
 * with near misses of the same shapes that must stay quiet.
 */

/** [post, the flagged words (exact ranges)]. */
const flagged: FindingRow[] = [
  ["What a mother-f***ing week.", ["mother-f***ing"]],
  ["This new schedule is total bulls**t.", ["bulls**t"]],
  [
    "The supply teacher they sent on Monday was an absolute idiot.",
    ["The supply teacher they sent on Monday was an absolute idiot"]
  ],
  [
    "The parent who emailed me at midnight is a complete moron.",
    ["The parent who emailed me at midnight is a complete moron"]
  ],
  [
    "Le remplaçant qu'ils nous ont envoyé hier était un vrai cave.",
    ["Le remplaçant qu'ils nous ont envoyé hier était un vrai cave"]
  ],
  ["That sad excuse of a school board never listens.", ["That sad excuse of a school board"]],
  ["Quelle farce d'organisation, ce conseil.", ["Quelle farce d'organisation"]],
  ["I swear these kids can't get any lazier.", ["these kids can't get any lazier"]],
  [
    "The new VP has the emotional range of a teaspoon.",
    ["VP has the emotional range of a teaspoon"]
  ],
  ["Notre directrice a le charisme d'une patate.", ["Notre directrice a le charisme d'une patate"]],
  [
    "Refugee families never answer anything we send them.",
    ["Refugee families never answer anything"]
  ],
  [
    "Some parents just don't care about education like we do.",
    ["Some parents just don't care about education like we do"]
  ],
  [
    "Les nouveaux arrivants, on sait bien qu'ils lisent jamais les courriels.",
    ["Les nouveaux arrivants, on sait bien qu'ils lisent jamais"]
  ],
  [
    "Ces familles-là, elles s'occupent pas de leurs enfants.",
    ["Ces familles-là, elles s'occupent pas de leurs enfants"]
  ],
  ["Learn English before you come here, seriously.", ["Learn English before you come here"]],
  ["He shows a movie every Friday and he calls that teaching.", ["and he calls that teaching"]],
  ["Ma collègue met un film pis elle appelle ça un cours.", ["pis elle appelle ça un cours"]],
  ["Classic Karen move at pickup today.", ["Classic Karen"]],
  ["Okay Karen, whatever you say.", ["Okay Karen"]],
  ["My neighbour's kid, raised by wolves apparently.", ["raised by wolves"]],
  [
    "Fifty years old and she still hasn't learned how to say thank you.",
    ["Fifty years old and she still hasn't learned"]
  ],
  ["Our new coordinator, such a team player 🙄", ["such a team player"]],
  [
    "The mom yelled at the office staff, which explains a lot about the child.",
    ["which explains a lot about the child"]
  ],
  [
    "Let's all go spam this lady's inbox until she deletes her post.",
    ["Let's all go spam this lady's inbox"]
  ],
  ["On va tous bombarder sa messagerie, il l'a cherché.", ["On va tous bombarder sa messagerie"]],
  [
    "Sharing this dad's business page so everybody can give him the reviews he deserves.",
    ["Sharing this dad's business page so everybody can give him the reviews"]
  ],
  ["Go get him, everyone, no mercy.", ["Go get him, everyone, no mercy"]],
  [
    "I'm keeping a list of everyone who shared that post.",
    ["keeping a list of everyone who shared"]
  ],
  ["I know what truck he drives.", ["I know what truck he drives"]],
  ["Enjoy your job while you still have it.", ["Enjoy your job while you still have it"]],
  [
    "Somebody needs to teach that boy from room 12 a lesson he'll never forget.",
    ["Somebody needs to teach that boy from room 12 a lesson he'll never forget"]
  ],
  [
    "On devrait donner à ce jeune-là une leçon qu'il oubliera jamais.",
    ["donner à ce jeune-là une leçon qu'il oubliera jamais"]
  ],
  ["You should be very worried.", ["You should be very worried"]],
  ["Tu devrais avoir peur.", ["Tu devrais avoir peur"]],
  [
    "I have a long memory and plenty of free time.",
    ["I have a long memory and plenty of free time"]
  ],
  [
    "Il faut les remettre à leur place à coups de poing s'il le faut.",
    ["à coups de poing s'il le faut"]
  ],
  [
    "We'll see how tough he is when I'm done with him.",
    ["We'll see how tough he is when I'm done with him"]
  ],
  [
    "They'll be hearing from me, one way or another.",
    ["They'll be hearing from me, one way or another"]
  ],
  [
    "Vous allez avoir de mes nouvelles, d'une façon ou d'une autre.",
    ["Vous allez avoir de mes nouvelles, d'une façon ou d'une autre"]
  ],
  [
    "Je garde une capture de chacun qui a aimé cette publication.",
    ["Je garde une capture de chacun qui a aimé"]
  ],
  [
    "By the time I'm done with her, she'll regret ever emailing me.",
    ["By the time I'm done with her, she'll regret"]
  ],
  ["Je sais c'est quel char le tien.", ["Je sais c'est quel char le tien"]],
  ["Profite de tes pneus tant que tu les as.", ["Profite de tes pneus tant que tu les as"]],
  ["Allez-y fort, pas de pitié.", ["Allez-y fort, pas de pitié"]],
  [
    "Les immigrants, on sait ben qu'ils se forcent pas.",
    ["Les immigrants, on sait ben qu'ils se forcent pas"]
  ],
  ["Ces parents-là peuvent pas être plus niaiseux.", ["parents-là peuvent pas être plus niaiseux"]],
  [
    "Le nouveau directeur a la profondeur d'une flaque.",
    ["directeur a la profondeur d'une flaque"]
  ],
  ["What a pathetic joke of an institution.", ["What a pathetic joke of an institution"]],
  ["Total Karen energy from that mom.", ["Total Karen"]],
  ["Retournez dans votre pays si ça vous plaît pas.", ["Retournez dans votre pays"]],
  [
    "The consultant they hired for PD was completely clueless.",
    ["The consultant they hired for PD was completely clueless"]
  ],
  [
    "Kids from that part of town never do their homework.",
    ["Kids from that part of town never do their homework"]
  ],
  ["Families on the reserve just don't care.", ["Families on the reserve just don't care"]],
  [
    "Immigrant parents couldn't care less about report cards.",
    ["Immigrant parents couldn't care less"]
  ],
  ["Let's all leave her business one-star reviews.", ["leave her business one-star reviews"]],
  ["Everyone give this guy 1-star ratings.", ["give this guy 1-star ratings"]],
  ["Laissez-lui des avis à une étoile, elle le mérite.", ["Laissez-lui des avis à une étoile"]],
  [
    "Let's show her what 200 parents in her inbox feels like.",
    ["show her what 200 parents in her inbox feels like"]
  ],
  ["If I were him, I'd be worried.", ["If I were him, I'd be worried"]],
  ["À ta place, je m'inquiéterais.", ["À ta place, je m'inquiéterais"]],
  ["Everyone, go flood his comments, no mercy.", ["Everyone, go flood his comments"]],
  [
    "Tout le monde, allez bombarder la page de ce gars-là.",
    ["Tout le monde, allez bombarder la page de ce gars-là"]
  ],
  [
    "Je fais des captures d'écran de tous ceux qui ont aimé sa publication.",
    ["Je fais des captures d'écran de tous ceux qui ont aimé"]
  ],
  [
    "Faut lui donner une leçon qu'il oubliera jamais, à ce parent-là.",
    ["lui donner une leçon qu'il oubliera jamais"]
  ],
  ["Elle devrait vraiment s'inquiéter.", ["Elle devrait vraiment s'inquiéter"]],
  [
    "Les familles de la réserve, on sait bien qu'elles valorisent pas l'école.",
    ["Les familles de la réserve, on sait bien qu'elles valorisent pas"]
  ],
  [
    "The substitute from last week was a complete idiot.",
    ["The substitute from last week was a complete idiot"]
  ],
  ["That parent at pickup is such a moron.", ["That parent at pickup is such a moron"]],
  [
    "My co-worker across the hall is a total waste of space.",
    ["My co-worker across the hall is a total waste of space"]
  ],
  ["Our new principal is an absolute buffoon.", ["Our new principal is an absolute buffoon"]],
  [
    "La secrétaire de l'école est une vraie nounoune.",
    ["La secrétaire de l'école est une vraie nounoune"]
  ],
  ["Ce prof-là, c'est un deux de pique.", ["Ce prof-là, c'est un deux de pique"]],
  ["What an embarrassment of a principal.", ["What an embarrassment of a principal"]],
  ["Quelle honte d'administration.", ["Quelle honte d'administration"]],
  [
    "The parents this year are getting dumber by the minute.",
    ["The parents this year are getting dumber by the minute"]
  ],
  ["These students get dumber every year.", ["These students get dumber every year"]],
  ["The VP has the personality of a wet noodle.", ["The VP has the personality of a wet"]],
  ["Ma collègue a la vivacité d'une roche.", ["collègue a la vivacité d'une roche"]],
  [
    "Immigrant families never show up to anything.",
    ["Immigrant families never show up to anything"]
  ],
  ["Rez parents just don't value education.", ["Rez parents just don't value education"]],
  [
    "Les nouveaux arrivants, on sait ben qu'ils font pas d'efforts.",
    ["Les nouveaux arrivants, on sait ben qu'ils font pas"]
  ],
  ["Go back where you came from.", ["Go back where you came from"]],
  ["Everyone please go swarm her comments.", ["Everyone please go swarm her comments"]],
  ["Allons tous remplir sa boîte de messages.", ["Allons tous remplir sa boîte de messages"]],
  ["Let's flood that teacher's email.", ["Let's flood that teacher's email"]],
  ["I screenshotted everyone who shared that post.", ["screenshotted everyone who shared"]],
  ["You'll hear from me one way or another.", ["You'll hear from me one way or another"]],
  ["I know which house is hers.", ["I know which house is hers"]],
  ["Enjoy your teeth while you still have them.", ["Enjoy your teeth while you still have them"]],
  [
    "Somebody should teach that mom a lesson she won't forget.",
    ["Somebody should teach that mom a lesson"]
  ],
  ["They should be scared.", ["They should be scared"]],
  ["Vous devriez avoir peur.", ["Vous devriez avoir peur"]],
  [
    "Quelqu'un devrait leur rentrer ça dans la tête à coups de bâton s'il le faut.",
    ["à coups de bâton s'il le faut"]
  ],
  [
    "See how smug he is when I'm through with him.",
    ["See how smug he is when I'm through with him"]
  ],
  ["Total Karen at the parent-teacher interviews tonight.", ["Total Karen"]],
  [
    "J'ai des captures d'écran pis des contacts à la division.",
    ["J'ai des captures d'écran pis des contacts à la division"]
  ],
  [
    "I've got screenshots and friends at the board office.",
    ["I've got screenshots and friends at the board"]
  ],
  [
    "On a des preuves et des amis dans les médias.",
    ["On a des preuves et des amis dans les médias"]
  ]
]

const clean: string[] = [
  "We'll flood the gym with balloons for the dance!",
  "Let's flood Mr. Dupuis's page with birthday wishes 🎂",
  "Everyone go flood her inbox with thank-you notes, she deserves it.",
  "Allez tous inonder sa page de bons mots pour sa fête!",
  "Please leave a review for our book fair!",
  "Sharing this mom's bakery page so everyone can leave her the reviews she deserves ⭐⭐⭐⭐⭐",
  "Dodgeball tournament Friday: go get 'em, no mercy!",
  "I know where the spare keys are.",
  "I know which car is yours, I'll drop the boxes beside it after school.",
  "Enjoy your new car while it's still clean.",
  "Profitez de vos vacances tant que vous pouvez!",
  "Tomorrow I'll teach my Grade 3s a lesson on fractions they won't forget.",
  "Our principal taught us a lesson we'll never forget about kindness.",
  "If your child has a fever over 39, you should be worried.",
  "Il y a du verglas, vous devriez faire attention.",
  "We should be worried about the funding cuts.",
  "I have a good memory for faces and names.",
  "This PD day knocked some sense into me.",
  "Ils ont gagné à coups de paniers de trois points.",
  "I'm such an idiot, I forgot my lunch again.",
  "I'm 40 years old and still can't parallel park.",
  "My grandma is ninety years old and still hasn't missed a Jets game.",
  "The Leafs can't get any worse this year.",
  "This winter couldn't get any colder.",
  "The kids crushed the test!",
  "Our Grade 6s killed it at the concert.",
  "We read about Romulus and Remus, raised by wolves.",
  "Thanks, Karen, for the amazing cookies!",
  "Karen from the office brought muffins.",
  "Our secretary is a real ray of sunshine ☀️",
  "Indoor recess day five, what a delight 🙄",
  "That explains a lot about the water cycle.",
  "Newcomer families can't always read English, so we translate the newsletter.",
  "Newcomer families bring so much to our school.",
  "Those parents who don't respond by Friday will get a phone call.",
  "Some families don't value screen time limits, and that's their choice.",
  "Apprenez le français avec nous cet été!",
  "Learn some French before the Quebec trip!",
  "Les élèves construisent des forts pis ils appellent ça du génie.",
  "The sub left great notes, what a lifesaver.",
  "The report the sub wrote was a joke, the printer ate half of it.",
  "What a joke of a weather forecast.",
  "What a mess of a game last night.",
  "The lake has the depth of a puddle this summer.",
  "Les familles du quartier, on sait bien qu'elles aiment le hockey.",
  "Anti-bullying week: we talked about what to do when someone calls you an idiot.",
  "Le suppléant qu'on a eu hier était vraiment super.",
  "Ma collègue a le sens de l'humour d'une vraie comique.",
  "Someone should teach that kid in period 3 how to tie a tie.",
  "I'm keeping a list of everyone who signed up for the bake sale.",
  "Screenshotting every one of your kind comments to read on bad days ❤",
  "You'll be hearing from me about the field trip forms.",
  "Ce cours-là va te donner une leçon de piano.",
  "The EA who helped us was useless at first but now she's amazing.",
  "The printer the sub used was useless.",
  "Families in that neighbourhood never get enough support from the province.",
  "Kids from that part of town deserve better buses.",
  "Our parents don't care if you wear pajamas to the zoom call!",
  "Leave our book fair a 5-star review!",
  "This hotel gets one star from me, the pool was closed.",
  "Le film a eu une étoile dans La Presse.",
  "If I were you, I'd be worried about the forecast for Friday's trip.",
  "If I were you, I'd bring mittens.",
  "À ta place, je prendrais un manteau.",
  "Show them what 300 kids in the gym sounds like at the pep rally!",
  "Parents, you should be proud.",
  "Grade 12s, exams are next week: you should be a little nervous, that's normal.",
  "You shouldn't be worried about the new report cards.",
  "They should be worried about the polar bears, said my student.",
  "Vous devriez être fiers de vos enfants.",
  "Tu devrais avoir peur des araignées, c'est normal à ton âge!",
  "Karen and I ran the bake sale together.",
  "Thank you to our amazing secretary Karen!",
  "Mrs. Karen Dubois retires this June.",
  "Go Karen go! Best of luck at the marathon.",
  "A huge thank-you to Karen, our lunch lady.",
  "We compared the way ours do it with how schools in Finland do it.",
  "Those students don't need a calculator the way we did.",
  "These kids don't give up, like we taught them.",
  "The kids built a fort and they call it a castle.",
  "My colleague plays guitar and she calls it therapy.",
  "Ils font du pain pis ils appellent ça de la chimie!",
  "That explains a lot about the weather.",
  "The pond has the depth of a puddle.",
  "The Leafs can't get any worse.",
  "This traffic couldn't get any dumber.",
  "What a joke of a snowstorm.",
  "That excuse of a sandwich at the cafeteria.",
  "Profitez de votre fin de semaine tant que vous pouvez!",
  "Allez-y, amusez-vous, pas de devoirs ce soir!",
  "Allez-y sans pitié au ballon-chasseur!",
  "Go get her, girl! Crush that exam!",
  "Keeping track of everyone who signed the card for Mme Roy.",
  "I'm writing down everyone who volunteered so I can thank them.",
  "I know which car is yours, the red one with the bumper sticker — love it!",
  "Someone should teach that kid in room 4 a lesson on fractions.",
  "Our principal will teach the Grade 5s a lesson about kindness.",
  "I have a good memory and a lot of free time this summer, so I'm reading 30 books.",
  "Les élèves ont gagné le match à coups de trois points.",
  "Knock some sense into me, I forgot my keys again.",
  "Newcomer families never had access to school before arriving; we welcome them.",
  "Those families don't have internet at home, so we print everything.",
  "Apprenez le français avant d'arriver au Québec, c'est plus facile!",
  "Learn French before coming on the exchange trip, it helps!",
  "Retournez dans votre classe après la récré.",
  "Go back to your country's flag on the map and colour it in.",
  "The sub they sent yesterday was a lifesaver.",
  "Le suppléant qu'ils ont envoyé hier était vraiment gentil.",
  "The parent who organized the fair was a joke-teller all night.",
  "My son's coach is a total clown at the end-of-season party 🎉",
  "Forty years old and still hasn't missed a single day of work. Legend!",
  "I'm fifty years old and still don't understand TikTok.",
  "Everyone flood our page with your pumpkin photos!",
  "Allez tous inonder notre page de photos de citrouilles!",
  "Spam my inbox with your book recommendations please!",
  "Let's flood the principal's inbox with thank-you notes ❤",
  "Posting this mom's business page so everyone can check out her cupcakes!",
  "Je partage la page de cette maman pour que tout le monde découvre ses bijoux!",
  "Mme Roy nous a donné une leçon qu'on oubliera jamais.",
  "Ce voyage va leur donner une leçon de vie.",
  "Les élèves de 6e, on sait bien qu'ils font pas exprès.",
  "Les nouveaux arrivants, on sait bien qu'ils comprennent pas tout au début, soyons patients.",
  "Les parents, on sait bien qu'ils lisent pas toujours les courriels, alors on texte.",
  "I have screenshots and recordings of the concert for parents.",
  "J'ai des captures d'écran du tutoriel pour la division.",
  "Riverbend, you should be scared!",
  "They should be nervous 😎",
  "Mes élèves ont joué aux blocs pis ils appellent ça travailler 😂",
  "My kids made a fort and they call it a lesson."
]

describeFindingTable(
  "professional-conduct, tenth-round families",
  "professional-conduct",
  flagged,
  clean
)
