import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Everyday wordings of behaviour, illness, marks and addresses (everyday-details.ts)
 * and the older kinds they join. Sentences written for the mechanisms.
 */

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: RemovalRow[] = [
  [
    "Hayden got caught with a vape in his backpack and is out until Monday.",
    "Hayden got caught with a vape in his backpack and is out until Monday.",
    ""
  ],
  [
    "Nova was written up twice this week for disrespect.",
    "Nova was written up twice this week for disrespect.",
    ""
  ],
  [
    "One of my students got an out-of-school suspension for threatening a kid.",
    "One of my students got an out-of-school suspension for threatening a kid.",
    ""
  ],
  [
    "Jett's behaviour has been out of control since the holidays.",
    "Jett's behaviour has been out of control since the holidays.",
    ""
  ],
  [
    "Ronan had a major meltdown and we had to clear the room.",
    "Ronan had a major meltdown and we had to clear the room.",
    ""
  ],
  ["Tess has 14 absences already this term.", "Tess has 14 absences already this term.", ""],
  [
    "Cruz and Ari got into it at recess and both lost gym for a week.",
    "Cruz and Ari got into it at recess and both lost gym for a week.",
    ""
  ],
  ["Paxton had another room clear today.", "Paxton had another room clear today.", ""],
  ["Emery bombed the unit test, 3 out of 20.", "Emery bombed the unit test, 3 out of 20.", ""],
  [
    "Ivy's marks dropped from 85 to 60 this term.",
    "Ivy's marks dropped from 85 to 60 this term.",
    ""
  ],
  ["Sage is getting an incomplete in science.", "Sage is getting an incomplete in science.", ""],
  ["Quinn is repeating grade 3.", "Quinn is repeating grade 3.", ""],
  [
    "Reid is the only one in my class still reading at a level C.",
    "Reid is the only one in my class still reading at a level C.",
    ""
  ],
  [
    "Ellis got a 1 on every outcome on her report card.",
    "Ellis got a 1 on every outcome on her report card.",
    ""
  ],
  ["Luca has a 48 average in math.", "Luca has a 48 average in math.", ""],
  [
    "Finn's mom's cell is 431-555-0112 if you need her.",
    "Finn's mom's cell is 431-555-0112 if you need her.",
    ""
  ],
  [
    "DM me for Nora's home address, I'm organizing a card.",
    "DM me for Nora's home address, I'm organizing a card.",
    ""
  ],
  [
    "Arlo lives in the blue house beside the school on Park St.",
    "Arlo lives in the blue house beside the school on Park St.",
    ""
  ],
  [
    "Winnie has type 1 and checks her sugar before lunch.",
    "Winnie has type 1 and checks her sugar before lunch.",
    ""
  ],
  [
    "Thea has a tummy bug and will be away all week.",
    "Thea has a tummy bug and will be away all week.",
    ""
  ],
  [
    "Jude threw up on the bus, probably the stomach flu going around.",
    "Jude threw up on the bus, probably the stomach flu going around.",
    ""
  ],
  ["Ezra is on antibiotics for strep.", "Ezra is on antibiotics for strep.", ""],
  ["Remy has an ear infection again.", "Remy has an ear infection again.", ""],
  [
    "Louna fait de l'asthme et garde sa pompe dans son sac.",
    "Louna fait de l'asthme et garde sa pompe dans son sac.",
    ""
  ],
  ["Timéo a eu une commotion au hockey.", "Timéo a eu une commotion au hockey.", ""],
  ["Lya est absente, elle a la gastro.", "Lya est absente, elle a la gastro.", ""],
  [
    "Kaïs a été expulsé du cours pour insolence.",
    "Kaïs a été expulsé du cours pour insolence.",
    ""
  ],
  ["Aaron a reçu une suspension de deux jours.", "Aaron a reçu une suspension de deux jours.", ""],
  ["Élio a eu 12 % à son test de fractions.", "Élio a eu 12 % à son test de fractions.", ""],
  ["Nolan redouble sa 4e année.", "Nolan redouble sa 4e année.", ""],
  [
    "L'adresse de Clara est le 123 rue Principale.",
    "L'adresse de Clara est le 123 rue Principale.",
    ""
  ],
  [
    "Le cellulaire de la mère de Tom est le 204-555-0101.",
    "Le cellulaire de la mère de Tom est le 204-555-0101.",
    ""
  ],
  [
    "Atlas spent the whole afternoon in the office after recess.",
    "Atlas spent the whole afternoon in the office after recess.",
    ""
  ]
]

/** Look-alikes: a write-up, gym shoes, a drill, a class meltdown, statistics, a map. */
const clean: string[] = [
  "Hayden's team won the vape-free school poster contest!",
  "Nova's science fair project on asthma won first place.",
  "Our school is hosting the division's suspension policy review.",
  "Quinn scored the winning goal at the tournament.",
  "Finn's mom brought cupcakes for the class!",
  "Ezra brought his dog for show and tell.",
  "Maya's write-up on the field trip was great.",
  "Zoe is in the office every day at lunch to help with announcements.",
  "Noah lost gym shoes again, check the lost and found!",
  "Our class had a meltdown when the snow day got cancelled 😂",
  "Ava has type 1 and type 2 errors all figured out in stats.",
  "We practised a room clear drill with the office today.",
  "Liam has a 100% attendance streak!",
  "Emma drew a map of Main Street for social studies."
]

describeRemovalTable(
  "confidential-student-info: everyday wordings",
  "confidential-student-info",
  flagged,
  clean
)
