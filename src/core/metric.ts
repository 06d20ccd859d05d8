// An aggregate over scores, always with its sample size and, where one applies, its interval.

export interface Interval {
  lower: number;
  upper: number;
  /** 0.95 unless stated. */
  level: number;
  method: "wilson" | "clopper-pearson" | "bootstrap" | "order-statistic" | "profile-likelihood";
  /**
   * A rate's interval whose trials repeat items: the sample size it is worth (below its n, since trials of one item
   * are correlated). Planning more trials and the exact interval at small n read this, not n.
   */
  effectiveSamples?: number;
}

export interface MetricValue {
  name: string;
  value: number | null;
  /** Scored samples the value rests on. */
  n: number;
  /**
   * Distinct items among them (n = items × trials): the unit its interval counts, since trials of one item are
   * correlated. Absent where the value is not made from items (a count, a speed over calls).
   */
  items?: number;
  interval?: Interval;
}
