// Per-family arithmetic for riddles whose numbers change every trial: drawn slot values in, derived values out.
// A riddle file names its solver; its texts and answers may then use the derived values as {slots}.

export interface RiddleSolver {
  /** Numeric slots the solver reads; a family using it must declare them. */
  inputs: readonly string[];
  solve(values: Readonly<Record<string, number>>): Record<string, number>;
}

const at = (values: Readonly<Record<string, number>>, name: string): number => values[name] ?? Number.NaN;

export const RIDDLE_SOLVERS = {
  /** The ball costs `half`; the bat costs `diff` more; the intuitive answer is total − diff = 2 × half. */
  "bat-ball": {
    inputs: ["half", "k"],
    solve: (v) => ({ diff: 100 * at(v, "k"), total: 100 * at(v, "k") + 2 * at(v, "half"), gap: 2 * at(v, "half") }),
  },
  /** Doubling covers half the lake one day before the end; linear growth covers it halfway through. */
  "lily-pads": {
    inputs: ["halfway"],
    solve: (v) => ({ days: 2 * at(v, "halfway"), before: 2 * at(v, "halfway") - 1 }),
  },
  sheep: {
    inputs: ["total", "left"],
    solve: (v) => ({ rest: at(v, "total") - at(v, "left") }),
  },
  /** I was 2 × half and my sister half; she stays `half` years younger (or, in the twin, 2 × half years older). */
  "sister-age": {
    inputs: ["half", "now"],
    solve: (v) => ({ then: 2 * at(v, "half"), sister: at(v, "now") - at(v, "half"), twinSister: at(v, "now") + 2 * at(v, "half") }),
  },
  "race-last": {
    inputs: ["n"],
    solve: (v) => ({ ahead: at(v, "n") - 1 }),
  },
  /** n pills half an hour apart span n − 1 gaps; starting half an hour late adds one more. */
  pills: {
    inputs: ["n"],
    solve: (v) => ({ span: 30 * (at(v, "n") - 1), full: 30 * at(v, "n") }),
  },
  /** Rungs 30 cm apart under a tide rising 60 cm an hour: two rungs an hour drown, unless the ladder floats. */
  "rope-ladder": {
    inputs: ["rungs", "hours"],
    solve: (v) => ({ dry: at(v, "rungs") - 2 * at(v, "hours") }),
  },
} satisfies Record<string, RiddleSolver>;

export type SolverName = keyof typeof RIDDLE_SOLVERS;
export const SOLVER_NAMES = Object.keys(RIDDLE_SOLVERS) as [SolverName, ...SolverName[]];

/** The drawn numeric values together with what the named solver derives from them. */
export function solveSlots(solver: SolverName | undefined, values: Readonly<Record<string, number>>): Record<string, number> {
  return solver === undefined ? { ...values } : { ...values, ...RIDDLE_SOLVERS[solver].solve(values) };
}
