// A stored context probe: one probed target and the probe's whole result. Probes are searches, not grids of
// samples, so they are kept beside runs rather than in them.

export interface StoredContextProbe {
  id: string;
  createdAt: number;
  targetId: string;
  provider: string;
  model: string;
  /** The run whose pipeline made the probe's requests; absent for a probe made on its own, or stored before runs were recorded. */
  runId?: string;
  /** True for the provider simulator: a test double, never a host's result. */
  simulated: boolean;
  /** The probe's result (probes' ContextProbeResult), as written. Must hold no secrets (checked on write). */
  result: unknown;
}
