/**
 * Prints one figure of the hardening suite as `[hardening] name: value`, so a run's figures can be
 * collected with `npm test 2>&1 | grep '\[hardening\]'`.
 */
export function reportFigure(name: string, value: string | number): void {
  console.log(`[hardening] ${name}: ${value}`);
}

/** The p-th percentile (0–100) of a list of numbers, by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
