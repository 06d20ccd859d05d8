// Where the shared test fixtures live: datasets in every format and recorded provider error bodies.

import { join } from "node:path";

const FIXTURES = join(import.meta.dirname, "fixtures");

export function fixturePath(...segments: string[]): string {
  return join(FIXTURES, ...segments);
}
