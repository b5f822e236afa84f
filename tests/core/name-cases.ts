/**
 * Labelled examples for student-full-name, shared by the unit tests and the
 * measuring script (scripts are not shipped: nothing imports this from src).
 * Each case: a sentence or short post and the full names it contains, as
 * written (empty = nothing to flag). Names of many origins, made up.
 */
export interface NameCase {
  text: string
  names: string[]
}

export const FLAGGED: NameCase[] = [
  // English and French Canadian
  { text: "Congratulations to Emma Thompson on her science fair win!", names: ["Emma Thompson"] },
  { text: "Huge shout-out to Liam Brown for organising the food drive.", names: ["Liam Brown"] },
  { text: "Happy Birthday Noah Mitchell!", names: ["Noah Mitchell"] },
  { text: "Our student of the month is Charlotte Gagnon.", names: ["Charlotte Gagnon"] },
  {
    text: "Félicitations à Émilie Tremblay et Mathieu Bouchard!",
    names: ["Émilie Tremblay", "Mathieu Bouchard"]
  },
  { text: "Zoë Lefebvre-Paquette read her poem at assembly.", names: ["Zoë Lefebvre-Paquette"] },
  {
    text: "Well done, Jacob Ouellet and Chloé Bergeron!",
    names: ["Jacob Ouellet", "Chloé Bergeron"]
  },
  { text: "Emma J. Thompson won the spelling bee.", names: ["Emma J. Thompson"] },
  {
    text: "Anne-Marie Courchene-Daniels sang the anthem.",
    names: ["Anne-Marie Courchene-Daniels"]
  },
  { text: "Jordan Smith scored twice in the final.", names: ["Jordan Smith"] },
  { text: "Thanks for reading! - Jordan Smith", names: ["Jordan Smith"] },
  { text: "Way to go Ryan O'Brien!", names: ["Ryan O'Brien"] },
  {
    text: "Kudos to Madison MacDonald and Owen McKenzie.",
    names: ["Madison MacDonald", "Owen McKenzie"]
  },
  { text: "CONGRATS TO EMMA THOMPSON!", names: ["EMMA THOMPSON"] },
  // First Nations and Métis (surnames that are also words or given names)
  {
    text: "Congrats to Aiden Starr, Priya Sharma and Nguyen Van An!",
    names: ["Aiden Starr", "Priya Sharma", "Nguyen Van An"]
  },
  { text: "shout out to liam courchene for his beadwork", names: ["liam courchene"] },
  {
    text: "Kayden Mason and Tyler Thomas led the round dance.",
    names: ["Kayden Mason", "Tyler Thomas"]
  },
  { text: "Proud of Destiny Daniels for her jingle dress dance.", names: ["Destiny Daniels"] },
  {
    text: "Winona Spence and Dakota Flett made bannock for everyone.",
    names: ["Winona Spence", "Dakota Flett"]
  },
  { text: "Congratulations to Shayla Beardy on her scholarship.", names: ["Shayla Beardy"] },
  { text: "Raven Bird read her story to the Grade 2 class.", names: ["Raven Bird"] },
  {
    text: "Jayden Houle and Kaitlyn Desjarlais won the fiddle contest.",
    names: ["Jayden Houle", "Kaitlyn Desjarlais"]
  },
  { text: "Welcome back, Brody Chartrand!", names: ["Brody Chartrand"] },
  { text: "Hunter Swan caught the biggest fish at the derby.", names: ["Hunter Swan"] },
  // Ukrainian and Mennonite
  { text: "Oksana Kowalchuk placed first in pysanka painting.", names: ["Oksana Kowalchuk"] },
  {
    text: "Congrats to Taras Hnatiuk and Sofiia Melnyk!",
    names: ["Taras Hnatiuk", "Sofiia Melnyk"]
  },
  {
    text: "Abram Friesen and Katharina Wiebe helped at the MCC sale.",
    names: ["Abram Friesen", "Katharina Wiebe"]
  },
  {
    text: "Well done Ethan Penner, Kayla Dyck and Jared Loewen.",
    names: ["Ethan Penner", "Kayla Dyck", "Jared Loewen"]
  },
  { text: "Maksym Tkachuk's painting is in the hallway.", names: ["Maksym Tkachuk"] },
  // South Asian
  {
    text: "Arjun Patel and Simran Kaur Dhillon won the debate.",
    names: ["Arjun Patel", "Simran Kaur Dhillon"]
  },
  {
    text: "Congratulations Harpreet Sandhu on making the provincial team.",
    names: ["Harpreet Sandhu"]
  },
  { text: "Ananya Iyer's robot took second place.", names: ["Ananya Iyer"] },
  {
    text: "Kudos to Vihaan Mehta, Aanya Reddy & Rohan Chatterjee.",
    names: ["Vihaan Mehta", "Aanya Reddy", "Rohan Chatterjee"]
  },
  { text: "Ayesha Siddiqui read the land acknowledgement.", names: ["Ayesha Siddiqui"] },
  // Filipino
  {
    text: "Shout-out to Jose Miguel Santos and Maricel Dela Cruz!",
    names: ["Jose Miguel Santos", "Maricel Dela Cruz"]
  },
  { text: "Angelica Bautista sang at the Christmas concert.", names: ["Angelica Bautista"] },
  {
    text: "John Paul Reyes and Kristine Villanueva tied for first.",
    names: ["John Paul Reyes", "Kristine Villanueva"]
  },
  // Vietnamese / East Asian
  { text: "Tran Thi Mai won the writing contest.", names: ["Tran Thi Mai"] },
  { text: "Congrats to Mei-Ling Ortiz and Wei Chen!", names: ["Mei-Ling Ortiz", "Wei Chen"] },
  { text: "Mei-Ling Ortiz's poster won first place.", names: ["Mei-Ling Ortiz"] },
  { text: "Linh Nguyen and Bao Pham presented their project.", names: ["Linh Nguyen", "Bao Pham"] },
  { text: "Ji-woo Park played piano at the recital.", names: ["Ji-woo Park"] },
  { text: "Yuki Tanaka drew the cover art.", names: ["Yuki Tanaka"] },
  // West African
  { text: "Welcome Oluwaseun Adebayo to our school!", names: ["Oluwaseun Adebayo"] },
  {
    text: "Chinedu Okafor and Ama Mensah ran the bake sale.",
    names: ["Chinedu Okafor", "Ama Mensah"]
  },
  {
    text: "Congratulations to Kwame Boateng and Fatou Diallo.",
    names: ["Kwame Boateng", "Fatou Diallo"]
  },
  { text: "Aminata Kamara won the poetry slam.", names: ["Aminata Kamara"] },
  // Latin American
  {
    text: "Ana María López García presented her science project.",
    names: ["Ana María López García"]
  },
  {
    text: "Great job Santiago Hernández and Valentina Rojas!",
    names: ["Santiago Hernández", "Valentina Rojas"]
  },
  { text: "Ximena Castillo's mural brightens the library.", names: ["Ximena Castillo"] },
  { text: "Diego Ramírez scored the winning goal.", names: ["Diego Ramírez"] },
  // Turkish and others
  {
    text: "Elif Yılmaz and Emre Demir joined the robotics club.",
    names: ["Elif Yılmaz", "Emre Demir"]
  },
  { text: "Congrats to Zeynep Aydın!", names: ["Zeynep Aydın"] },
  { text: "Tesfaye Haile ran the fastest mile.", names: ["Tesfaye Haile"] },
  {
    text: "Siobhan O'Connor and Lukas Schmidt won the chess tournament.",
    names: ["Siobhan O'Connor", "Lukas Schmidt"]
  },
  { text: "Amira Hassan and Yusuf Ali led the assembly.", names: ["Amira Hassan", "Yusuf Ali"] },
  // Uncommon names known only by shape and context
  { text: "Congratulations to Xochitl Quispe on her award!", names: ["Xochitl Quispe"] },
  {
    text: "Please welcome Oluwakemi Adeyinka-Bello to Room 12.",
    names: ["Oluwakemi Adeyinka-Bello"]
  },
  { text: "Shout out to Tavish Kwasniewski for the art display.", names: ["Tavish Kwasniewski"] },
  { text: "Student of the month: Brielle Okonjo-Starr", names: ["Brielle Okonjo-Starr"] },
  // Lower case and mixed lists
  { text: "congrats to ava thompson and noah friesen", names: ["ava thompson", "noah friesen"] },
  { text: "big thanks to priya sharma for helping", names: ["priya sharma"] },
  {
    text: "Our winners: Aiden Starr, Priya Sharma, and Emma Thompson.",
    names: ["Aiden Starr", "Priya Sharma", "Emma Thompson"]
  },
  {
    text: "Hockey MVPs Logan Courchene and Brayden Harper!",
    names: ["Logan Courchene", "Brayden Harper"]
  },
  // Parents and other people named in full
  { text: "Thank you to Sarah Thompson for driving the team.", names: ["Sarah Thompson"] },
  { text: "Emma's mom, Rebecca Starr, brought snacks.", names: ["Rebecca Starr"] },
  // Names next to exemption words that do not apply
  { text: "Congratulations Grace Mason on winning the award.", names: ["Grace Mason"] },
  { text: "Liam Thompson from Brandon won the race.", names: ["Liam Thompson"] },
  {
    text: "Brandon Thompson and Russell Klassen played in the band.",
    names: ["Brandon Thompson", "Russell Klassen"]
  },
  {
    text: "Happy retirement to our custodian? No: happy birthday to Hope Sinclair!",
    names: ["Hope Sinclair"]
  },
  { text: "Nova Ducharme was named captain.", names: ["Nova Ducharme"] },
  { text: "Thanks Mrs. Daniels and Emma Thompson for the photos.", names: ["Emma Thompson"] },
  {
    text: "Matteo Rossi, Giulia Bianchi and Lena Müller visited the museum.",
    names: ["Matteo Rossi", "Giulia Bianchi", "Lena Müller"]
  },
  {
    text: "Congrats to Sophia Nowak and Jakub Kowalski.",
    names: ["Sophia Nowak", "Jakub Kowalski"]
  },
  { text: "Ibrahim Diallo's science project was amazing.", names: ["Ibrahim Diallo"] },
  { text: "Emily Chen and Ryan Wong won the math contest.", names: ["Emily Chen", "Ryan Wong"] },
  { text: "Maya Singh read Harry Potter to her class.", names: ["Maya Singh"] },
  { text: "Isabella Fontaine, Grade 6, won the poster contest.", names: ["Isabella Fontaine"] },
  {
    text: "Ahmed Khan and Fatima Malik organised the Eid celebration.",
    names: ["Ahmed Khan", "Fatima Malik"]
  },
  { text: "Olivia Kovalenko danced at the Ukrainian festival.", names: ["Olivia Kovalenko"] },
  {
    text: "Carter Klassen, Mason Reimer and Levi Enns won the relay.",
    names: ["Carter Klassen", "Mason Reimer", "Levi Enns"]
  },
  { text: "Way to go, Gurpreet Gill!", names: ["Gurpreet Gill"] },
  {
    text: "Marisol Flores and Camila Vargas planned the fiesta.",
    names: ["Marisol Flores", "Camila Vargas"]
  },
  // Second batch, written after the first rule version (measured before tuning: 76/77 found, 2 false positives)
  {
    text: "Congratulations to Declan Fitzpatrick on making the U15 provincial team!",
    names: ["Declan Fitzpatrick"]
  },
  { text: "Our Reader of the Week is Amara Nwosu!", names: ["Amara Nwosu"] },
  {
    text: "Thanks to Kalani Moar and Jace Linklater for leading the smudge.",
    names: ["Kalani Moar", "Jace Linklater"]
  },
  {
    text: "Good luck to Mykola Sawchuk at the provincial wrestling championships.",
    names: ["Mykola Sawchuk"]
  },
  { text: "Ezra Toews built a birdhouse for the courtyard.", names: ["Ezra Toews"] },
  { text: "Harleen Grewal won gold in the 100 m dash.", names: ["Harleen Grewal"] },
  { text: "A big welcome to our new student, Thi Ngoc Tran!", names: ["Thi Ngoc Tran"] },
  {
    text: "Gabriela Souza and Mateus Oliveira taught us a samba step.",
    names: ["Gabriela Souza", "Mateus Oliveira"]
  },
  {
    text: "Well done to Nkechi Eze, Femi Adeyemi and Kofi Asante!",
    names: ["Nkechi Eze", "Femi Adeyemi", "Kofi Asante"]
  },
  { text: "Shoutout to ryan mcivor for fixing the bikes", names: ["ryan mcivor"] },
  {
    text: "Proud of Jasmine Cardinal for her beautiful ribbon skirt.",
    names: ["Jasmine Cardinal"]
  },
  {
    text: "Rowan Wolfe and Sage Whitehead drummed at the powwow.",
    names: ["Rowan Wolfe", "Sage Whitehead"]
  },
  { text: "Mehmet Öztürk's volcano erupted right on time.", names: ["Mehmet Öztürk"] },
  { text: "Congrats Isla MacLeod-Fontaine!", names: ["Isla MacLeod-Fontaine"] },
  {
    text: "Kai Nakamura and Hana Suzuki made origami cranes.",
    names: ["Kai Nakamura", "Hana Suzuki"]
  },
  { text: "Big thanks to Jun Hao Lim for the tech help.", names: ["Jun Hao Lim"] },
  { text: "Our spelling bee champ is Aarav Deshpande.", names: ["Aarav Deshpande"] },
  { text: "Everyone cheered for Lucía Fernández Ortega.", names: ["Lucía Fernández Ortega"] },
  { text: "Welcome to Room 4, Tobias Hildebrand!", names: ["Tobias Hildebrand"] },
  {
    text: "Sofia Lindgren, Oliver Dahl, and Freya Holm won the relay.",
    names: ["Sofia Lindgren", "Oliver Dahl", "Freya Holm"]
  },
  { text: "Happy birthday to Brooklyn Bighetty!", names: ["Brooklyn Bighetty"] },
  { text: "Tyson Flett-Monias showed us how to set a snare.", names: ["Tyson Flett-Monias"] },
  {
    text: "Zara Hussain and Omar Farouk designed the yearbook cover.",
    names: ["Zara Hussain", "Omar Farouk"]
  },
  { text: "We're so proud of Malia Tuilagi!", names: ["Malia Tuilagi"] },
  { text: "Thanks Ethan Vandenberg for the music.", names: ["Ethan Vandenberg"] },
  {
    text: "Grade 8 student Chloe Bouchard-Lavoie won the essay contest.",
    names: ["Chloe Bouchard-Lavoie"]
  },
  {
    text: "Congratulations to our grads: Dylan Peters, Ava Giesbrecht, Noah Kehler.",
    names: ["Dylan Peters", "Ava Giesbrecht", "Noah Kehler"]
  },
  { text: "Liam Dela Cruz scored the winning basket.", names: ["Liam Dela Cruz"] },
  { text: "Kudos to Anh Thu Le for her science fair project.", names: ["Anh Thu Le"] },
  {
    text: "A huge shout out to Naomi Beaulieu who organised the clothing drive.",
    names: ["Naomi Beaulieu"]
  },
  { text: "🎉 Emma Thompson 🎉 is our Student of the Month!", names: ["Emma Thompson"] },
  {
    text: "Top readers (Grade 4): Liam Courchene, Ava Starr.",
    names: ["Liam Courchene", "Ava Starr"]
  },
  {
    text: "Winners -> 1st: Kiana D'Souza, 2nd: Noor Rahman, 3rd: Eli Wiebe",
    names: ["Kiana D'Souza", "Noor Rahman", "Eli Wiebe"]
  },
  { text: "Photo credit: Maya Oyelaran (Grade 11)", names: ["Maya Oyelaran"] },
  { text: "@everyone please congratulate Jackson Redsky!", names: ["Jackson Redsky"] },
  { text: "BIG CONGRATS TO LIAM COURCHENE AND AVA STARR", names: ["LIAM COURCHENE", "AVA STARR"] },
  { text: "Carlos y María Rodríguez won the dance-off.", names: ["María Rodríguez"] },
  {
    text: "María José Rodríguez y Pérez won the dance-off.",
    names: ["María José Rodríguez y Pérez"]
  },
  {
    text: "Thanks to Bella for the art and to Theo Kaminski for the music.",
    names: ["Theo Kaminski"]
  },
  { text: "The MVP award went to Daniel Kim.", names: ["Daniel Kim"] },
  { text: "Scarlett Nepinak, you did it!", names: ["Scarlett Nepinak"] },
  { text: "We miss you already, Aditi Kulkarni!", names: ["Aditi Kulkarni"] },
  { text: "Watch for Grayson Houle's goal in the video!", names: ["Grayson Houle"] },
  {
    text: "In the photo: Ryder Swan, Tessa Bear, and Cole Thunder.",
    names: ["Ryder Swan", "Tessa Bear", "Cole Thunder"]
  },
  { text: "Our gr. 9 rep is Nasra Abdi.", names: ["Nasra Abdi"] },
  {
    text: "Mohammed Al-Rashid and Layla Haddad ran the booth.",
    names: ["Mohammed Al-Rashid", "Layla Haddad"]
  },
  { text: "Shout-out to Evie-Rose Pelletier!", names: ["Evie-Rose Pelletier"] },
  { text: "This beautiful drawing is by Olivia Sinclair.", names: ["Olivia Sinclair"] },
  { text: "Art by Hudson Oshie, Grade 2.", names: ["Hudson Oshie"] },
  {
    text: "Congrats to Parker James and Morgan Lee on their black belts.",
    names: ["Parker James", "Morgan Lee"]
  },
  { text: "Brayden Ross-Harper made the all-star team.", names: ["Brayden Ross-Harper"] },
  { text: "Bravo à Félix Gagné et Léa Ouellette!", names: ["Félix Gagné", "Léa Ouellette"] },
  { text: "Ivan Petrenko, Grade 7, placed first.", names: ["Ivan Petrenko"] },
  { text: "Wishing Arianna Fiddler a speedy recovery.", names: ["Arianna Fiddler"] },
  { text: "We said goodbye to Jin Park today.", names: ["Jin Park"] },
  { text: "Trinity Muswaggon-Daniels sang Amazing Grace.", names: ["Trinity Muswaggon-Daniels"] },
  { text: "Emma, Liam and Noah Thompson's mom brought cupcakes.", names: ["Noah Thompson"] },
  // Third batch (measured before tuning: 32/32 found, 1 false positive)
  { text: "The poster Summer Fontaine made is in the hallway.", names: ["Summer Fontaine"] },
  {
    text: "River Daniels and Autumn Spence planted the garden.",
    names: ["River Daniels", "Autumn Spence"]
  },
  { text: "Faith Beardy sang O Canada in Cree.", names: ["Faith Beardy"] },
  { text: "Player of the game: Storm Ducharme!", names: ["Storm Ducharme"] },
  { text: "Grade 12 student Dawn Starr won a bursary.", names: ["Dawn Starr"] },
  { text: "Our Grade 2 class wrote letters with Sky Bird.", names: ["Sky Bird"] },
  {
    text: "Ahanu Moose and Takoda Wood were honoured at the feast.",
    names: ["Ahanu Moose", "Takoda Wood"]
  },
  { text: "Félicitations à notre élève du mois, Chloé Beauchamp!", names: ["Chloé Beauchamp"] },
  {
    text: "Les élèves Lucas Gauthier et Maëlle Dubé ont gagné.",
    names: ["Lucas Gauthier", "Maëlle Dubé"]
  },
  { text: "Merci à Juliette Lagimodière pour son aide.", names: ["Juliette Lagimodière"] },
  { text: "Yesterday Jacob Klassen scored a hat trick.", names: ["Jacob Klassen"] },
  { text: "In Grade 4, Isabella Moreno built a catapult.", names: ["Isabella Moreno"] },
  { text: "Did you see Kayla Bighetty's drum?", names: ["Kayla Bighetty"] },
  { text: "Photo: Noah Courchene and his eagle feather.", names: ["Noah Courchene"] },
  {
    text: "First place went to Arjun Bhullar, second to Mateo Silva.",
    names: ["Arjun Bhullar", "Mateo Silva"]
  },
  { text: "Brooklyn Harper-Sinclair read at the library.", names: ["Brooklyn Harper-Sinclair"] },
  { text: "We celebrate Ikaika Kahale today!", names: ["Ikaika Kahale"] },
  { text: "A big thank you to Paisley Monkman and her family.", names: ["Paisley Monkman"] },
  { text: "Jayce Chartrand-Flett earned his yellow belt.", names: ["Jayce Chartrand-Flett"] },
  { text: "Emmanuel Osei-Tutu led the choir.", names: ["Emmanuel Osei-Tutu"] },
  {
    text: "Bilal Qureshi, Hamza Sheikh and Inaya Mirza won.",
    names: ["Bilal Qureshi", "Hamza Sheikh", "Inaya Mirza"]
  },
  { text: "Olena Hrynchuk's pysanka is on display.", names: ["Olena Hrynchuk"] },
  { text: "Go Mason Thomas!", names: ["Mason Thomas"] },
  { text: "Ethan Young and Lily King hosted the assembly.", names: ["Ethan Young", "Lily King"] },
  { text: "Emma Thompson Grade 6 won the bee.", names: ["Emma Thompson"] },
  // Fourth batch: whole posts through the engine (measured before tuning: 21/21 found, 1 false positive)
  {
    text: "What a night! Our Winter Concert was a hit. Special thanks to Mrs. Wiebe for directing, and to Lucas Fehr and Amelia Rempel for their solos. See you at Spring Fling!",
    names: ["Lucas Fehr", "Amelia Rempel"]
  },
  {
    text: "Reminder: Picture Day is Thursday. Retakes are in May.\nCongrats to our Terry Fox Run top fundraiser, Sophie Lachance!",
    names: ["Sophie Lachance"]
  },
  {
    text: "Grade 3 finished reading Charlotte's Web. Next up: The Wild Robot by Peter Brown! Ask Harper Nowak about her favourite part.",
    names: ["Harper Nowak"]
  },
  {
    text: "Our Indigenous Peoples Day celebration was amazing. Thank you Elder Gladys Fontaine and Knowledge Keeper Dennis Daniels. Student drummers Jace Moar and Kyrie Linklater opened the day.",
    names: ["Jace Moar", "Kyrie Linklater"]
  },
  {
    text: "BIG NEWS! Kyler Wasylyshyn has been selected for Team Manitoba at the Canada Winter Games!",
    names: ["Kyler Wasylyshyn"]
  },
  {
    text: "Our debate team (Raj Malhotra, Fatima Noor, Eli Thiessen) placed third at provincials.",
    names: ["Raj Malhotra", "Fatima Noor", "Eli Thiessen"]
  },
  { text: "Thanks to Dad Jerome Houle for building our garden boxes!", names: ["Jerome Houle"] },
  {
    text: "Congrats to Mila Krahn-Toews on her Royal Conservatory exam.",
    names: ["Mila Krahn-Toews"]
  },
  { text: "Welcome to our new EA, Jasmine Okonkwo!", names: ["Jasmine Okonkwo"] },
  { text: "Shout out to Noah & Liam Sawatzky for shovelling the walk.", names: ["Liam Sawatzky"] },
  {
    text: "Go Neepawa Tigers! Good luck to Carson Bird, Eli Mousseau and Tate Keeper this weekend.",
    names: ["Carson Bird", "Eli Mousseau", "Tate Keeper"]
  },
  {
    text: "Our book of the month is Wonder. Our reader of the month is Aditya Rao.",
    names: ["Aditya Rao"]
  },
  {
    text: "Hayden Christensen-Lee, Maya Goertzen, and Pablo Ortega painted the mural.",
    names: ["Hayden Christensen-Lee", "Maya Goertzen", "Pablo Ortega"]
  },
  // Fifth batch: origins and spellings the lexicons mostly lack, lower-case posts (measured
  // before tuning: 29/35 found, 1 false positive). Still missed, so not listed here: Karen
  // names made of ordinary syllables ("Paw Htoo", "Eh Say Moo") and "Pa Nhia Vang" (only
  // "Nhia Vang" is found).
  {
    text: "Senait Tesfamariam and Filmon Ghebremedhin shared Tigrinya songs.",
    names: ["Senait Tesfamariam", "Filmon Ghebremedhin"]
  },
  { text: "Hodan Warsame read her poem about Mogadishu.", names: ["Hodan Warsame"] },
  { text: "Mugisha Habimana's drawing won the contest.", names: ["Mugisha Habimana"] },
  {
    text: "We welcome Bashir Rahimi and Zarghona Popal to Grade 5.",
    names: ["Bashir Rahimi", "Zarghona Popal"]
  },
  {
    text: "Sushila Gurung and Pemba Sherpa taught us a Nepali dance.",
    names: ["Sushila Gurung", "Pemba Sherpa"]
  },
  { text: "Congrats to Seo-yeon Choi and Ha-eun Jeong!", names: ["Seo-yeon Choi", "Ha-eun Jeong"] },
  { text: "Zhang Wei and Li Na presented their project.", names: ["Zhang Wei", "Li Na"] },
  { text: "Thanks to Rhian Cadwallader for the art.", names: ["Rhian Cadwallader"] },
  { text: "Wilguens Pierre-Louis scored the winning goal.", names: ["Wilguens Pierre-Louis"] },
  { text: "Juliana Cardona Restrepo won the science fair.", names: ["Juliana Cardona Restrepo"] },
  { text: "Happy birthday to Yaretzi Xolalpa!", names: ["Yaretzi Xolalpa"] },
  {
    text: "Anastasiia Bondarenko and Bohdan Kravets joined our class.",
    names: ["Anastasiia Bondarenko", "Bohdan Kravets"]
  },
  {
    text: "Nikita Volkov played chess with Dmitri Sokolov.",
    names: ["Nikita Volkov", "Dmitri Sokolov"]
  },
  { text: "so proud of kiona flett and jayden houle", names: ["kiona flett", "jayden houle"] },
  { text: "noah friesen scored 2 goals!!", names: ["noah friesen"] },
  { text: "ty to emma thompson for helping", names: ["emma thompson"] },
  { text: "Mariana Gonçalves Ferreira sang in Portuguese.", names: ["Mariana Gonçalves Ferreira"] },
  {
    text: "Nour Al-Khatib and Youssef Haddad made hummus.",
    names: ["Nour Al-Khatib", "Youssef Haddad"]
  },
  { text: "Ikenna Obiefuna placed first.", names: ["Ikenna Obiefuna"] },
  { text: "Great work, Tomasz Wiśniewski!", names: ["Tomasz Wiśniewski"] },
  { text: "Aroha Ngata taught us a haka.", names: ["Aroha Ngata"] },
  { text: "Leilani Kahananui danced hula.", names: ["Leilani Kahananui"] },
  { text: "Thank you, Sipho Dlamini!", names: ["Sipho Dlamini"] },
  // Sixth batch: French, Ukrainian and Mennonite posts; given names that are also words
  // (measured before tuning: 16/17 found, 1 false positive)
  {
    text: "Bravo à nos gagnants : Élodie Fournier, Mathis Tremblay et Anaïs Côté!",
    names: ["Élodie Fournier", "Mathis Tremblay", "Anaïs Côté"]
  },
  {
    text: "Un gros merci à Gabriel Lemoine pour son aide au carnaval.",
    names: ["Gabriel Lemoine"]
  },
  { text: "Notre élève de la semaine est Zoé Bérubé!", names: ["Zoé Bérubé"] },
  {
    text: "Jakob Giesbrecht und Anna Hiebert sangen auf Plautdietsch.",
    names: ["Jakob Giesbrecht", "Anna Hiebert"]
  },
  {
    text: "Congrats to Dmytro Melnychuk for first place at the Dauphin festival.",
    names: ["Dmytro Melnychuk"]
  },
  {
    text: "Sofia Hawryluk, Nazar Bilous and Mila Romaniuk danced the hopak.",
    names: ["Sofia Hawryluk", "Nazar Bilous", "Mila Romaniuk"]
  },
  { text: "Hope Neufeld scored the winning goal!", names: ["Hope Neufeld"] },
  { text: "Joy Bergen made the honour roll.", names: ["Joy Bergen"] },
  { text: "Mark Unrau and Will Dueck built the set.", names: ["Mark Unrau", "Will Dueck"] },
  { text: "Rose Harder painted the mural.", names: ["Rose Harder"] },
  { text: "Summer Redsky read the land acknowledgement.", names: ["Summer Redsky"] },
  // Near-misses of the adult, business and author lists: students still flagged.
  {
    text: "Student volunteers:\nDueck, Levi\nPenner, Sarah",
    names: ["Dueck, Levi", "Penner, Sarah"]
  },
  { text: "Coach's Award: Flett, Ava", names: ["Flett, Ava"] },
  { text: "Volunteer of the Month: Flett, Ava", names: ["Flett, Ava"] },
  { text: "Élèves bénévoles : Gagnon, Julie; Roy, Marc", names: ["Gagnon, Julie", "Roy, Marc"] },
  {
    text: "Young Authors winners: Flett, Ava; Dueck, Levi",
    names: ["Flett, Ava", "Dueck, Levi"]
  },
  { text: "Ava Flett's Science Fair project won first place.", names: ["Ava Flett"] },
  { text: "Proud teacher moment: Levi Dueck's short film got in!", names: ["Levi Dueck"] },
  { text: "Congrats to Liam Courchene's team for winning!", names: ["Liam Courchene"] },
  { text: "Le projet de Luc Gagnon a gagné!", names: ["Luc Gagnon"] },
  { text: "Congrats to Ava Flett, volunteer of the month!", names: ["Ava Flett"] },
  { text: "Ava Flett, our teacher's helper, did great.", names: ["Ava Flett"] },
  { text: "Ava Flett\nGrade 6, Room 12", names: ["Ava Flett"] },
  { text: "so proud of her buddy ava flett today", names: ["ava flett"] },
  {
    text: "Relay team: Tran, Minh / Mohamud, Fadumo / Osei, Kwabena.",
    names: ["Tran, Minh", "Mohamud, Fadumo", "Osei, Kwabena"]
  },
  { text: "Ava Flett's birthday party is Friday!", names: ["Ava Flett"] }
]

export const NOT_FLAGGED: NameCase[] = [
  { text: "Congrats to Aiden, Priya and Noah!", names: [] },
  { text: "Emma T. was our reader of the week.", names: [] },
  { text: "Thanks Mrs. Daniels for the field trip forms.", names: [] },
  { text: "Principal Sarah Mason welcomed families.", names: [] },
  { text: "Coach Tyler Starr led the team to victory.", names: [] },
  { text: "Elder Mary Courchene shared a teaching.", names: [] },
  { text: "Thank you Mr. Nguyen and Ms. Patel for coaching.", names: [] },
  { text: "Mme Chantal Lavoie teaches Grade 3 French immersion.", names: [] },
  { text: "Dr. Amara Okafor visited our science class.", names: [] },
  { text: "Vice-Principal Jason Friesen will host the assembly.", names: [] },
  { text: "Constable Ryan Harper talked about bike safety.", names: [] },
  { text: "Superintendent Lisa Klassen visited today.", names: [] },
  { text: "Our Terry Fox Run raised $2,000!", names: [] },
  { text: "Louis Riel Day is Monday: no school.", names: [] },
  { text: "Martin Luther King Jr. Day reminds us to dream big.", names: [] },
  { text: "Orange Shirt Day honours Phyllis Webstad and all survivors.", names: [] },
  { text: "We are reading Harry Potter and the Philosopher's Stone.", names: [] },
  { text: "Grade 4 loves books by Roald Dahl and Robert Munsch.", names: [] },
  { text: "Happy birthday Dr. Seuss!", names: [] },
  { text: "We talked about Wayne Gretzky and Justin Trudeau.", names: [] },
  { text: "Albert Einstein said imagination is more important than knowledge.", names: [] },
  {
    text: "Our grads are heading to Brandon University and Wilfrid Laurier University.",
    names: []
  },
  { text: "The game is at the Keystone Centre.", names: [] },
  { text: "Gordon Bell High School hosted the tournament.", names: [] },
  { text: "We toured the Sam Waller Museum.", names: [] },
  { text: "Kelvin High won the debate.", names: [] },
  { text: "The bus took the Queen Elizabeth Way.", names: [] },
  { text: "We met at St. Vital Centre.", names: [] },
  { text: "Our band played in Portage la Prairie and Fort Frances.", names: [] },
  { text: "The team travelled to Grand Rapids, Red Deer and Lake Louise.", names: [] },
  { text: "Families from Prince Albert and Swift Current visited.", names: [] },
  { text: "The Grand Forks tournament was fun.", names: [] },
  { text: "Park West School Division celebrates Education Week.", names: [] },
  { text: "We are reading Charlotte's Web by E.B. White.", names: [] },
  { text: "Our class read Holes by Louis Sachar.", names: [] },
  { text: "Science Fair Winners Announced Today", names: [] },
  { text: "Happy Thanksgiving to all our families!", names: [] },
  { text: "Grace and Hope helped in the library.", names: [] },
  { text: "Will everyone please bring a jacket?", names: [] },
  { text: "May Long Weekend means no school Monday.", names: [] },
  { text: "Great Job Grade Five!", names: [] },
  { text: "Welcome Back To School!", names: [] },
  { text: "Thanks to Tim Hortons for the timbits.", names: [] },
  { text: "We visited Canadian Tire and Home Depot.", names: [] },
  { text: "Go Winnipeg Jets Go!", names: [] },
  { text: "The Brandon Wheat Kings visited our gym.", names: [] },
  { text: "Sandy Hook was a tragedy we remember.", names: [] },
  { text: "Mr. and Mrs. Daniels donated books.", names: [] },
  { text: "PWSD STEM Day was a huge success.", names: [] },
  { text: "Thanks Madame Lavoie!", names: [] },
  { text: "Congrats Emma! Great job Liam!", names: [] },
  { text: "Welcome to Kildonan Place.", names: [] },
  { text: "Joyeux Noël à tous!", names: [] },
  { text: "The Louis Riel School Division hosted the meet.", names: [] },
  { text: "Merci beaucoup to our volunteers.", names: [] },
  { text: "Our Remembrance Day assembly is on Friday.", names: [] },
  { text: "The Winnipeg Folk Festival is in July.", names: [] },
  { text: "We watched Bluey with the Kindergarten class.", names: [] },
  { text: "Welcome, Ms. Olena Kowalchuk, our new music teacher!", names: [] },
  { text: "Thanks to Pastor John Friesen for the blessing.", names: [] },
  { text: "The Rick Hansen Foundation sent us a banner.", names: [] },
  { text: "Students learned about Viola Desmond and Rosa Parks.", names: [] },
  { text: "Our Jump Rope for Heart event is Thursday.", names: [] },
  { text: "Chief Peguis Trail is closed today.", names: [] },
  { text: "Nellie McClung fought for the vote.", names: [] },
  // Second batch
  { text: "Our Terry Fox Run is on Thursday. Go Team Fox!", names: [] },
  { text: "Mrs. Kowalchuk's class is reading Wonder by R.J. Palacio.", names: [] },
  { text: "Ms. Amanda Friesen is our new vice-principal.", names: [] },
  { text: "We welcome Principal Dawn Spence to our school.", names: [] },
  { text: "Coach Kyle Dyck says practice is at 3:30.", names: [] },
  { text: "Thanks to Constable Amir Khan for the bike rodeo.", names: [] },
  { text: "Happy Louis Riel Day, everyone!", names: [] },
  { text: "Our Grade 6s learned about Tommy Prince and Francis Pegahmagabow.", names: [] },
  { text: "We read The Paper Bag Princess by Robert Munsch.", names: [] },
  { text: "The team plays at the Sportsplex in Dauphin.", names: [] },
  { text: "Join us at Westman Place for the concert.", names: [] },
  { text: "Thanks to the Neepawa Banner for covering our play.", names: [] },
  { text: "Our Grade 3s visited the Daly House Museum.", names: [] },
  { text: "We donated to the Samaritan House food bank.", names: [] },
  { text: "Winter Carnival is next week!", names: [] },
  { text: "Happy Pink Shirt Day!", names: [] },
  { text: "I Love to Read Month starts Monday.", names: [] },
  { text: "Hot Lunch Friday: Pizza Day!", names: [] },
  { text: "Welcome Back Families!", names: [] },
  { text: "Thank You Volunteers!", names: [] },
  { text: "Congratulations Class of 2026!", names: [] },
  { text: "Spirit Week: Crazy Hair Day, Jersey Day and Pajama Day.", names: [] },
  { text: "We visited Riding Mountain National Park.", names: [] },
  { text: "The Manitoba Marathon is in June.", names: [] },
  { text: "Our students sang O Canada in Cree.", names: [] },
  { text: "Thanks to Elder Doris Pratt for the teachings.", names: [] },
  { text: "Grandma Rose Daniels made bannock with us.", names: [] },
  { text: "We learned about Chief Peguis and the Selkirk settlers.", names: [] },
  { text: "Our Winter Concert is at the Evans Theatre.", names: [] },
  { text: "Great game at Kinsmen Arena last night!", names: [] },
  { text: "Congrats to Mia, Ava, Zoe and Liam on their art!", names: [] },
  { text: "Jordan and Taylor helped set up chairs.", names: [] },
  { text: "Go Bisons!", names: [] },
  { text: "Merry Christmas and Happy Holidays from all of us!", names: [] },
  { text: "Thanks to Dr. Patel from Prairie Mountain Health.", names: [] },
  { text: "The Hon. Nello Altomare visited our school.", names: [] },
  { text: "We are raising money for the Canadian Cancer Society.", names: [] },
  { text: "Our Grade 5s Skyped with astronaut Jenni Gibbons.", names: [] },
  { text: "Author Jan Andrews visited our library.", names: [] },
  { text: "Buses will run late due to snow on Victoria Avenue.", names: [] },
  { text: "Huge thanks to Rev. Joan Harper and Father Luc Gagnon.", names: [] },
  { text: "Please welcome our new EA, Mrs. Sandeep Dhillon.", names: [] },
  { text: "Madame Josée Lavoie and Monsieur Marc Roy ran the carnaval.", names: [] },
  { text: "Mx. Robin Fehr leads the GSA.", names: [] },
  { text: "Our guest speaker was Paralympian Tristen Chernove.", names: [] },
  { text: "We sang Happy Birthday to Ms. Grace.", names: [] },
  { text: "Thank you, Harvest Manitoba, for the hampers!", names: [] },
  { text: "Our trip to Winnipeg Beach was fun.", names: [] },
  { text: "Amazing Grace was sung at the ceremony.", names: [] },
  { text: "The Sandy Bay Ojibway Nation hosted the tournament.", names: [] },
  { text: "We watched Frozen II and Toy Story.", names: [] },
  { text: "Read Across America Day was fun.", names: [] },
  { text: "The Terry Fox Foundation thanks you.", names: [] },
  { text: "Happy St. Patrick's Day!", names: [] },
  { text: "Valentine's Day cards are due Friday.", names: [] },
  { text: "We learned about Vincent van Gogh's Starry Night.", names: [] },
  { text: "Our hockey team beat the Virden Oil Kings.", names: [] },
  { text: "Grade 4 visited Lower Fort Garry National Historic Site.", names: [] },
  { text: "Parent Council meets Tuesday.", names: [] },
  { text: "Book Fair Monday to Friday!", names: [] },
  { text: "Mark Your Calendar: Grad Is June 27!", names: [] },
  { text: "Grace Hospital nurses visited us.", names: [] },
  { text: "Lego Club is back on Wednesdays.", names: [] },
  { text: "We read Thank You, Mr. Falker by Patricia Polacco.", names: [] },
  { text: "Students studied Louis Riel and Gabriel Dumont.", names: [] },
  { text: "Cree Language Week: tansi!", names: [] },
  { text: "Shout out to the Grade 12 Leadership class!", names: [] },
  // Third batch
  { text: "Bell Let's Talk Day is Wednesday.", names: [] },
  { text: "Thanks to Manitoba Hydro and Winnipeg Transit.", names: [] },
  { text: "Red River College Polytechnic visited our grads.", names: [] },
  { text: "Canadian Tire Jumpstart funded our new jerseys.", names: [] },
  { text: "Big Brothers Big Sisters is looking for mentors.", names: [] },
  { text: "We raised money for Habitat for Humanity.", names: [] },
  { text: "Kids Help Phone is always there.", names: [] },
  { text: "The Royal Winnipeg Ballet performed for us.", names: [] },
  { text: "Prairie Theatre Exchange came to our gym.", names: [] },
  { text: "Our trip to the Winnipeg Art Gallery was great.", names: [] },
  { text: "We visited the Manitoba Children's Museum.", names: [] },
  { text: "The Portage Terriers won last night.", names: [] },
  { text: "Go Swan Valley Stampeders!", names: [] },
  { text: "The Winkler Flyers visited.", names: [] },
  { text: "Our hockey team played the OCN Blizzard.", names: [] },
  { text: "We're going to Victoria Beach and Grand Beach this summer.", names: [] },
  { text: "Special Olympics Manitoba thanks our volunteers.", names: [] },
  { text: "Hockey Canada rules apply.", names: [] },
  { text: "Happy Earth Day from Room 7!", names: [] },
  { text: "Our teacher Sarah Mason is retiring.", names: [] },
  { text: "Thank you Ms. Harper!", names: [] },
  { text: "Ask Madame Gagnon for details.", names: [] },
  { text: "Thanks to Kokum Betty Daniels for the bannock.", names: [] },
  { text: "We welcomed Knowledge Keeper Ray Starr.", names: [] },
  { text: "Mr. Jordan Smith coaches volleyball.", names: [] },
  { text: "Our principal, Mrs. Lee Wong, spoke.", names: [] },
  { text: "Grade 5 read Hatchet by Gary Paulsen.", names: [] },
  { text: "We studied Emily Carr's paintings.", names: [] },
  { text: "Happy Canada Day!", names: [] },
  { text: "Sandy Bay First Nation hosted.", names: [] },
  { text: "Dr. Jane Goodall inspires our science class.", names: [] },
  { text: "Tommy Douglas is called the father of medicare.", names: [] },
  // Fourth batch: whole posts
  {
    text: "Thank you Brandon Fire & Emergency Services for visiting. Our Grade 1s loved the truck!",
    names: []
  },
  {
    text: "Bus 12 will be late today. Sorry for the inconvenience. - Mr. Harvey Penner, Transportation",
    names: []
  },
  {
    text: "Congratulations to the Grade 9 girls volleyball team: Ava, Maya, Zoe, Harper, Chloe and Lily!",
    names: []
  },
  {
    text: "Kindergarten registration is open. Call the office at 204-555-0100. Mme. Lavallée",
    names: []
  },
  {
    text: "We had fun at the Brandon Wheat Kings game! Thank you Westoba Credit Union for the tickets.",
    names: []
  },
  { text: "Happy Lunar New Year! Our students made lanterns with Ms. Chen.", names: [] },
  {
    text: "This week in Grade 4 we learned about Sir John A. Macdonald and Louis Riel.",
    names: []
  },
  {
    text: "Fun fact: Manitoba is home to Churchill, the polar bear capital of the world!",
    names: []
  },
  { text: "Grade 7 visited Fort Gibraltar and met a voyageur named Jean-Baptiste!", names: [] },
  { text: "Ecole Harrison hosted the Pembina Trails track meet.", names: [] },
  { text: "Parents: the Hot Lunch order form is due. Thanks, Grade 6 Team", names: [] },
  { text: "Our Remembrance Day assembly honoured Tommy Prince and John McCrae.", names: [] },
  // Fifth batch
  { text: "We toured Mogadishu Market in our virtual trip.", names: [] },
  { text: "Our class watched Toy Story 4 and Inside Out.", names: [] },
  { text: "Pizza Hut and Little Caesars donated lunch.", names: [] },
  { text: "Habitat for Humanity ReStore thanks our students.", names: [] },
  { text: "Sally Ann Thrift Store donation drive.", names: [] },
  { text: "Sunrise Elementary visited Laurier Collegiate.", names: [] },
  { text: "Lego Masters Club meets Monday.", names: [] },
  { text: "Minecraft Education Edition is installed.", names: [] },
  { text: "Google Classroom codes were sent home.", names: [] },
  { text: "Mathletes Rule!", names: [] },
  // Sixth batch
  { text: "Congrats to the Hiebert twins, Levi and Eli!", names: [] },
  { text: "Happy Birthday Mom and Dad!", names: [] },
  { text: "Hope you all had a great break!", names: [] },
  { text: "Joy Of Reading Week starts Monday.", names: [] },
  { text: "Will Grade 6 parents please sign the form?", names: [] },
  { text: "Mark Your Calendars!", names: [] },
  { text: "Bill Payment Reminder for School Fees", names: [] },
  { text: "Rose Garden Cleanup Day is Saturday.", names: [] },
  { text: "Faith Lutheran Church hosted our choir.", names: [] },
  { text: "Summer Reading Challenge winners announced!", names: [] },
  { text: "Grace Christian School beat us 3-2.", names: [] },
  { text: "Thanks Jack's Place for the pizza!", names: [] },
  { text: "We went to Friesen's Farm for pumpkins.", names: [] },
  { text: "Penner Arena is closed for repairs.", names: [] },
  { text: "Klassen Park playground is open.", names: [] },
  { text: "Mennonite Heritage Village hosted us.", names: [] },
  { text: "Steinbach Pistons game tonight!", names: [] },
  { text: "Le Cercle Molière présente une pièce.", names: [] },
  { text: "Visite au Musée de Saint-Boniface.", names: [] },
  { text: "Festival du Voyageur: Louis Riel et les voyageurs.", names: [] },
  { text: "Bonne fête du Canada!", names: [] },
  { text: "Gabrielle Roy a écrit La Petite Poule d'Eau.", names: [] },
  { text: "Les élèves de Mme Bérubé ont chanté.", names: [] },
  { text: "Ukrainian Easter eggs with Baba Mary.", names: [] },
  { text: "Shevchenko Day honours poet Taras Shevchenko.", names: [] },
  { text: "Our trip to Neubergthal Street Village was fun.", names: [] },
  // Seventh batch: ordinary name-free posts in title case (measured before tuning: 1 false
  // positive in 40)
  {
    text: "Reminder: Parent-Teacher Conferences are Thursday evening and Friday morning. Book your time through SchoolMessenger.",
    names: []
  },
  { text: "Our Grade 2s have been busy learning about Monarch Butterflies! 🦋", names: [] },
  { text: "Hot Dog Day is this Friday! $2 per hot dog, cash only.", names: [] },
  {
    text: "Please remember to label your child's Winter Boots, Snow Pants and Mittens.",
    names: []
  },
  {
    text: "The Book Fair is open all week in the Library. Scholastic Dollars accepted!",
    names: []
  },
  { text: "Orange Shirt Day: Every Child Matters. 🧡", names: [] },
  {
    text: "Congratulations to our Junior Varsity Boys Basketball team on a great season!",
    names: []
  },
  {
    text: "Thank you to Canadian Tire, Co-op and Home Hardware for sponsoring our Fun Fair.",
    names: []
  },
  { text: "Our Cross Country team ran at Turtle Mountain Provincial Park.", names: [] },
  { text: "Kindergarten Round-Up is April 15. Call the office to register.", names: [] },
  { text: "The Student Council is hosting a Pancake Breakfast on Shrove Tuesday.", names: [] },
  { text: "Anti-Bullying Week: Pink Shirt Day is Wednesday.", names: [] },
  { text: "Grade 11 Chemistry students made Elephant Toothpaste today!", names: [] },
  { text: "Early Dismissal Friday at 12:00 for Professional Development.", names: [] },
  { text: "Happy Valentine's Day from Room 14! ❤️", names: [] },
  { text: "Science Olympics results: we placed 2nd overall!", names: [] },
  {
    text: "Our Treaty Education unit continues with a visit to Brandon Sioux Valley Dakota Nation.",
    names: []
  },
  { text: "The Christmas Hamper Drive collected 300 items for Samaritan House.", names: [] },
  { text: "Picture Retake Day is November 4. Lifetouch will be here all morning.", names: [] },
  { text: "School Supply Lists are posted on our Website.", names: [] },
  { text: "Our Grade 8s visited the Canadian Museum for Human Rights in Winnipeg.", names: [] },
  { text: "Jump Rope for Heart raised $1,250 for Heart & Stroke!", names: [] },
  { text: "Lost and Found will be donated to Value Village on Friday.", names: [] },
  { text: "Please welcome our new Educational Assistants!", names: [] },
  { text: "Remembrance Day Assembly: Legion Branch 3 will lay a wreath.", names: [] },
  { text: "Girls Volleyball Tryouts are Monday after school in the Main Gym.", names: [] },
  { text: "Our Hockey Academy skated at the Sportsplex this morning.", names: [] },
  { text: "Wear your Jersey on Friday to support the Winnipeg Jets!", names: [] },
  { text: "Band students performed at the Brandon Festival of the Arts.", names: [] },
  { text: "We celebrated Diwali, Hanukkah and Kwanzaa in our Multicultural Assembly.", names: [] },
  { text: "Spring Break starts March 24. See you April 1!", names: [] },
  { text: "Our Breakfast Program is supported by Breakfast Club of Canada.", names: [] },
  { text: "The Grade 5 Camp Permission Forms are due Wednesday.", names: [] },
  { text: "Art Show tonight in the Commons from 6 to 8!", names: [] },
  { text: "Our Reading Buddies program pairs Grade 6 with Kindergarten.", names: [] },
  { text: "Math Kangaroo results are in!", names: [] },
  { text: "Thank you Manitoba Hydro for the Power Smart presentation.", names: [] },
  { text: "Ski Trip to Mount Agassiz is cancelled due to weather.", names: [] },
  { text: "Winter Walk Day: bundle up and walk to school!", names: [] },
  { text: "Congrats to our Envirothon team for placing first at Spruce Woods.", names: [] },
  // Lists of adults or sponsors under a role label (staff-lines.ts).
  { text: "Coaches:\nDueck, Mark\nPenner, Jason", names: [] },
  { text: "Principal: Kowalski, Anna", names: [] },
  { text: "Staff directory:\nFriesen, Jill – Grade 2\nDueck, Mark – Phys Ed", names: [] },
  { text: "Merci à nos bénévoles :\nGagnon, Julie\nRoy, Marc", names: [] },
  { text: "Équipe-école :\nGagnon, Luc – direction\nRoy, Annette – secrétariat", names: [] },
  { text: "Juges : Gagnon, Luc; Roy, Annette", names: [] },
  { text: "Thank you to our sponsors:\nDueck Chevrolet\nFriesen Lumber", names: [] },
  { text: "Merci à nos commanditaires : Boulangerie Gagnon, Pharmacie Tremblay.", names: [] },
  // Businesses after a surname or after "'s".
  { text: "Huge thanks to Rob Dueck's Plumbing for the new water fountain.", names: [] },
  { text: "We toured Jake Penner's farm near Steinbach.", names: [] },
  { text: "Our jerseys were donated by Friesen Lumber and Reimer Trucking.", names: [] },
  { text: "We visited Kenny Penner's Corn Maze this morning.", names: [] },
  { text: "Jenna Friesen's retirement party is Friday in the staff room.", names: [] },
  { text: "La cabane à sucre de Luc Gagnon nous a accueillis.", names: [] },
  { text: "Visite à la ferme de Marc Roy demain!", names: [] },
  // Adults with a role after the name, or a signature with the role under it.
  { text: "Cheers, Mark Dueck, Principal", names: [] },
  { text: "Mark Dueck\nPrincipal, Brandon School", names: [] },
  { text: "Parent council:\nPenner, Sarah (chair)\nFriesen, Jill (treasurer)", names: [] },
  { text: "Thanks to Sarah Penner (teacher) and Jill Friesen (EA)!", names: [] },
  { text: "Thanks to Luc Gagnon (parent) for the ride.", names: [] },
  { text: "Guest artist: Kowalski, Anna (potter)", names: [] },
  // Adults with a role before the name.
  { text: "Our EA Sarah Penner's bake sale raised $200.", names: [] },
  { text: "Bus driver Ken Thiessen's last run is Friday.", names: [] },
  // Authors in roster order.
  { text: "Novel study choices: Dueck, Levi / Penner, Sarah / Ellis, Deborah.", names: [] },
  { text: "Nos auteurs préférés : Gagnon, Luc; Roy, Annette.", names: [] },
  { text: "Book club picks: Korman, Gordon / Walters, Eric / Ellis, Deborah.", names: [] },
  { text: "Stops: Oakbank, Anola / Dugald, Vivian / Hazelridge, Ostenfeld.", names: [] },
  // Places and clubs that read like names; a lower-case phrase after "her".
  { text: "My class at Aspen Ridge made cards for the seniors.", names: [] },
  { text: "Merci aux Chevaliers de Colomb pour les collations!", names: [] },
  { text: "Nous irons voir la pièce au Cercle Molière demain.", names: [] },
  { text: "A parent emailed about her precious angel's mark.", names: [] },
  // Countries read like names.
  { text: "Nos correspondants : Hanoï, Viêt Nam; Dakar, Sénégal.", names: [] }
]
