// The English telling of a case: instructions with the fair-play rules, the facts in plain sentences, and the question.

import type { MotiveKey, NoMotiveKey, DetailKey } from "./case-catalog.ts";
import { englishFillerParagraph } from "./english-filler.ts";
import { ENGLISH_CONTAINERS, ENGLISH_OCCUPATIONS, ENGLISH_PLACES, ENGLISH_RELATIONS, ENGLISH_ROLES, ENGLISH_TARGETS } from "./english-words.ts";
import { fullName, personById, witnessById, type Fact, type MysteryCase, type Person } from "./mystery-case.ts";
import { optionLetter } from "./option-order.ts";
import { capitalize, clockTime as t, type StoryLanguage } from "./story-language.ts";

const the = (place: keyof typeof ENGLISH_PLACES) => `the ${ENGLISH_PLACES[place].name}`;
const at = (place: keyof typeof ENGLISH_PLACES) => `${ENGLISH_PLACES[place].at ?? "in"} ${the(place)}`;
const he = (p: Person) => (p.female ? "she" : "he");
const him = (p: Person) => (p.female ? "her" : "him");
const his = (p: Person) => (p.female ? "her" : "his");

const MOTIVES: Record<MotiveKey, (s: string, v: string) => string> = {
  debt: (s, v) => `${s} owed ${v} a great deal of money and had been told to repay it by the end of the month.`,
  inheritance: (s, v) => `${s} was to inherit most of ${v}'s estate and was known to be impatient for it.`,
  dismissal: (s, v) => `${v} had dismissed ${s} from a comfortable post only a week before.`,
  jealousy: (s, v) => `${s} had long been jealous of ${v}'s success and made little secret of it.`,
  revenge: (s, v) => `${s} blamed ${v} for an old family scandal and had sworn to get even.`,
  blackmail: (s, v) => `${v} knew a secret from ${s}'s past and had been hinting at it all week.`,
  rivalry: (s, v) => `${s} and ${v} had been bitter rivals for the same prize for years.`,
  "ruined-business": (s, v) => `${s}'s business had collapsed after ${v} withdrew support at the last moment.`,
};

const NO_MOTIVES: Record<NoMotiveKey, (s: string, v: string, p: Person) => string> = {
  "first-meeting": (s, v, p) => `${s} had no motive at all: ${he(p)} had met ${v} for the first time that very evening.`,
  "best-terms": (s, v, p) => `${s} had no motive at all: ${he(p)} gained nothing by it and had been on the best of terms with ${v} for years.`,
  "loses-everything": (s, v, p) => `${s} had no motive at all: ${he(p)} depended entirely on ${v}'s goodwill and had everything to lose.`,
};

const DETAILS: Record<DetailKey, (s: string, v: string) => string> = {
  "muddy-shoes": (s) => `When the inspector arrived, ${s}'s shoes were caked with fresh mud.`,
  "burnt-letter": (s) => `A half-burnt letter addressed to ${s} was found among the ashes of a fireplace.`,
  quarrel: (s, v) => `The day before, ${s} had been heard quarrelling loudly with ${v}.`,
  "new-watch": (s) => `${s} wore an expensive new watch that nobody had seen before.`,
  nervous: (s) => `${s} seemed unusually nervous and kept glancing at the door.`,
  "train-times": (s) => `${s} asked twice about the times of the morning trains.`,
  "torn-glove": (s) => `A torn glove belonging to ${s} lay on the back stairs.`,
  whisper: (s) => `Earlier that day ${s} had been seen whispering urgently to someone in a corridor.`,
};

export const english: StoryLanguage = {
  code: "en",
  keyTerms: ["key"],
  instructions: (m) =>
    [
      "Read the mystery below and find the culprit. It plays fair: everything you need is stated in the story.",
      "The rules of the case: the culprit acted alone, at the scene of the crime, at some moment between the two times that bound it, " +
        `and needed a key to ${ENGLISH_CONTAINERS[m.crime.container]}. A suspect is cleared by any one of these stated facts: ` +
        `they had no motive; they had no key to ${ENGLISH_CONTAINERS[m.crime.container]} (or a witness held their key for that whole time); ` +
        "or witnesses saw them somewhere other than the scene for that whole time (statements that follow on from one another add up). " +
        "Members of the staff are reliable witnesses. What a suspect says about themselves, unconfirmed, proves nothing. " +
        "Exactly one suspect is not cleared: that is the culprit.",
    ].join("\n\n"),
  title: (m) => `THE AFFAIR OF THE ${ENGLISH_PLACES[m.crimePlace].name.toUpperCase()}`,
  cast: (m) => {
    const victim = fullName(m.crime.victim);
    const lines = m.suspects.map(
      (s) => `- ${fullName(s)}, ${ENGLISH_OCCUPATIONS[s.occupation]} and ${m.crime.victim.first}'s ${ENGLISH_RELATIONS[s.relation][s.female ? 1 : 0]}.`,
    );
    return [`Inspector ${m.inspector.last} was called in. Apart from the staff, ${m.suspects.length} people were in the house with ${victim} that evening:`, ...lines].join("\n");
  },
  fact: englishFact,
  question: (mode, options, m) => {
    const target = ENGLISH_TARGETS[m.crime.target];
    const list = mode === "options" ? ["Suspects:", ...options.map((s, i) => `${optionLetter(i)}) ${fullName(s)}`), ""] : [];
    return [
      ...list,
      `${m.crime.kind === "theft" ? `Who stole ${target}` : m.crime.kind === "poisoning" ? `Who poisoned ${fullName(m.crime.victim)}` : `Who wrecked ${target}`}? ` +
        "Reason it through, then end your reply with exactly these two lines:",
      mode === "options" ? "CULPRIT: <the letter of the culprit>" : "CULPRIT: <the full name of the culprit>",
      "CLUE: <the decisive clue, in one short sentence: the fact that clears the last suspect who could otherwise have done it>",
    ].join("\n");
  },
  fillerParagraph: englishFillerParagraph,
  roleTerms: (role) => [ENGLISH_ROLES[role]],
  placeTerms: (place) => {
    const name = ENGLISH_PLACES[place].name;
    const head = name.split(" ").at(-1) as string;
    return head === "room" ? [name] : [...new Set([name, head])];
  },
};

function englishFact(fact: Fact, m: MysteryCase): string {
  const victim = m.crime.victim;
  const v = victim.first;
  const container = ENGLISH_CONTAINERS[m.crime.container];
  const target = ENGLISH_TARGETS[m.crime.target];
  const name = (id: string) => fullName(personById(m, id));
  const witness = (id: string) => `the ${ENGLISH_ROLES[witnessById(m, id).role]}, ${name(id)},`;
  switch (fact.kind) {
    case "suspect":
      return `${name(fact.suspect)} was among the suspects.`;
    case "crime-place":
      if (m.crime.kind === "theft") {
        return `That evening ${target} was stolen from ${container} ${at(fact.place)}. ${capitalize(container)} had not been forced: whoever took it opened it with a key.`;
      }
      if (m.crime.kind === "poisoning") {
        return `${fullName(victim)} fell gravely ill after drinking a ${target} that had stood on a side table ${at(fact.place)}. The poison came from ${container} in the same room, which had been opened with its key.`;
      }
      return `${v}'s pride, ${target} ${at(fact.place)}, was wrecked beyond repair with tools from ${container} beside it, which had been opened with its key.`;
    case "window-start":
      if (m.crime.kind === "theft") return `At ${t(fact.time)}, ${witness(fact.witness)} dusted ${container} and saw ${target} safely inside.`;
      if (m.crime.kind === "poisoning") return `At ${t(fact.time)}, ${witness(fact.witness)} poured the ${target} for ${v} and set it down; nothing had been added to it then.`;
      return `At ${t(fact.time)}, ${witness(fact.witness)} looked over ${target} and found it in perfect order.`;
    case "window-end":
      if (m.crime.kind === "theft") return `At ${t(fact.time)}, ${v} found ${container} open and ${target} gone.`;
      if (m.crime.kind === "poisoning") return `At ${t(fact.time)}, ${v} came back and drank the ${target}.`;
      return `At ${t(fact.time)}, ${v} found ${target} wrecked.`;
    case "motive":
      return MOTIVES[fact.motive](name(fact.suspect), v);
    case "no-motive":
      return NO_MOTIVES[fact.reason](name(fact.suspect), v, personById(m, fact.suspect));
    case "access":
      return `${name(fact.suspect)} had a key to ${container}.`;
    case "no-access": {
      const s = personById(m, fact.suspect);
      if (fact.handedOver) {
        const w = personById(m, fact.handedOver.witness);
        return `At ${t(fact.handedOver.from)}, ${name(fact.suspect)} handed ${his(s)} key to ${container} to ${witness(w.id)} who kept it on ${him(w)} until ${t(fact.handedOver.until)} and lent it to no one.`;
      }
      if (fact.reason === "lock-changed") return `The lock of ${container} had been changed a month earlier, and ${name(fact.suspect)} was not given a new key.`;
      return `${name(fact.suspect)} never had a key to ${container}, and it cannot be opened without one.`;
    }
    case "sighting": {
      const s = personById(m, fact.suspect);
      return `${capitalize(witness(fact.witness))} saw ${name(fact.suspect)} ${at(fact.place)} from ${t(fact.from)} to ${t(fact.until)}, and did not lose sight of ${him(s)} once.`;
    }
    case "claim": {
      const s = personById(m, fact.suspect);
      return `${name(fact.suspect)} says ${he(s)} was ${at(fact.place)} from ${t(fact.from)} to ${t(fact.until)}, but nobody saw ${him(s)} there.`;
    }
    case "detail":
      return DETAILS[fact.detail](name(fact.suspect), v);
  }
}
