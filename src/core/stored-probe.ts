// A stored context probe: one probed target and the probe's whole result. Probes are searches, not grids of
// samples, so they are kept beside runs rather than in them.

export interface StoredContextProbe {
  id: string;
  createdAt: number;
  targetId: string;
  provider: string;
  model: string;
  /** True for the provider simulator: a test double, never a host's result. */
  simulated: boolean;
  /** The probe's result (probes' ContextProbeResult), as written. Must hold no secrets (checked on write). */
  result: unknown;
}
