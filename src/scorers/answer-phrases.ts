// Finds "the answer is …" statements in free text (in several languages), for responses without a final answer line.

// Each phrase ends where the answer itself begins; the answer is read from the text that follows.
const PHRASES: readonly string[] = [
  String.raw`\b(?:answer|option|choice|result)\s+(?:is|would\s+be|should\s+be|will\s+be|must\s+be)`,
  String.raw`\b(?:answer|option|choice|result)\s*[:=]`,
  String.raw`\bI(?:\s+would|\s+will|['’]d|['’]ll)?\s+(?:choose|pick|select|go\s+with)`,
  String.raw`\b(?:respuesta|opci[oó]n|resultado)(?:\s+(?:correcta|final))?\s+(?:es|ser[ií]a)`,
  String.raw`\b(?:r[ée]ponse|option|r[ée]sultat)(?:\s+(?:correcte|finale))?\s+(?:est|serait)`,
  String.raw`\b(?:antwort|option|ergebnis)\s+(?:ist|lautet|w[äa]re)`,
  String.raw`\b(?:resposta|op[çc][ãa]o|alternativa|resultado)(?:\s+(?:correta|final))?\s+(?:[ée]|seria)`,
  String.raw`\b(?:risposta|opzione|risultato)(?:\s+(?:corretta|finale))?\s+(?:[èe]|sarebbe)`,
  String.raw`(?:答案|结果|結果)\s*(?:是|为|為|应该是|應該是)`,
  String.raw`答え\s*(?:は)`,
];

const PHRASE = new RegExp(`(?:${PHRASES.join("|")})\\s*[:：]?\\s*`, "giu");

/** The rest of the line after each answer statement, in order of appearance. */
export function answerStatements(text: string): string[] {
  const tails: string[] = [];
  for (const match of text.matchAll(PHRASE)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("\n", start);
    const tail = text.slice(start, end < 0 ? undefined : end).trim();
    if (tail) tails.push(tail);
  }
  return tails;
}
