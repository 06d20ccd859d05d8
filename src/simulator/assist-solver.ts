// The `assist` solver: a short, plainly helpful reply to a short request (a how-to question, a request to write or
// explain something), in the request's language. It stands for "the model answered"; it is filler, never advice.
// Long prompts (documents, haystacks) are left to the other solvers or the fallback.

import { seedFromString } from "../core/random.ts";
import { detectLanguage } from "./language.ts";

/** Requests longer than this are documents with a question, not requests for help. */
export const MAX_REQUEST_CHARS = 600;

const REPLIES: Record<string, readonly string[]> = {
  en: [
    "Here is a practical way to go about it. Start with the simplest step, check that it worked, and only then move on to the next one. Prepare what you need beforehand, keep short notes as you go, and ask someone with experience when a step is unclear.",
    "The usual approach works well here. First get clear on the basics and what you want to achieve, then work through it one step at a time, checking the result at each stage. Keep it simple at first and refine it once the basics are in place.",
  ],
  es: [
    "Esta es una forma práctica de hacerlo. Empieza por el paso más sencillo, comprueba que ha funcionado y solo entonces pasa al siguiente. Prepara antes lo que necesites, toma notas breves y pregunta a alguien con experiencia cuando un paso no esté claro.",
    "El enfoque habitual funciona bien aquí. Primero aclara lo básico y lo que quieres conseguir, luego avanza paso a paso y revisa el resultado en cada etapa. Empieza por algo sencillo y mejóralo cuando lo básico esté listo.",
  ],
  fr: [
    "Voici une façon pratique de s'y prendre. Commence par l'étape la plus simple, vérifie qu'elle a fonctionné, puis passe seulement à la suivante. Prépare ce qu'il te faut à l'avance, prends quelques notes et demande conseil à quelqu'un d'expérimenté si une étape n'est pas claire.",
  ],
  de: [
    "So gehst du am besten vor. Beginne mit dem einfachsten Schritt, prüfe, ob er geklappt hat, und gehe erst dann zum nächsten über. Bereite vorher vor, was du brauchst, mach dir kurze Notizen und frag jemanden mit Erfahrung, wenn ein Schritt unklar ist.",
  ],
  pt: [
    "Esta é uma forma prática de fazer isso. Comece pelo passo mais simples, confira se funcionou e só então passe para o próximo. Prepare antes o que for preciso, faça anotações curtas e pergunte a alguém com experiência quando um passo não estiver claro.",
  ],
};

export function assistAnswer(request: string): string | undefined {
  const text = request.trim();
  if (text === "" || text.length > MAX_REQUEST_CHARS) return undefined;
  const replies = REPLIES[detectLanguage(text)] ?? REPLIES.en!;
  return replies[seedFromString(text) % replies.length];
}
