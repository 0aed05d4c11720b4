// Cases from go-units' own test tables (size_test.go, duration_test.go) and the docker sizes
// docker-cli-formats.md §7 lists.
import { describe, expect, it } from 'vitest';
import { formatG, units } from '../../../src/cli/format/units';

const KB = 1000, MB = 1e6, GB = 1e9, TB = 1e12, PB = 1e15;
const KiB = 1024, MiB = KiB ** 2, GiB = KiB ** 3, TiB = KiB ** 4, PiB = KiB ** 5;

describe('go-units sizes', () => {
  it('HumanSize (precision 4)', () => {
    expect([1000, 1024, 1000000, 1048576, 2 * MB, 3.42 * GB, 5.372 * TB, 2.22 * PB, 10000000000000 * PB].map(units.humanSize))
      .toEqual(['1kB', '1.024kB', '1MB', '1.049MB', '2MB', '3.42GB', '5.372TB', '2.22PB', '1e+04YB']);
  });
  it('BytesSize (base 1024)', () => {
    expect([1024, 1024 * 1024, 2 * MiB, 3.42 * GiB, 5.372 * TiB, 2.22 * PiB, KiB ** 5 * PiB].map(units.bytesSize))
      .toEqual(['1KiB', '1MiB', '2MiB', '3.42GiB', '5.372TiB', '2.22PiB', '1.049e+06YiB']);
  });
  it('HumanSizeWithPrecision(…, 3) as docker images/history print it', () => {
    expect([0, 960, 13300, 844000, 5580000, 63500000, 124000000, 1090000000, 999674558, 2 * MB, 1.5 * MB, 3 * KB, 77_862_236]
      .map((n) => units.humanSizeWithPrecision(n, 3)))
      .toEqual(['0B', '960B', '13.3kB', '844kB', '5.58MB', '63.5MB', '124MB', '1.09GB', '1e+03MB', '2MB', '1.5MB', '3kB', '77.9MB']);
  });
  it('Go %g', () => {
    expect([formatG(0.0001234, 3), formatG(0.00001234, 3), formatG(123456, 3), formatG(100, 3), formatG(0.5, 4)])
      .toEqual(['0.000123', '1.23e-05', '1.23e+05', '100', '0.5']);
  });
});

describe('go-units HumanDuration', () => {
  const s = 1000, m = 60 * s, h = 60 * m, day = 24 * h, week = 7 * day, month = 30 * day, year = 365 * day;
  const table: Array<[number, string]> = [
    [450, 'Less than a second'], [1 * s, '1 second'], [45 * s, '45 seconds'], [59 * s, '59 seconds'],
    [60 * s, 'About a minute'], [3 * m, '3 minutes'], [35 * m + 40 * s, '35 minutes'], [59 * m, '59 minutes'],
    [1 * h, 'About an hour'], [1 * h + 29 * m, 'About an hour'], [1 * h + 31 * m, '2 hours'], [3 * h + 29 * m, '3 hours'],
    [3 * h + 31 * m, '4 hours'], [24 * h, '24 hours'], [day + 12 * h, '36 hours'], [2 * day, '2 days'], [7 * day, '7 days'],
    [13 * day + 5 * h, '13 days'], [2 * week, '2 weeks'], [2 * week + 4 * day, '2 weeks'], [4 * week + 3 * day, '4 weeks'],
    [month, '4 weeks'], [month + 2 * week, '6 weeks'], [2 * month, '2 months'], [3 * month + week, '3 months'],
    [13 * month, '13 months'], [24 * month, '24 months'], [24 * month + 2 * week, '2 years'], [3 * year + 2 * month, '3 years'],
  ];
  it('matches go-units thresholds', () => {
    expect(table.map(([d]) => units.humanDuration(d))).toEqual(table.map(([, t]) => t));
  });
});
