// Makes a right answer plausibly wrong, deterministically from a hash: the last number shifts,
// a yes/no-style word flips, or the last word becomes a different one. Same hash, same wrong answer.

const OPPOSITES: Record<string, string> = {
  yes: "no", no: "yes", true: "false", false: "true", left: "right", right: "left",
  sí: "no", si: "no", oui: "non", non: "oui", ja: "nein", nein: "ja", sim: "não", não: "sim",
};
const DECOYS = ["blue", "seven", "Paris", "apple", "north", "Tuesday", "copper", "river", "Lisbon", "twelve"];

const LAST_NUMBER = /-?\d+(?![\s\S]*\d)/u;
const WORDS = /[\p{L}]{2,}/gu;

export function wrongAnswer(text: string, hash: number): string {
  const number = LAST_NUMBER.exec(text);
  if (number) {
    const shifted = Number(number[0]) + 1 + (hash % 3);
    return text.slice(0, number.index) + String(shifted) + text.slice(number.index + number[0].length);
  }
  let last: RegExpExecArray | undefined;
  for (const word of text.matchAll(WORDS)) {
    const opposite = OPPOSITES[word[0].toLowerCase()];
    if (opposite) return replaceAt(text, word.index, word[0], matchCase(opposite, word[0]));
    last = word;
  }
  if (!last) return `${text} not`.trim();
  const lower = last[0].toLowerCase();
  let decoy = DECOYS[hash % DECOYS.length] ?? "blue";
  if (decoy.toLowerCase() === lower) decoy = DECOYS[(hash + 1) % DECOYS.length] ?? "red";
  return replaceAt(text, last.index, last[0], decoy);
}

function replaceAt(text: string, index: number, word: string, replacement: string): string {
  return text.slice(0, index) + replacement + text.slice(index + word.length);
}

function matchCase(word: string, model: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
