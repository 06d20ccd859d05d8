// French needle text, written for this project. Every code noun is masculine, so articles and qualifiers agree.

import type { LanguagePack } from "./language-pack.ts";

const code = (tail: string) => ({
  the: `le code ${tail}`,
  oneOf: `l'un des codes ${tail}`,
  all: `tous les codes ${tail}`,
  qualified: `le code ${tail} {qualifier}`,
});

const fact = (claim: string, question: string, real: string[]) => ({
  needle: `Dans le monde de ce document, ${claim}.`,
  question: `D'après le document, ${question} ?`,
  real,
});

export const FR: LanguagePack = {
  attributes: ["d'accès", "de la porte", "d'alarme", "du portail", "de sécurité", "d'entrée"].map(code),
  places: [
    "du dépôt {name}",
    "de la chambre forte {name}",
    "de la serre {name}",
    "du hangar à bateaux {name}",
    "de l'observatoire {name}",
    "de l'entrepôt {name}",
    "de la station de pompage {name}",
    "de la salle de lecture {name}",
  ],
  qualifiers: ["pour les visiteurs", "du personnel", "de nuit", "d'urgence", "de livraison", "du week-end"],
  single: { needle: "{the} {place} est {value}.", question: "Quel est {the} {place} ?" },
  multi: { needle: "{oneOf} {place} est {value}.", question: "Quels sont {all} {place} ?" },
  twoHop: {
    holder: "la clé {object} est gardée par {person}.",
    workplace: "{person} travaille {building}.",
    question: "Dans quel bâtiment travaille la personne qui garde la clé {object} ?",
    objects: ["du casier {n}", "de l'armoire {n}", "du coffre-fort {n}", "du tiroir {n}", "de la consigne {n}"],
    buildings: ["dans le pavillon {name}", "dans l'annexe {name}", "dans la halle {name}", "dans la tour {name}", "dans l'atelier {name}"],
  },
  counterfactual: [
    fact("la capitale de l'Australie est {value}", "quelle est la capitale de l'Australie", ["Canberra"]),
    fact("la Joconde a été peinte par {value}", "qui a peint la Joconde", ["Léonard", "Leonardo", "de Vinci", "da Vinci"]),
    fact("la plus haute montagne de la Terre est le {value}", "quelle est la plus haute montagne de la Terre", ["Everest", "Sagarmatha", "Chomolungma", "Qomolangma"]),
    fact("la première personne à marcher sur la Lune fut {value}", "qui fut la première personne à marcher sur la Lune", ["Armstrong"]),
    fact("Roméo et Juliette a été écrit par {value}", "qui a écrit Roméo et Juliette", ["Shakespeare"]),
    fact("la plus grande planète du Système solaire est {value}", "quelle est la plus grande planète du Système solaire", ["Jupiter"]),
    fact("la tour Eiffel se dresse dans la ville de {value}", "dans quelle ville se dresse la tour Eiffel", ["Paris"]),
    fact(
      "la Neuvième Symphonie et son Hymne à la joie ont été composés par {value}",
      "qui a composé la Neuvième Symphonie et son Hymne à la joie",
      ["Beethoven"],
    ),
  ],
  prompt: {
    instructions:
      "Réponds à la question ci-dessous en t'appuyant uniquement sur le document ci-dessus. Sois bref et termine ta réponse par une dernière ligne de la forme `ANSWER: <valeur>`. Si le document ne contient pas la réponse, termine par `ANSWER: NOT FOUND`.",
    multi: "La question demande plusieurs valeurs : mets-les toutes sur la ligne ANSWER, séparées par des virgules.",
    question: "Question :",
  },
};
