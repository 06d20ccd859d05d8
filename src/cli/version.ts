// The version `realitycheck --version` prints: package.json's, read once, so there is one place to change it.

import { readFileSync } from "node:fs";

export const VERSION: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
