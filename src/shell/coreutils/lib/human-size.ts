/**
 * Sizes as `ls -h`, `du -h` and `df -h` print them (gnulib human_readable with
 * human_autoscale | human_base_1024 | human_ceiling): powers of 1024, suffixes K M G T P E,
 * one decimal below 10, always rounded UP ("1025" -> "1.1K").
 */
export function humanSize(n: number): string {
  const units = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
  let u = 0;
  let v = n;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0) return String(n);
  if (v < 10) {
    const r = Math.ceil(v * 10 - 1e-9) / 10;
    if (r < 10) return r.toFixed(1) + units[u];
    v = r;
  }
  const r = Math.ceil(v - 1e-9);
  if (r >= 1024 && u < units.length - 1) return '1.0' + units[u + 1];
  return String(r) + units[u];
}
