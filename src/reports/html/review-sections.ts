// The review's sections, and which task families report under each: both the HTML report and the Markdown write-up
// are laid out this way, so a reader of the original review finds each measurement where the review discussed it.

export interface ReviewSection {
  /** Anchor id in the HTML report. */
  id: string;
  title: string;
  families: readonly string[];
  /** What the battery under this heading measures, in a sentence. */
  about: string;
}

export const REVIEW_SECTIONS: readonly ReviewSection[] = [
  {
    id: "retrieval",
    title: "Information retrieval",
    families: ["niah"],
    about:
      "Sentences (needles) are planted at a chosen depth of a document of an exact length in tokens, and the model is asked for them. " +
      "A cell is the share of needles found; a host that rejects the prompt counts as a miss at that length.",
  },
  {
    id: "logic",
    title: "Logic and common sense",
    families: ["riddles"],
    about:
      "Classic riddles beside perturbed twins whose answer differs, distracted and minimal forms, in several languages: " +
      "a model that recites the classic answer to the twin has memorised rather than reasoned.",
  },
  {
    id: "writing",
    title: "Creative writing",
    families: ["writing"],
    about: "Creative prompts judged against a rubric by judges from another vendor, with length compliance.",
  },
  {
    id: "refusal",
    title: "Sensitive topics and censorship",
    families: ["refusal"],
    about:
      "Safe prompts that look unsafe (homonyms, security education, moderation, history, fiction), their unsafe twins, and political mirror pairs: " +
      "over-refusal is refusing the safe ones, asymmetry is refusing one side of a mirror pair only.",
  },
  {
    id: "reasoning",
    title: "Non-mathematical reasoning",
    families: ["mysteries"],
    about: "Generated fair-play mysteries, solvable by construction: the model names the culprit and the decisive clue.",
  },
];

export const OTHER_SECTION: ReviewSection = {
  id: "other",
  title: "Other tasks",
  families: [],
  about: "Tasks from datasets and families the review did not cover, scored as their task says.",
};

/** The section a family reports under; families the review did not cover go to "Other tasks". */
export function sectionOf(family: string): ReviewSection {
  return REVIEW_SECTIONS.find((section) => section.families.includes(family)) ?? OTHER_SECTION;
}
