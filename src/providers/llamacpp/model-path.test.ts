import { homedir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelPath } from "./model-path.ts";

describe("modelPath", () => {
  it("reads a model path from the home folder or the given working directory", () => {
    expect(modelPath("/abs/m.gguf", "/work")).toBe("/abs/m.gguf");
    expect(modelPath("models/m.gguf", "/work")).toBe("/work/models/m.gguf");
    expect(modelPath("~/m.gguf", "/work")).toBe(join(homedir(), "m.gguf"));
  });
});
