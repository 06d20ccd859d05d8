// Portuguese needle text, written for this project. Every code noun is masculine, so articles and qualifiers agree.

import type { LanguagePack } from "./language-pack.ts";

const code = (tail: string) => ({
  the: `o código ${tail}`,
  oneOf: `um dos códigos ${tail}`,
  all: `todos os códigos ${tail}`,
  qualified: `o código ${tail} {qualifier}`,
});

const fact = (claim: string, question: string, real: string[]) => ({
  needle: `No mundo deste documento, ${claim}.`,
  question: `Segundo o documento, ${question}?`,
  real,
});

export const PT: LanguagePack = {
  attributes: ["de acesso", "da porta", "do alarme", "do portão", "de segurança", "de entrada"].map(code),
  places: [
    "do arquivo {name}",
    "do cofre {name}",
    "da estufa {name}",
    "do ancoradouro {name}",
    "do observatório {name}",
    "do depósito {name}",
    "da estação de bombeamento {name}",
    "da sala de leitura {name}",
  ],
  qualifiers: ["para visitantes", "do pessoal", "noturno", "de emergência", "de entregas", "de fim de semana"],
  single: { needle: "{the} {place} é {value}.", question: "Qual é {the} {place}?" },
  multi: { needle: "{oneOf} {place} é {value}.", question: "Quais são {all} {place}?" },
  twoHop: {
    holder: "a chave {object} fica com {person}.",
    workplace: "{person} trabalha {building}.",
    question: "Em que edifício trabalha a pessoa que fica com a chave {object}?",
    objects: ["do armário {n}", "do cofre {n}", "da gaveta {n}", "do escaninho {n}", "da caixa-forte {n}"],
    buildings: ["no pavilhão {name}", "no anexo {name}", "no galpão {name}", "na torre {name}", "na oficina {name}"],
  },
  counterfactual: [
    fact("a capital da Austrália é {value}", "qual é a capital da Austrália", ["Canberra"]),
    fact("a Mona Lisa foi pintada por {value}", "quem pintou a Mona Lisa", ["Leonardo", "da Vinci"]),
    fact("a montanha mais alta da Terra é o {value}", "qual é a montanha mais alta da Terra", ["Everest", "Sagarmatha", "Chomolungma", "Qomolangma"]),
    fact("a primeira pessoa a pisar na Lua foi {value}", "quem foi a primeira pessoa a pisar na Lua", ["Armstrong"]),
    fact("Romeu e Julieta foi escrita por {value}", "quem escreveu Romeu e Julieta", ["Shakespeare"]),
    fact("o maior planeta do Sistema Solar é {value}", "qual é o maior planeta do Sistema Solar", ["Júpiter"]),
    fact("a Torre Eiffel fica na cidade de {value}", "em que cidade fica a Torre Eiffel", ["Paris"]),
    fact("a Nona Sinfonia com a Ode à Alegria foi composta por {value}", "quem compôs a Nona Sinfonia com a Ode à Alegria", ["Beethoven"]),
  ],
  prompt: {
    instructions:
      "Responda à pergunta abaixo usando apenas o documento acima. Seja breve e termine a resposta com uma última linha no formato `ANSWER: <valor>`. Se o documento não contiver a resposta, termine com `ANSWER: NOT FOUND`.",
    multi: "A pergunta pede vários valores: coloque todos na linha ANSWER, separados por vírgulas.",
    question: "Pergunta:",
  },
};
