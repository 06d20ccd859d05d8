// Gathers an async iterable into an array (Node 20 has no Array.fromAsync): for reads a caller needs whole.

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
