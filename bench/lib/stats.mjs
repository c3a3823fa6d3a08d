/** Small numeric helpers for benchmark reports. */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `process.resourceUsage().maxRSS` is in KiB; it covers every thread of the process, workers included. */
export function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}
