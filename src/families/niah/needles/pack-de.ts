// German needle text, written for this project. Every code noun is a masculine "-code", so "der" and "einer" agree.

import type { LanguagePack } from "./language-pack.ts";

const code = (noun: string) => ({
  the: `der ${noun}`,
  oneOf: `einer der ${noun}s`,
  all: `alle ${noun}s`,
  qualified: `der {qualifier}-${noun}`,
});

const fact = (needle: string, question: string, real: string[]) => ({
  needle: `In der Welt dieses Dokuments ${needle}.`,
  question: `${question}?`,
  real,
});

export const DE: LanguagePack = {
  attributes: ["Zugangscode", "Türcode", "Alarmcode", "Torcode", "Sicherheitscode", "Eingangscode"].map(code),
  places: [
    "für das Archiv {name}",
    "für den Tresorraum {name}",
    "für das Gewächshaus {name}",
    "für das Bootshaus {name}",
    "für die Sternwarte {name}",
    "für das Depot {name}",
    "für das Pumpwerk {name}",
    "für den Lesesaal {name}",
  ],
  qualifiers: ["Besucher", "Personal", "Nacht", "Notfall", "Liefer", "Wochenend"],
  single: { needle: "{the} {place} lautet {value}.", question: "Wie lautet {the} {place}?" },
  multi: { needle: "{oneOf} {place} lautet {value}.", question: "Wie lauten {all} {place}?" },
  twoHop: {
    holder: "den Schlüssel {object} verwahrt {person}.",
    workplace: "{person} arbeitet {building}.",
    question: "In welchem Gebäude arbeitet die Person, die den Schlüssel {object} verwahrt?",
    objects: ["zum Schließfach {n}", "zum Schrank {n}", "zum Tresor {n}", "zur Schublade {n}", "zum Spind {n}"],
    buildings: ["im Pavillon {name}", "im Anbau {name}", "in der Halle {name}", "im Turm {name}", "in der Werkstatt {name}"],
  },
  counterfactual: [
    fact("ist die Hauptstadt Australiens {value}", "Was ist laut dem Dokument die Hauptstadt Australiens", ["Canberra"]),
    fact("wurde die Mona Lisa von {value} gemalt", "Wer hat laut dem Dokument die Mona Lisa gemalt", ["Leonardo", "da Vinci"]),
    fact("ist der höchste Berg der Erde der {value}", "Welcher ist laut dem Dokument der höchste Berg der Erde", ["Everest", "Sagarmatha", "Chomolungma", "Qomolangma"]),
    fact("betrat {value} als erster Mensch den Mond", "Wer betrat laut dem Dokument als erster Mensch den Mond", ["Armstrong"]),
    fact("stammt Romeo und Julia von {value}", "Von wem stammt laut dem Dokument Romeo und Julia", ["Shakespeare"]),
    fact("ist {value} der größte Planet des Sonnensystems", "Welcher ist laut dem Dokument der größte Planet des Sonnensystems", ["Jupiter"]),
    fact("steht der Eiffelturm in der Stadt {value}", "In welcher Stadt steht laut dem Dokument der Eiffelturm", ["Paris"]),
    fact(
      "komponierte {value} die Neunte Sinfonie mit der Ode an die Freude",
      "Wer komponierte laut dem Dokument die Neunte Sinfonie mit der Ode an die Freude",
      ["Beethoven"],
    ),
  ],
  prompt: {
    instructions:
      "Beantworte die Frage unten ausschließlich anhand des Dokuments oben. Fasse dich kurz und beende deine Antwort mit einer letzten Zeile der Form `ANSWER: <Wert>`. Wenn das Dokument die Antwort nicht enthält, beende sie mit `ANSWER: NOT FOUND`.",
    multi: "Die Frage verlangt mehrere Werte: Schreibe sie alle in die ANSWER-Zeile, durch Kommas getrennt.",
    question: "Frage:",
  },
};
