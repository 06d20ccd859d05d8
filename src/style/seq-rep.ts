// seq-rep-n (Welleck et al., 2019): the share of a text's word n-grams that repeat an earlier one,
// 1 - unique n-grams / total n-grams. Near 0 for ordinary prose, near 1 for a text stuck in a loop.

/** seq-rep-n over `words` (from wordTokens); 0 when there are fewer than n words. */
export function seqRep(words: readonly string[], n = 4): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`seqRep: n must be a positive integer, got ${n}`);
  const total = words.length - n + 1;
  if (total <= 0) return 0;
  const ids = wordIds(words);
  // An open-addressing set of n-gram start positions, compared id by id: no string per n-gram, so a 100 KB answer
  // takes about a millisecond where joining words into keys took several.
  const size = 2 ** Math.ceil(Math.log2(total * 2 + 1));
  const mask = size - 1;
  const slots = new Int32Array(size);
  let distinct = 0;
  for (let i = 0; i < total; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < n; k++) hash = Math.imul(hash ^ ids[i + k]!, 0x01000193);
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (true) {
      const held = slots[slot]!;
      if (held === 0) {
        slots[slot] = i + 1;
        distinct++;
        break;
      }
      if (sameGram(ids, held - 1, i, n)) break;
      slot = (slot + 1) & mask;
    }
  }
  return 1 - distinct / total;
}

function wordIds(words: readonly string[]): Int32Array {
  const known = new Map<string, number>();
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let id = known.get(word);
    if (id === undefined) known.set(word, (id = known.size));
    ids[i] = id;
  }
  return ids;
}

function sameGram(ids: Int32Array, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (ids[a + k] !== ids[b + k]) return false;
  return true;
}
