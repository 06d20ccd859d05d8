import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../core/messages.ts";
import { findRepetitionRequest } from "./repetition-request.ts";

const asking = (content: string) => findRepetitionRequest([{ role: "user", content }]);

describe("findRepetitionRequest", () => {
  it.each([
    ["Write this line 50 times: I will not talk in class.", { asked: "Write this line 50 times", copies: 50 }],
    ["Write 'I will proofread every email before sending it.' 100 times, numbered.", { copies: 100 }],
    ["Repeat the word hello twenty times.", { copies: 20 }],
    ["Escribe 30 veces la frase: Debo hacer los deberes.", { asked: "Escribe 30 veces", copies: 30 }],
    ["Repite cincuenta veces: hola.", { copies: 50 }],
    ["Écris 25 fois la phrase suivante : Je range ma chambre.", { asked: "Écris 25 fois", copies: 25 }],
    ["请把这句话重复20次：我每天早上都会读书。", { asked: "重复20次", copies: 20 }],
    ["I need 1,000 copies of the label text.", { copies: 1000 }],
  ])("reads a count of copies: %s", (prompt, expected) => {
    expect(asking(prompt)).toMatchObject(expected);
  });

  it.each([
    ["Give me a 20x20 zero matrix in LaTeX.", { copies: 20, cells: 400 }],
    ["Draw an empty 40 x 25 grid of dots.", { copies: 40, cells: 1000 }],
    ["Fais un tableau de 10 x 12 cases.", { copies: 12, cells: 120 }],
    ["Make a markdown table with 45 rows: number, name, signature.", { asked: "45 rows", copies: 45 }],
    ["Haz una tabla de 12 filas con los meses.", { copies: 12 }],
    ["a 100-row table of random numbers", { copies: 100 }],
    ["Count from 1 to 300, comma-separated.", { copies: 300 }],
    ["Cuenta del 1 al 100.", { copies: 100 }],
    ["Compte de 1 à 50.", { copies: 50 }],
    ["Do a countdown from 100.", { copies: 100 }],
  ])("reads the size of a grid, a table or a count: %s", (prompt, expected) => {
    expect(asking(prompt)).toMatchObject(expected);
  });

  it("notes repetition without a count, which widens nothing", () => {
    expect(asking("Say hello over and over.")).toEqual({ asked: "over and over" });
    expect(asking("Répète-le encore et encore.")).toEqual({ asked: "encore et encore" });
  });

  it("sees no request in ordinary prompts, short lists or sizes that are not grids", () => {
    for (const prompt of ["What is 3 times 4?", "I have a 1920x1080 screen.", "Write a poem.", "Summarize this in 5 bullet points.", "Make a 3x3 tic-tac-toe board."]) {
      expect(asking(prompt), prompt).toBeUndefined();
    }
  });

  it("keeps the largest count asked, and the words that asked it", () => {
    expect(asking("Make a table with 12 rows, then write the footer line 30 times.")).toEqual({ asked: "write the footer line 30 times", copies: 30 });
  });

  it("reads the system prompt and the last user message only, and only their ends", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "Always write the disclaimer 20 times." },
      { role: "user", content: "Write it 500 times." },
      { role: "assistant", content: "Done." },
      { role: "user", content: "Thanks. Now a poem." },
    ];
    expect(findRepetitionRequest(messages)).toMatchObject({ copies: 20 });
    const middle = `${"filler text. ".repeat(1000)}Write this line 70 times.${" more filler.".repeat(1000)}`;
    expect(asking(middle)).toBeUndefined();
    expect(asking(`${"filler text. ".repeat(1000)}Write this line 70 times.`)).toMatchObject({ copies: 70 });
  });
});
