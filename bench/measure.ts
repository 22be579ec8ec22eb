/** Latency figures of a set of timings, in milliseconds. */
export interface Latency {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile `p` (0–100) of some timings. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50, p99 and max of some timings. */
export function latency(timings: readonly number[]): Latency {
  const sorted = [...timings].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Runs `run` once per item and returns how long each call took, in milliseconds. */
export function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * The largest heap in use before any collection up to `untilMs` after the process started, from
 * the lines `--trace-gc` prints (`… 1234 ms: Mark-Compact 512.3 (530.1) -> 400.2 (520.0) MB …`):
 * the heap peaks just before a collection, so this is the peak to within one allocation burst.
 */
export function peakHeapFromTrace(trace: string, untilMs = Infinity): number {
  let peak = 0;
  for (const match of trace.matchAll(/\s(\d+) ms: [\w-]+(?: \(reduce\))? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/g)) {
    if (Number(match[1]) > untilMs) continue;
    peak = Math.max(peak, Number(match[2]), Number(match[4]));
  }
  return peak;
}
