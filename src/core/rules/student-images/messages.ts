import { defineMessages } from "../../rule"

/**
 * What student-images says, in English and Canadian French. Same keys in both (a missing
 * French key does not compile); `{name}` placeholders are filled when the rule
 * speaks. Never put a student's name in a message: the panel shows the matched
 * words separately.
 */
export const messages = defineMessages(
  {
    title: "Student images",
    finding: "Photo or video of students",
    description: "Reminds you of the student-image checklist when a photo or video is attached.",
    "photos.one": "1 photo",
    "photos.many": "{count} photos",
    "videos.one": "1 video",
    "videos.many": "{count} videos",
    and: "{first} and {second}",
    attached: "{what} attached",
    message: "{attached}. Before posting, check:",
    "checklist.purpose":
      "share student images only occasionally, for an educational or celebratory purpose",
    "checklist.consent": "written consent is on file for every student shown",
    "checklist.non-disclosure": "no one shown is on the non-disclosure list",
    "checklist.blur": "blur, crop, or use a distant or large-group shot",
    "checklist.first-names":
      "names visible in the picture (name tags, jerseys, certificates, whiteboards) are first names only",
    "faces.finding": "Faces in a photo",
    "faces.one": "1 face",
    "faces.many": "{count} faces",
    "faces.closeUp": "{faces}, {count} close-up",
    "faces.allCloseUp.one": "1 face, close-up",
    "faces.small": "{faces}, all small",
    "faces.group": "a large group, faces small",
    "faces.photo": "{photo}: {summary}.",
    "faces.closeUpAdvice":
      "Close-up faces can be recognised: written consent for each student shown, or blur their faces.",
    "faces.groupAdvice":
      "A distant or large-group shot is what AP 144 suggests; still check consent and the non-disclosure list.",
    "faces.blur": "Blur faces"
  },
  {
    title: "Images d’élèves",
    finding: "Photo ou vidéo d’élèves",
    description:
      "Rappelle la liste de vérification des images d’élèves quand une photo ou une vidéo est jointe.",
    "photos.one": "1 photo",
    "photos.many": "{count} photos",
    "videos.one": "1 vidéo",
    "videos.many": "{count} vidéos",
    and: "{first} et {second}",
    attached: "{what} en pièce jointe",
    message: "{attached}. Avant de publier, vérifiez :",
    "checklist.purpose":
      "les images d’élèves sont publiées seulement à l’occasion, dans un but éducatif ou pour souligner une réussite",
    "checklist.consent": "un consentement écrit est au dossier pour chaque élève qu’on voit",
    "checklist.non-disclosure": "personne sur l’image ne figure sur la liste de non-divulgation",
    "checklist.blur": "floutez, recadrez, ou utilisez une prise de loin ou de grand groupe",
    "checklist.first-names":
      "les noms visibles sur l’image (porte-noms, chandails, certificats, tableaux) sont des prénoms seulement",
    "faces.finding": "Visages sur une photo",
    "faces.one": "1 visage",
    "faces.many": "{count} visages",
    "faces.closeUp": "{faces}, dont {count} en gros plan",
    "faces.allCloseUp.one": "1 visage, en gros plan",
    "faces.small": "{faces}, tous petits",
    "faces.group": "un grand groupe, visages petits",
    "faces.photo": "{photo} : {summary}.",
    "faces.closeUpAdvice":
      "Les visages en gros plan sont reconnaissables : consentement écrit pour chaque élève, ou floutez leur visage.",
    "faces.groupAdvice":
      "Une prise de loin ou de grand groupe est ce que suggère l’AP 144; vérifiez quand même le consentement et la liste de non-divulgation.",
    "faces.blur": "Flouter les visages"
  }
)
