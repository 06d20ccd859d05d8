// Reads a claim file (YAML) into a ClaimSet: validated at the edge, every error naming the file, line and field,
// and every claim keeping the line it was written on so reports can point back at it.

import { basename, extname } from "node:path";
import type { z } from "zod";
import type { ClaimSet } from "../core/claim.ts";
import { parseYamlDocument, readYamlDocument, type YamlDocument } from "../config/yaml-file.ts";
import { claimSetSchema } from "./claim-schema.ts";

type ParsedSet = YamlDocument<z.output<typeof claimSetSchema>>;

/** `where` names the file in errors (default: the path as given). */
export function readClaimFile(path: string, where = path): ClaimSet {
  return toClaimSet(readYamlDocument(path, claimSetSchema, where), path);
}

/** `sourceName` is the file name errors and the default set name use. */
export function parseClaimSet(text: string, sourceName: string): ClaimSet {
  return toClaimSet(parseYamlDocument(text, sourceName, claimSetSchema), sourceName);
}

function toClaimSet(document: ParsedSet, path: string): ClaimSet {
  const { name, description, simulated, claims } = document.value;
  return {
    name: name ?? basename(path, extname(path)),
    description,
    simulated,
    claims: claims.map((claim, index) => ({ ...claim, line: document.lineOf(["claims", index]) })),
  };
}
