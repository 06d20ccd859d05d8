// The shipped creative prompts (data/writing/prompts.yaml), validated at load.

import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readYamlFile } from "../../config/yaml-file.ts";

export const WRITING_PROMPTS_FILE = fileURLToPath(new URL("../../../data/writing/prompts.yaml", import.meta.url));
export const CREATIVE_RUBRIC_FILE = fileURLToPath(new URL("../../../data/writing/creative-rubric.yaml", import.meta.url));

const writingPromptSchema = z.strictObject({
  id: z.string().regex(/^[\w-]+$/),
  genre: z.string().min(1),
  language: z.string().min(2),
  targetWords: z.number().int().min(50),
  text: z.string().min(20),
});

const promptsFileSchema = z.strictObject({ prompts: z.array(writingPromptSchema).min(1) });

export type WritingPrompt = z.output<typeof writingPromptSchema>;

export function loadWritingPrompts(file = WRITING_PROMPTS_FILE): WritingPrompt[] {
  return readYamlFile(file, promptsFileSchema).prompts;
}
