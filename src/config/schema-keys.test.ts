import { describe, expect, it } from "vitest";
import { z } from "zod";
import { schemaKeys } from "./schema-keys.ts";

describe("schemaKeys", () => {
  const item = z.strictObject({ id: z.string(), metric: z.string().optional(), threshold: z.number().default(1) }).transform((v) => v);
  const schema = z.strictObject({
    name: z.string().optional(),
    claims: z.array(item),
    targets: z.record(z.string(), z.strictObject({ model: z.string(), settings: z.strictObject({ temperature: z.number() }).optional() })),
    task: z.union([z.strictObject({ family: z.literal("a"), file: z.string() }), z.strictObject({ family: z.literal("b"), lengths: z.string() })]),
  });

  it("lists the keys of the object at a path through arrays, records, unions, pipes and wrappers", () => {
    expect(schemaKeys(schema, [])).toEqual(["name", "claims", "targets", "task"]);
    expect(schemaKeys(schema, ["claims", 3])).toEqual(["id", "metric", "threshold"]);
    expect(schemaKeys(schema, ["targets", "my-gpu"])).toEqual(["model", "settings"]);
    expect(schemaKeys(schema, ["targets", "my-gpu", "settings"])).toEqual(["temperature"]);
    expect(schemaKeys(schema, ["task"])).toEqual(["family", "file", "lengths"]);
  });

  it("has none where the path leads to no object", () => {
    expect(schemaKeys(schema, ["name"])).toEqual([]);
    expect(schemaKeys(schema, ["nowhere", "deeper"])).toEqual([]);
  });
});
