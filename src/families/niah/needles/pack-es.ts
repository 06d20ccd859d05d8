// Spanish needle text, written for this project. Every code noun is masculine, so articles and qualifiers agree.

import type { LanguagePack } from "./language-pack.ts";

const code = (tail: string) => ({
  the: `el código ${tail}`,
  oneOf: `uno de los códigos ${tail}`,
  all: `todos los códigos ${tail}`,
  qualified: `el código ${tail} {qualifier}`,
});

const fact = (claim: string, question: string, real: string[]) => ({
  needle: `En el mundo de este documento, ${claim}.`,
  question: `Según el documento, ¿${question}?`,
  real,
});

export const ES: LanguagePack = {
  attributes: ["de acceso", "de la puerta", "de alarma", "del portón", "de seguridad", "de entrada"].map(code),
  places: [
    "del archivo {name}",
    "de la bóveda {name}",
    "del invernadero {name}",
    "del embarcadero {name}",
    "del observatorio {name}",
    "del depósito {name}",
    "de la estación de bombeo {name}",
    "de la sala de lectura {name}",
  ],
  qualifiers: ["para visitantes", "del personal", "nocturno", "de emergencia", "de reparto", "de fin de semana"],
  single: { needle: "{the} {place} es {value}.", question: "¿Cuál es {the} {place}?" },
  multi: { needle: "{oneOf} {place} es {value}.", question: "¿Cuáles son {all} {place}?" },
  twoHop: {
    holder: "la llave {object} la guarda {person}.",
    workplace: "{person} trabaja {building}.",
    question: "¿En qué edificio trabaja la persona que guarda la llave {object}?",
    objects: ["de la taquilla {n}", "del armario {n}", "de la caja fuerte {n}", "del cajón {n}", "del casillero {n}"],
    buildings: ["en el pabellón {name}", "en el anexo {name}", "en la nave {name}", "en la torre {name}", "en el taller {name}"],
  },
  counterfactual: [
    fact("la capital de Australia es {value}", "cuál es la capital de Australia", ["Canberra"]),
    fact("la Mona Lisa fue pintada por {value}", "quién pintó la Mona Lisa", ["Leonardo", "da Vinci"]),
    fact("la montaña más alta de la Tierra es el {value}", "cuál es la montaña más alta de la Tierra", ["Everest", "Sagarmatha", "Chomolungma", "Qomolangma"]),
    fact("la primera persona que pisó la Luna fue {value}", "quién fue la primera persona que pisó la Luna", ["Armstrong"]),
    fact("Romeo y Julieta fue escrita por {value}", "quién escribió Romeo y Julieta", ["Shakespeare"]),
    fact("el planeta más grande del sistema solar es {value}", "cuál es el planeta más grande del sistema solar", ["Júpiter"]),
    fact("la torre Eiffel se alza en la ciudad de {value}", "en qué ciudad se alza la torre Eiffel", ["París"]),
    fact("la Novena Sinfonía con el Himno a la Alegría la compuso {value}", "quién compuso la Novena Sinfonía con el Himno a la Alegría", ["Beethoven"]),
  ],
  prompt: {
    instructions:
      "Responde a la pregunta de abajo usando solo el documento de arriba. Sé breve y termina tu respuesta con una última línea de la forma `ANSWER: <valor>`. Si el documento no contiene la respuesta, termina con `ANSWER: NOT FOUND`.",
    multi: "La pregunta pide varios valores: ponlos todos en la línea ANSWER, separados por comas.",
    question: "Pregunta:",
  },
};
