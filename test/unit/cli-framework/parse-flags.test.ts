import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../src/cli/framework/parse-flags';
import type { FlagSpec } from '../../../src/cli/framework/command';

const run: FlagSpec[] = [
  { long: 'interactive', short: 'i', type: 'bool', usage: '' },
  { long: 'tty', short: 't', type: 'bool', usage: '' },
  { long: 'detach', short: 'd', type: 'bool', usage: '' },
  { long: 'publish', short: 'p', type: 'list', usage: '' },
  { long: 'env', short: 'e', type: 'list', usage: '' },
  { long: 'name', type: 'string', usage: '' },
  { long: 'rm', type: 'bool', usage: '' },
  { long: 'last', short: 'n', type: 'int', default: -1, usage: '' },
  { long: 'platform', type: 'strings', usage: '' },
];
const base = { interactive: false, tty: false, detach: false, publish: [], env: [], name: '', rm: false, last: -1, platform: [] };
const p = (argv: string[], interspersed = true) => {
  const r = parseFlags(argv, run, { interspersed });
  return { values: r.values, changed: [...r.changed].sort(), args: r.args };
};

describe('parseFlags (pflag rules)', () => {
  it('combined shorts with a trailing value flag, attached or separate', () => {
    expect(p(['-itp', '80:80', 'x'])).toEqual({ values: { ...base, interactive: true, tty: true, publish: ['80:80'] }, changed: ['interactive', 'publish', 'tty'], args: ['x'] });
    expect(p(['-itdp80:80']).values).toEqual({ ...base, interactive: true, tty: true, detach: true, publish: ['80:80'] });
    expect(p(['-p=8080:80']).values.publish).toEqual(['8080:80']);
  });

  it('long forms, repeated lists, bools with =, ints with base prefixes', () => {
    expect(p(['--name', 'web', '--name=db', '-e', 'A=1', '-eB=2', '--env', 'C=3', '--rm=false', '-it=false', '-n', '0x10']).values)
      .toEqual({ ...base, name: 'db', env: ['A=1', 'B=2', 'C=3'], interactive: true, tty: false, last: 16 });
    expect(p(['--platform', 'linux/amd64,linux/arm64', '--platform', 'linux/386']).values.platform)
      .toEqual(['linux/amd64', 'linux/arm64', 'linux/386']);
    expect(p(['-n', '-5']).values.last).toBe(-5);
  });

  it('interspersed: flags anywhere; -- ends flags; "-" is an argument', () => {
    expect(p(['a', '-d', 'b', '--', '-i', '-']).args).toEqual(['a', 'b', '-i', '-']);
    expect(p(['a', '-d']).values.detach).toBe(true);
  });

  it('not interspersed (docker run): flags stop at the first positional', () => {
    expect(p(['-it', 'ubuntu', 'ls', '-l', '--rm'], false)).toEqual({ values: { ...base, interactive: true, tty: true }, changed: ['interactive', 'tty'], args: ['ubuntu', 'ls', '-l', '--rm'] });
    expect(p(['--', '-x'], false).args).toEqual(['-x']);
  });

  it('errors carry pflag text', () => {
    const err = (argv: string[]) => { try { parseFlags(argv, run); return 'no error'; } catch (e) { return (e as Error).message; } };
    expect(err(['-itq'])).toBe("unknown shorthand flag: 'q' in -q");
    expect(err(['-qit'])).toBe("unknown shorthand flag: 'q' in -qit");
    expect(err(['--bogus=1'])).toBe('unknown flag: --bogus');
    expect(err(['--name'])).toBe('flag needs an argument: --name');
    expect(err(['-ite'])).toBe("flag needs an argument: 'e' in -e");
    expect(err(['-n', '1_0'])).toBe('invalid argument "1_0" for "-n, --last" flag: strconv.ParseInt: parsing "1_0": invalid syntax');
    expect(err(['--rm=yes'])).toBe('invalid argument "yes" for "--rm" flag: strconv.ParseBool: parsing "yes": invalid syntax');
    expect(err(['--=x'])).toBe('bad flag syntax: --=x');
  });
});
