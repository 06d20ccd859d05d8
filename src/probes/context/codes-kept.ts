// Which planted codes a reply gave back. Compared on letters and digits only, so "qx 4417" or "QX–4417" still count.

import type { PlantedCodes } from "./probe-io.ts";

export type CodePosition = keyof PlantedCodes;

export type CodesKept = Record<CodePosition, boolean>;

export const CODE_POSITIONS: readonly CodePosition[] = ["start", "middle", "end"];

export function codesKept(text: string, codes: PlantedCodes): CodesKept {
  const reply = lettersAndDigits(text);
  const kept = (code: string) => {
    const wanted = lettersAndDigits(code);
    return wanted.length > 0 && reply.includes(wanted);
  };
  return { start: kept(codes.start), middle: kept(codes.middle), end: kept(codes.end) };
}

function lettersAndDigits(text: string): string {
  return text.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
