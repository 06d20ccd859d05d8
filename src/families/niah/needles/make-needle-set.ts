// Builds a fresh needle set of any kind from a seeded random: new places, codes and names every trial, so a model
// cannot have memorised the answer and each trial is an independent draw.

import { ConfigError } from "../../../core/errors.ts";
import { between, pick } from "../../../haystack/chunk-random.ts";
import { type CodeAttribute, type LanguagePack, languagePack } from "./language-pack.ts";
import type { NeedleKind, NeedleLanguage, NeedleSet } from "./needle-set.ts";
import { NONLITERAL_PAIRS } from "./nonliteral-pairs.ts";
import { accessCode, distinctValues, fill, firstName, inventedName, personName, sentence, shuffled } from "./needle-values.ts";

export interface NeedleSetOptions {
  random: () => number;
  language: NeedleLanguage;
  /** multi: values hidden (default 3). distractor: distractors beside the true needle (default 2 to 4, drawn). */
  count?: number;
}

export const DEFAULT_MULTI_COUNT = 3;

export function makeNeedleSet(kind: NeedleKind, options: NeedleSetOptions): NeedleSet {
  const { random, language } = options;
  const pack = languagePack(language);
  const base = { kind, language };
  switch (kind) {
    case "single":
    case "absent": {
      const { attribute, place } = codeKey(random, pack);
      const value = accessCode(random);
      const question = sentence(pack.single.question, { the: attribute.the, place });
      if (kind === "absent") return { ...base, needles: [], question, expected: [] };
      const text = sentence(pack.single.needle, { the: attribute.the, place, value });
      return { ...base, needles: [{ text, role: "answer", value }], question, expected: [value] };
    }
    case "multi": {
      const count = checkedCount(options.count ?? DEFAULT_MULTI_COUNT, 2, 10, kind);
      const { attribute, place } = codeKey(random, pack);
      const values = distinctValues(count, () => accessCode(random));
      const needles = values.map((value) => ({ text: sentence(pack.multi.needle, { oneOf: attribute.oneOf, place, value }), role: "answer" as const, value }));
      return { ...base, needles, question: sentence(pack.multi.question, { all: attribute.all, place }), expected: values };
    }
    case "distractor": {
      const count = checkedCount(options.count ?? between(random, 2, 4), 1, pack.qualifiers.length - 1, kind);
      const { attribute, place } = codeKey(random, pack);
      const qualifiers = shuffled(random, pack.qualifiers).slice(0, count + 1);
      const values = distinctValues(count + 1, () => accessCode(random));
      const the = (qualifier: string) => fill(attribute.qualified, { qualifier });
      const needles = qualifiers.map((qualifier, i) => ({
        text: sentence(pack.single.needle, { the: the(qualifier), place, value: values[i] as string }),
        role: i === 0 ? ("answer" as const) : ("distractor" as const),
        value: values[i] as string,
      }));
      const question = sentence(pack.single.question, { the: the(qualifiers[0] as string), place });
      return { ...base, needles, question, expected: values.slice(0, 1) };
    }
    case "nonliteral": {
      const pair = pick(random, NONLITERAL_PAIRS[language]);
      const name = firstName(random);
      const needles = [{ text: sentence(pair.needle, { name }), role: "answer" as const, value: name }];
      return { ...base, needles, question: pair.question, expected: [name], link: pair.link };
    }
    case "two-hop": {
      const chain = pack.twoHop;
      const object = fill(pick(random, chain.objects), { n: String(between(random, 10, 99)) });
      const person = personName(random);
      const building = inventedName(random);
      const workplace = fill(pick(random, chain.buildings), { name: building });
      const needles = [
        { text: sentence(chain.holder, { object, person }), role: "hop" as const, value: person },
        { text: sentence(chain.workplace, { person, building: workplace }), role: "answer" as const, value: building },
      ];
      return { ...base, needles, question: sentence(chain.question, { object }), expected: [building] };
    }
    case "counterfactual": {
      const fact = pick(random, pack.counterfactual);
      const value = inventedName(random);
      const needles = [{ text: sentence(fact.needle, { value }), role: "answer" as const, value }];
      return { ...base, needles, question: fact.question, expected: [value], generalKnowledge: [...fact.real] };
    }
  }
}

/** A code's attribute and the place it belongs to, with a freshly invented place name. */
function codeKey(random: () => number, pack: LanguagePack): { attribute: CodeAttribute; place: string } {
  const attribute = pick(random, pack.attributes);
  return { attribute, place: fill(pick(random, pack.places), { name: inventedName(random) }) };
}

function checkedCount(count: number, min: number, max: number, kind: NeedleKind): number {
  if (!Number.isInteger(count) || count < min || count > max) {
    throw new ConfigError(`a ${kind} needle set takes ${min} to ${max} needles, not ${count}`, "needleCount");
  }
  return count;
}
