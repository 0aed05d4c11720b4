/**
 * busybox's make_human_readable_str(): `value` in units of `blockSize` bytes, scaled by 1024
 * with one rounded decimal ("4.0K", "1.2M", "252.0G"), bytes below 1K bare ("320"), zero as
 * "0". With blockSize 0 the value is in bytes and the decimal is rounded away ("1M", as in
 * `ls -lh`'s total line). `ls -lh` passes 1, `du -h` and `df -h` 1024.
 */
export function busyboxHuman(value: number, blockSize: number): string {
  if (value === 0) return '0';
  let val = blockSize > 1 ? value * blockSize : value;
  let frac = 0;
  let unit = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    unit++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  const u = ['', 'K', 'M', 'G', 'T', 'P', 'E'][unit];
  if (blockSize === 0) return `${frac >= 5 ? val + 1 : val}${u}`;
  return unit === 0 ? String(val) : `${val}.${frac}${u}`;
}
