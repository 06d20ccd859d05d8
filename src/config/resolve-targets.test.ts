import { describe, expect, it } from "vitest";
import { resolveTargets } from "./resolve-targets.ts";

describe("resolveTargets", () => {
  it("accepts provider:model ids whose model part has slashes and colons", () => {
    const [target] = resolveTargets(["ollama:llama4:scout"], {}, "/");
    expect(target).toMatchObject({ id: "ollama:llama4:scout", provider: "ollama", model: "llama4:scout", stream: true, simulated: false });
  });

  it("resolves config target names with their settings", () => {
    const config = { targets: { scout: { model: "groq:meta-llama/llama-4-scout-17b-16e-instruct", settings: { temperature: 0 }, stream: false } } };
    const [target] = resolveTargets(["scout"], config, "/");
    expect(target).toMatchObject({ id: "scout", provider: "groq", settings: { temperature: 0 }, stream: false });
  });

  it("marks the simulator as simulated", () => {
    expect(resolveTargets(["simulator:honest"], {}, "/")[0]!.simulated).toBe(true);
  });

  it("takes a local model's relative path from the working directory, keeping the id as typed", () => {
    const [typed, named] = resolveTargets(["llamacpp:models/m.gguf", "tiny"], { targets: { tiny: { model: "llamacpp:./t.gguf" } } }, "/work/here");
    expect(typed).toMatchObject({ id: "llamacpp:models/m.gguf", provider: "llamacpp", model: "/work/here/models/m.gguf" });
    expect(named).toMatchObject({ id: "tiny", model: "/work/here/t.gguf" });
    expect(resolveTargets(["ollama:models/m"], {}, "/work/here")[0]!.model).toBe("models/m");
  });

  it("rejects no target, duplicates and unknown names with one-line messages", () => {
    expect(() => resolveTargets([], {}, "/")).toThrow(/^--model: no target given/);
    expect(() => resolveTargets(["groq:a", "groq:a"], {}, "/")).toThrow('--model: target "groq:a" is given twice');
    expect(() => resolveTargets(["scout"], { targets: { maverick: { model: "groq:m" } } }, "/")).toThrow(/unknown target "scout".*config targets: maverick/);
    expect(() => resolveTargets(["groq:"], {}, "/")).toThrow(/must look like provider:model-id/);
  });
});
