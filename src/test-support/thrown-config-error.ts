// The ConfigError a call throws, for tests that go on to check its fields; fails the test when it throws nothing else.

import { expect } from "vitest";
import { ConfigError } from "../core/errors.ts";

export function thrownConfigError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}
