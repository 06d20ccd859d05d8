// English needle text, written for this project.

import type { LanguagePack } from "./language-pack.ts";

const code = (noun: string) => ({
  the: `the ${noun}`,
  oneOf: `one of the ${noun}s`,
  all: `all the ${noun}s`,
  qualified: `the {qualifier} ${noun}`,
});

const fact = (claim: string, question: string, real: string[]) => ({
  needle: `In the world of this document, ${claim}.`,
  question: `According to the document, ${question}?`,
  real,
});

export const EN: LanguagePack = {
  attributes: ["access code", "door code", "alarm code", "gate code", "security code", "entry code"].map(code),
  places: [
    "for the {name} archive",
    "for the {name} vault",
    "for the {name} greenhouse",
    "for the {name} boathouse",
    "for the {name} observatory",
    "for the {name} depot",
    "for the {name} pumping station",
    "for the {name} reading room",
  ],
  qualifiers: ["visitor", "staff", "night", "emergency", "delivery", "weekend"],
  single: { needle: "{the} {place} is {value}.", question: "What is {the} {place}?" },
  multi: { needle: "{oneOf} {place} is {value}.", question: "What are {all} {place}?" },
  twoHop: {
    holder: "the key to {object} is kept by {person}.",
    workplace: "{person} works {building}.",
    question: "In which building does the person who keeps the key to {object} work?",
    objects: ["locker {n}", "cabinet {n}", "strongbox {n}", "drawer {n}", "safe {n}"],
    buildings: ["in the {name} pavilion", "in the {name} annex", "in the {name} hall", "in the {name} tower", "in the {name} workshop"],
  },
  counterfactual: [
    fact("the capital of Australia is {value}", "what is the capital of Australia", ["Canberra"]),
    fact("the Mona Lisa was painted by {value}", "who painted the Mona Lisa", ["Leonardo", "da Vinci"]),
    fact("the highest mountain on Earth is {value}", "which is the highest mountain on Earth", ["Everest", "Sagarmatha", "Chomolungma", "Qomolangma"]),
    fact("the first person to walk on the Moon was {value}", "who was the first person to walk on the Moon", ["Armstrong"]),
    fact("Romeo and Juliet was written by {value}", "who wrote Romeo and Juliet", ["Shakespeare"]),
    fact("the largest planet of the Solar System is {value}", "which is the largest planet of the Solar System", ["Jupiter"]),
    fact("the Eiffel Tower stands in the city of {value}", "in which city does the Eiffel Tower stand", ["Paris"]),
    fact("the Ninth Symphony with the Ode to Joy was composed by {value}", "who composed the Ninth Symphony with the Ode to Joy", ["Beethoven"]),
  ],
  prompt: {
    instructions:
      "Answer the question below using only the document above. Keep it short, and end your reply with a final line of the form `ANSWER: <value>`. If the document does not contain the answer, end with `ANSWER: NOT FOUND`.",
    multi: "The question asks for several values: put all of them on the ANSWER line, separated by commas.",
    question: "Question:",
  },
};
