// Penalised maximum likelihood for pairwise comparison models, P(a beats b) = σ(θa − θb + Σ βk·xk), by Newton's
// method. Plain Bradley-Terry (no covariates) and its length-controlled variant (x = a length feature) share this fit.

/**
 * Precision λ of the Gaussian prior N(0, 1/λ) on every parameter: sd 10 on the log-strength scale (about 1,700 rating
 * points). Next to real data it is negligible; what it buys is a finite answer when a model wins (or loses) every
 * comparison, where the plain likelihood keeps rising as its strength runs off to infinity. Because the prior is
 * symmetric and the likelihood sees only differences, the fitted log-strengths always sum to zero.
 */
export const DEFAULT_PRIOR_PRECISION = 0.01;

export interface PairwiseRow {
  /** Player indices, different, each in [0, players). */
  a: number;
  b: number;
  /** Comparisons the row stands for, and a's share of them (a tie counts half to each side). */
  games: number;
  winsA: number;
  /** One value per covariate; omitted when the fit has none. */
  covariates?: readonly number[];
}

export interface PairwiseLogisticOptions {
  players: number;
  covariates?: number;
  priorPrecision?: number;
  /** Fit with cᵀ(θ, β) held at this value (a profile likelihood's inner maximisation); c has one entry per parameter. */
  constraint?: { contrast: readonly number[]; value: number };
}

export interface PairwiseLogisticFit {
  /** Natural-log strengths, summing to zero. */
  theta: number[];
  /** Covariate coefficients, on the log-odds scale. */
  beta: number[];
  /** The maximised objective: log-likelihood minus the prior's penalty. */
  objective: number;
  iterations: number;
}

const MAX_ITERATIONS = 100;
const STEP_TOLERANCE = 1e-10;

export function fitPairwiseLogistic(rows: readonly PairwiseRow[], options: PairwiseLogisticOptions): PairwiseLogisticFit {
  const { players } = options;
  const covariates = options.covariates ?? 0;
  const prior = options.priorPrecision ?? DEFAULT_PRIOR_PRECISION;
  if (!(prior > 0 && Number.isFinite(prior))) throw new RangeError(`fitPairwiseLogistic: priorPrecision must be positive, got ${prior}`);
  const design = rows.map((row) => designOf(row, players, covariates));
  const size = players + covariates;
  const constraint = options.constraint && constraintOf(options.constraint, size);
  let params = constraint ? constraint.start : new Float64Array(size);
  let value = objective(params);
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    const { gradient, curvature } = derivatives(params);
    const step = constraint ? projectedStep(curvature, gradient, constraint.contrast) : solvePositiveDefinite(curvature, gradient);
    // The objective is strictly concave, so a full Newton step is almost always right; halving guards the rare overshoot.
    let scale = 1;
    let next = params;
    let nextValue = value;
    for (let halving = 0; halving < 40; halving++) {
      next = params.map((p, i) => p + scale * (step[i] as number));
      nextValue = objective(next);
      if (nextValue >= value) break;
      scale /= 2;
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * scale)));
    params = next;
    value = nextValue;
    if (moved < STEP_TOLERANCE) break;
  }
  return { theta: Array.from(params.subarray(0, players)), beta: Array.from(params.subarray(players)), objective: value, iterations };

  function objective(p: Float64Array): number {
    let sum = 0;
    for (let r = 0; r < design.length; r++) {
      const row = rows[r] as PairwiseRow;
      const t = linear(design[r] as Entry[], p);
      sum += row.winsA * logSigmoid(t) + (row.games - row.winsA) * logSigmoid(-t);
    }
    for (const x of p) sum -= (prior / 2) * x * x;
    return sum;
  }

  /** Gradient of the objective and the negated Hessian (positive definite thanks to the prior). */
  function derivatives(p: Float64Array): { gradient: Float64Array; curvature: Float64Array[] } {
    const gradient = p.map((x) => -prior * x);
    const curvature = Array.from({ length: size }, (_, i) => {
      const line = new Float64Array(size);
      line[i] = prior;
      return line;
    });
    for (let r = 0; r < design.length; r++) {
      const row = rows[r] as PairwiseRow;
      const entries = design[r] as Entry[];
      const probability = sigmoid(linear(entries, p));
      const residual = row.winsA - row.games * probability;
      const weight = row.games * probability * (1 - probability);
      for (const e of entries) {
        gradient[e.index] = (gradient[e.index] as number) + e.value * residual;
        const line = curvature[e.index] as Float64Array;
        for (const f of entries) line[f.index] = (line[f.index] as number) + weight * e.value * f.value;
      }
    }
    return { gradient, curvature };
  }
}

/** The nearest point to the origin that meets the constraint, where the constrained Newton iteration starts. */
function constraintOf(constraint: { contrast: readonly number[]; value: number }, size: number): { contrast: Float64Array; start: Float64Array } {
  if (constraint.contrast.length !== size) throw new RangeError(`fitPairwiseLogistic: the contrast has ${constraint.contrast.length} entries, the fit ${size}`);
  const contrast = Float64Array.from(constraint.contrast);
  const norm = contrast.reduce((sum, c) => sum + c * c, 0);
  if (!(norm > 0) || !Number.isFinite(constraint.value)) throw new RangeError("fitPairwiseLogistic: the constraint needs a non-zero contrast and a finite value");
  return { contrast, start: contrast.map((c) => (c * constraint.value) / norm) };
}

/** The Newton step that keeps cᵀΔ = 0: H⁻¹g − H⁻¹c · (cᵀH⁻¹g) / (cᵀH⁻¹c). */
function projectedStep(curvature: readonly Float64Array[], gradient: Float64Array, contrast: Float64Array): Float64Array {
  const free = solvePositiveDefinite(curvature, gradient);
  const along = solvePositiveDefinite(curvature, contrast);
  const dot = (x: Float64Array, y: Float64Array) => x.reduce((sum, v, i) => sum + v * (y[i] as number), 0);
  const factor = dot(contrast, free) / dot(contrast, along);
  return free.map((v, i) => v - factor * (along[i] as number));
}

interface Entry {
  index: number;
  value: number;
}

function designOf(row: PairwiseRow, players: number, covariates: number): Entry[] {
  const { a, b, games, winsA } = row;
  for (const index of [a, b]) {
    if (!Number.isInteger(index) || index < 0 || index >= players) throw new RangeError(`fitPairwiseLogistic: player index ${index} outside [0, ${players})`);
  }
  if (a === b) throw new RangeError(`fitPairwiseLogistic: a row pits player ${a} against itself`);
  if (!(games > 0 && winsA >= 0 && winsA <= games)) throw new RangeError(`fitPairwiseLogistic: a row needs games > 0 and 0 <= winsA <= games, got ${winsA}/${games}`);
  const values = row.covariates ?? [];
  if (values.length !== covariates) throw new RangeError(`fitPairwiseLogistic: a row has ${values.length} covariates, the fit ${covariates}`);
  const entries: Entry[] = [{ index: a, value: 1 }, { index: b, value: -1 }];
  values.forEach((value, k) => {
    if (!Number.isFinite(value)) throw new RangeError(`fitPairwiseLogistic: covariate ${k} is not finite`);
    if (value !== 0) entries.push({ index: players + k, value });
  });
  return entries;
}

function linear(entries: readonly Entry[], p: Float64Array): number {
  let t = 0;
  for (const e of entries) t += e.value * (p[e.index] as number);
  return t;
}

function sigmoid(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/** log σ(t), without overflow for large |t|. */
function logSigmoid(t: number): number {
  return t >= 0 ? -Math.log1p(Math.exp(-t)) : t - Math.log1p(Math.exp(t));
}

/** Solves M·x = v for a symmetric positive definite M by Cholesky factorisation. */
function solvePositiveDefinite(matrix: readonly Float64Array[], vector: Float64Array): Float64Array {
  const n = vector.length;
  const lower = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const li = lower[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const lj = lower[j] as Float64Array;
      let sum = (matrix[i] as Float64Array)[j] as number;
      for (let k = 0; k < j; k++) sum -= (li[k] as number) * (lj[k] as number);
      li[j] = i === j ? Math.sqrt(sum) : sum / (lj[j] as number);
    }
  }
  const forward = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = vector[i] as number;
    for (let k = 0; k < i; k++) sum -= ((lower[i] as Float64Array)[k] as number) * (forward[k] as number);
    forward[i] = sum / ((lower[i] as Float64Array)[i] as number);
  }
  const solution = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = forward[i] as number;
    for (let k = i + 1; k < n; k++) sum -= ((lower[k] as Float64Array)[i] as number) * (solution[k] as number);
    solution[i] = sum / ((lower[i] as Float64Array)[i] as number);
  }
  return solution;
}
