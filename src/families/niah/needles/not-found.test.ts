import { describe, expect, it } from "vitest";
import { saysNotFound } from "./not-found.ts";

describe("saysNotFound", () => {
  const yes = [
    "NOT FOUND",
    "The document does not mention an access code for that archive.",
    "The text doesn't say.",
    "I don't know.",
    "No se menciona en el documento.",
    "NO ENCONTRADO",
    "El documento no indica ese código.",
    "Lo siento, no lo sé.",
    "Ce code n'est pas mentionné dans le document.",
    "Le document ne l'indique pas.",
    "NON TROUVÉ",
    "Der Code wird im Dokument nicht erwähnt.",
    "Das Dokument enthält keinen solchen Code.",
    "Das weiß ich nicht.",
    "O documento não menciona esse código.",
    "Não é mencionado no texto.",
    "NÃO ENCONTRADO",
  ];
  const no = ["7315-KQ", "The access code is 7315-KQ.", "El código es 7315-KQ.", "Note that the code was changed.", "Nothing else to add: 7315-KQ."];

  it.each(yes)("hears 'not found' in %s", (text) => expect(saysNotFound(text)).toBe(true));
  it.each(no)("hears an answer in %s", (text) => expect(saysNotFound(text)).toBe(false));
});
