// An aggregate over scores, always with its sample size and, where one applies, its interval.

export interface Interval {
  lower: number;
  upper: number;
  /** 0.95 unless stated. */
  level: number;
  method: "wilson" | "clopper-pearson" | "bootstrap" | "order-statistic" | "profile-likelihood";
}

export interface MetricValue {
  name: string;
  value: number | null;
  /** Scored samples the value rests on. */
  n: number;
  interval?: Interval;
}
