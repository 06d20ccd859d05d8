// How a riddle is asked: the trial's filled text, then, in the riddle's own language, the request for a strict final
// line that src/scorers/final-answer.ts reads ("ANSWER:", "RESPUESTA:", "RÉPONSE :", "ANTWORT:", "RESPOSTA:").

import type { ChatMessage } from "../../core/messages.ts";
import type { Item } from "../../core/item.ts";
import { fillRiddle } from "./fill-riddle.ts";
import type { RiddleLanguage } from "./riddle-schema.ts";

export const ANSWER_INSTRUCTIONS: Record<RiddleLanguage, string> = {
  en: "Reason briefly, then end your reply with one final line in exactly this form:\nANSWER: <your answer>",
  es: "Razona brevemente y termina tu respuesta con una última línea exactamente con esta forma:\nRESPUESTA: <tu respuesta>",
  fr: "Raisonne brièvement, puis termine ta réponse par une dernière ligne exactement de cette forme :\nRÉPONSE : <ta réponse>",
  de: "Denk kurz nach und beende deine Antwort mit einer letzten Zeile genau in dieser Form:\nANTWORT: <deine Antwort>",
  pt: "Raciocine brevemente e termine sua resposta com uma última linha exatamente neste formato:\nRESPOSTA: <sua resposta>",
};

export function riddleMessages(item: Item, seed: number, trial: number): ChatMessage[] {
  const { text } = fillRiddle(item, seed, trial);
  const instruction = ANSWER_INSTRUCTIONS[item.metadata.language as RiddleLanguage] ?? ANSWER_INSTRUCTIONS.en;
  return [{ role: "user", content: `${text}\n\n${instruction}` }];
}
