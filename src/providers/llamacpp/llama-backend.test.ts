// Each test loads this module afresh (vi.resetModules), so the failing loaders below are the first it sees, whatever
// other test files in the same process have loaded before.

import { describe, expect, it, vi } from "vitest";

async function freshBackend(): Promise<typeof import("./llama-backend.ts")> {
  vi.resetModules();
  return import("./llama-backend.ts");
}

function missingModule(): Error {
  return Object.assign(new Error("Cannot find package 'node-llama-cpp'"), { code: "ERR_MODULE_NOT_FOUND" });
}

describe("the local backend's loading", () => {
  it("says in one line how to install node-llama-cpp when it is absent", async () => {
    const { assertBackendInstalled, importBackend, NOT_INSTALLED } = await freshBackend();
    const notInstalled = { kind: "config_error", message: NOT_INSTALLED };
    expect(() => assertBackendInstalled(() => { throw missingModule(); })).toThrow(expect.objectContaining(notInstalled));
    await expect(importBackend(() => Promise.reject(missingModule()))).rejects.toMatchObject(notInstalled);
    expect(NOT_INSTALLED).toBe("the local backend is not installed: npm install node-llama-cpp@3.21.1");
  });

  it("passes other load failures through, forgets them, and then loads the real package", async () => {
    const { assertBackendInstalled, importBackend } = await freshBackend();
    await expect(importBackend(() => Promise.reject(new Error("bad binary")))).rejects.toThrow("bad binary");
    const backend = await importBackend();
    expect(typeof backend.getLlama).toBe("function");
    expect(() => assertBackendInstalled()).not.toThrow();
  });
});
