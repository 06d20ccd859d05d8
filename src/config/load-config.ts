// Finds and loads realitycheck.config.yaml. An explicit --config that does not exist is an error; a missing default is not.

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "../core/errors.ts";
import { configSchema, type Config } from "./config-schema.ts";
import { readYamlFile } from "./yaml-file.ts";

export const DEFAULT_CONFIG_FILE = "realitycheck.config.yaml";
export const DEFAULT_STORAGE_PATH = ".realitycheck/results.db";

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read, or undefined when running without one. */
  path?: string;
}

export function loadConfig(explicitPath: string | undefined, cwd: string = process.cwd()): LoadedConfig {
  if (explicitPath !== undefined) {
    const path = resolve(cwd, explicitPath);
    if (!existsSync(path)) throw new ConfigError("config file not found", explicitPath);
    return { config: readYamlFile(path, configSchema), path };
  }
  const path = resolve(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) return { config: {} };
  return { config: readYamlFile(path, configSchema), path };
}
