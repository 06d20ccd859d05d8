// Runs in its own process (vitest forks per file), so the failing loaders below are the first this module sees.

import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { assertBackendInstalled, importBackend, NOT_INSTALLED } from "./llama-backend.ts";

function missingModule(): Error {
  return Object.assign(new Error("Cannot find package 'node-llama-cpp'"), { code: "ERR_MODULE_NOT_FOUND" });
}

describe("the local backend's loading", () => {
  it("says in one line how to install node-llama-cpp when it is absent", async () => {
    expect(() => assertBackendInstalled(() => { throw missingModule(); })).toThrow(new ConfigError(NOT_INSTALLED));
    await expect(importBackend(() => Promise.reject(missingModule()))).rejects.toThrow(new ConfigError(NOT_INSTALLED));
    expect(NOT_INSTALLED).toBe("the local backend is not installed: npm install node-llama-cpp@3.21.1");
  });

  it("passes other load failures through, forgets them, and then loads the real package", async () => {
    await expect(importBackend(() => Promise.reject(new Error("bad binary")))).rejects.toThrow("bad binary");
    const backend = await importBackend();
    expect(typeof backend.getLlama).toBe("function");
    expect(() => assertBackendInstalled()).not.toThrow();
  });
});
