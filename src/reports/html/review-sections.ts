// The report's sections, and which task families report under each: both the HTML report and the Markdown write-up
// are laid out this way. A family names its own section (TaskFamily.report); the built-in ones follow the review, so a
// reader of it finds each measurement where the review discussed it.

import { allFamilies } from "../../families/registry.ts";
import type { ReportSection } from "../../families/task-family.ts";

export interface ReviewSection extends ReportSection {
  families: readonly string[];
}

export const OTHER_SECTION: ReviewSection = {
  id: "other",
  title: "Other tasks",
  about: "Tasks from datasets and families the review did not cover, scored as their task says.",
  order: Number.POSITIVE_INFINITY,
  families: [],
};

/** Every section a family names, in order, each with the families under it ("Other tasks" not among them). */
export function reviewSections(): ReviewSection[] {
  const byId = new Map<string, ReviewSection>();
  for (const family of allFamilies()) {
    if (!family.report) continue;
    const section = byId.get(family.report.id) ?? { ...family.report, families: [] };
    byId.set(family.report.id, { ...section, families: [...section.families, family.name] });
  }
  return [...byId.values()].sort((a, b) => a.order - b.order);
}

/** The section a family reports under; families that name none go to "Other tasks". */
export function sectionOf(family: string): ReviewSection {
  return reviewSections().find((section) => section.families.includes(family)) ?? OTHER_SECTION;
}
