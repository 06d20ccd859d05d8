// The keys a zod schema accepts at a path in a document, so an unknown key can be answered with the one it was meant
// to be. Follows objects, arrays, records, unions (every option's keys), pipes and wrappers such as optional.

import type { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

export function schemaKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((object) => Object.keys(defOf(object).shape ?? {})))];
}

/** The object schemas that could validate the value at `path`. */
function objectsAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  const def = defOf(schema);
  const inner = [def.innerType, def.in, def.left, def.right, def.getter?.(), ...(def.options ?? [])].filter((s): s is z.ZodType => s !== undefined);
  if (inner.length > 0) return inner.flatMap((s) => objectsAt(s, path));
  if (path.length === 0) return def.type === "object" ? [schema] : [];
  const [head, ...rest] = path;
  const child = def.type === "object" ? def.shape?.[String(head)] : def.type === "array" ? def.element : def.type === "record" ? def.valueType : undefined;
  return child ? objectsAt(child, rest) : [];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}
