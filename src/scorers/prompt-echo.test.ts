import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../core/messages.ts";
import { promptEcho } from "./prompt-echo.ts";

const riddle = "A farmer has 17 sheep; all but 9 run away. How many are left?";
const instructions = "Reason briefly, then end your reply with one final line in exactly this form:\nANSWER: <your answer>";
const asked = (...contents: string[]): ChatMessage[] => contents.map((content) => ({ role: "user", content }));
const prompt = asked(`${riddle}\n\n${instructions}`);

describe("promptEcho", () => {
  it("catches a reply that only repeats the instructions or the answer-format line", () => {
    expect(promptEcho(instructions, prompt)).toMatch(/^the reply only repeats the prompt \(\d+ words of it, nothing of its own\)$/);
    expect(promptEcho("Reason briefly, then end your reply with one final line in exactly this form:", prompt)).toBeDefined();
    expect(promptEcho("**ANSWER: <your answer>**", prompt)).toBeDefined();
  });

  it("catches the whole prompt repeated, in another case or cut off mid-sentence", () => {
    expect(promptEcho(`${riddle}\n\n${instructions}`, prompt)).toBeDefined();
    expect(promptEcho(riddle.toUpperCase(), prompt)).toBeDefined();
    expect(promptEcho(`${riddle}\n\nReason briefly, then end your re`, prompt)).toBeDefined();
    expect(promptEcho("How do I kill a Python process?", asked("How do I kill a Python process?"))).toBeDefined();
  });

  it("catches echoes in Spanish and French", () => {
    const es = asked("Un granjero tiene 17 ovejas. ¿Cuántas quedan?\n\nRazona brevemente y termina tu respuesta con una última línea exactamente con esta forma:\nRESPUESTA: <tu respuesta>");
    expect(promptEcho("Razona brevemente y termina tu respuesta con una última línea exactamente con esta forma:\nRESPUESTA: <tu respuesta>", es)).toBeDefined();
    const fr = asked("Combien de moutons reste-t-il ?\n\nRaisonne brièvement, puis termine ta réponse par une dernière ligne exactement de cette forme :\nRÉPONSE : <ta réponse>");
    expect(promptEcho("RÉPONSE : <ta réponse>", fr)).toBeDefined();
  });

  it("catches the question alone, repeated from a longer prompt", () => {
    const haystack = asked("The boathouse code is 6863-WB. The weather was mild.\n\nQuestion: What is the entry code for the boathouse?");
    expect(promptEcho("Question: What is the entry code for the boathouse?", haystack)).toBeDefined();
    expect(promptEcho("6863-WB", haystack)).toBeUndefined();
  });

  it("lets quotes of the document the prompt holds through: retrieving a hidden sentence is the task", () => {
    const document = asked(
      "Gulls circled the pier. The boathouse code is 6863-WB. Rain came at noon. The lighthouse code is 1170-QK.\n\nWhat are the two codes? Quote the sentences that hold them.",
    );
    expect(promptEcho("The boathouse code is 6863-WB.", document)).toBeUndefined();
    expect(promptEcho("The boathouse code is 6863-WB. The lighthouse code is 1170-QK.", document)).toBeUndefined();
    expect(promptEcho("Gulls circled the pier. The boathouse code is 6863-WB. Rain came at noon.", document)).toBeDefined();
  });

  it("lets a whole choice through as the answer it is, when the item has that choice", () => {
    const question = asked("When was the treaty signed?\n\nA) The treaty was signed in 1648\nB) The treaty was signed in 1748");
    expect(promptEcho("B) The treaty was signed in 1748", question, ["The treaty was signed in 1648", "The treaty was signed in 1748"])).toBeUndefined();
    expect(promptEcho("The treaty was signed in 1748.", question, ["The treaty was signed in 1648", "The treaty was signed in 1748"])).toBeUndefined();
    expect(promptEcho("A) The treaty was signed in 1648\nB) The treaty was signed in 1748", question, ["x", "y"])).toBeDefined();
  });

  it("lets an answer through, even one that copies words from the prompt", () => {
    expect(promptEcho("Nine are left.\nANSWER: 9", prompt)).toBeUndefined();
    expect(promptEcho(`${instructions.split("\n")[0]}\nANSWER: 9`, prompt)).toBeUndefined();
    expect(promptEcho("banana", asked("Reply with exactly: banana"))).toBeUndefined();
    expect(promptEcho("B) Mars", asked("Which planet is red?\n\nA) Venus\nB) Mars\nC) Jupiter"))).toBeUndefined();
    expect(promptEcho("all but 9 run away", prompt)).toBeUndefined();
  });

  it("reads only what the user and system said, not earlier answers of the model", () => {
    const conversation: ChatMessage[] = [
      { role: "user", content: "Write a plan for a story." },
      { role: "assistant", content: "Chapter one: the storm arrives. Chapter two: the harbour floods." },
      { role: "user", content: "Now write chapter one." },
    ];
    expect(promptEcho("Chapter one: the storm arrives. Chapter two: the harbour floods.", conversation)).toBeUndefined();
    expect(promptEcho("", conversation)).toBeUndefined();
  });
});
