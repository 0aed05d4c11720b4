import { describe, expect, it } from 'vitest';
import { ShellLex } from '../../../src/engine/builder/shell-lex';

// Cases chosen from BuildKit's expansion table (frontend/dockerfile/shell/envVarTest), run
// with its environment: PWD=/home SHELL=bash KOREAN=한국어 NULL= (empty). null = an error.
const ENV: Record<string, string> = { PWD: '/home', SHELL: 'bash', KOREAN: '한국어', NULL: '' };
const env = (k: string) => ENV[k];

const CASES: Array<[string, string | null]> = [
  ['hello', 'hello'], ["he'll'o", 'hello'], ["he'llo", null], ["he\\'llo", "he'llo"], ["he\\\\'llo", null],
  ['abc\\tdef', 'abctdef'], ['"abc\\tdef"', 'abc\\tdef'], ['"abc\\\\tdef"', 'abc\\tdef'], ["'abc\\tdef'", 'abc\\tdef'],
  ['hello\\', 'hello'], ['hello\\\\', 'hello\\'], ['"hello', null], ['"hello\\"', null], ['"hel\'lo"', "hel'lo"],
  ["'hello", null], ["'hello\\'", 'hello\\'], ['"\'\'"', "''"], ['$.', '$.'], ['he$1x', 'hex'], ['he$.x', 'he$.x'],
  ['he$pwd.', 'he.'], ['he$PWD', 'he/home'], ['he\\$PWD', 'he$PWD'], ['he\\\\$PWD', 'he\\/home'],
  ['"he\\$PWD"', 'he$PWD'], ['"he\\\\$PWD"', 'he\\/home'], ['\\${}', '${}'], ['he\\${}xx', 'he${}xx'],
  ['${}', null], ['he${}xx', null], ['he${hi}xx', 'hexx'], ['he${PWD}', 'he/home'], ['he${.}', null],
  ['he${XXX:-000}xx', 'he000xx'], ['he${PWD:-000}xx', 'he/homexx'], ['he${XXX:-$PWD}xx', 'he/homexx'],
  ['he${XXX:-${PWD:-yyy}}xx', 'he/homexx'], ['he${XXX:-${YYY:-yyy}}xx', 'heyyyxx'], ['he${XXX:YYY}', null],
  ['he${XXX?}', null], ['he${XXX:?}', null], ['he${PWD?}', 'he/home'], ['he${NULL?}', 'he'], ['he${NULL:?}', null],
  ['he${XXX:+${PWD}}xx', 'hexx'], ['he${PWD:+${XXX}}xx', 'hexx'], ['he${PWD:+${SHELL}}xx', 'hebashxx'],
  ['he${XXX:+000}xx', 'hexx'], ['he${PWD:+000}xx', 'he000xx'], ["'he${XX}'", 'he${XX}'], ['"he\'$PWD\'"', "he'/home'"],
  ["'$PWD'", '$PWD'], ["'\\$PWD'", '\\$PWD'], ['he${PWD', null], ['he${PWD:=000}xx', null],
  ['he${PWD:+${PWD}:}xx', 'he/home:xx'], ['he${XXX:-\\$PWD:}xx', 'he$PWD:xx'], ['he${XXX:-\\${PWD}z}xx', 'he${PWDz}xx'],
  ["안'녕'하세요", '안녕하세요'], ['안녕$KOREAN', '안녕한국어'], ['${{aaa}', null], ['${aaa}}', '}'],
  ['${aaa:-bbb}}', 'bbb}'], ['${aaa:-bbb', null], ['${aaa:-${bbb:-ccc}}', 'ccc'], ['${aaa:-bbb ${foo}', null],
  ['${aaa:-bbb {foo}', 'bbb {foo'], ['${:}', null], ['${:-bbb}', null], ['${1:-bbb}', 'bbb'], ['$999aaa', 'aaa'],
  ['${001:-bbb}aaa', 'bbbaaa'], ['$@@@', '@@'], ['${#:-bbb}', 'bbb'], ['$$', ''], ['${0:+bbb}', ''],
];

describe('ShellLex.processWord (BuildKit expansion table)', () => {
  for (const [src, want] of CASES) {
    it(src, () => {
      const lex = new ShellLex('\\');
      if (want === null) expect(() => lex.processWord(src, env)).toThrow();
      else expect(lex.processWord(src, env)).toBe(want);
    });
  }
});

describe('ShellLex pattern modifiers', () => {
  const e = (k: string) => ({ F: 'foo.tar.gz', P: '/usr/local/bin' } as Record<string, string>)[k];
  const lex = new ShellLex();
  it('# and ## trim the shortest and longest prefix', () => {
    expect(lex.processWord('${P#*/}', e)).toBe('usr/local/bin');
    expect(lex.processWord('${P##*/}', e)).toBe('bin');
  });
  it('% and %% trim the shortest and longest suffix', () => {
    expect(lex.processWord('${F%.*}', e)).toBe('foo.tar');
    expect(lex.processWord('${F%%.*}', e)).toBe('foo');
  });
  it('/ and // replace the first and every match', () => {
    expect(lex.processWord('${P/\\//:}', e)).toBe(':usr/local/bin');
    expect(lex.processWord('${P//\\//:}', e)).toBe(':usr:local:bin');
  });
  it('errors carry the source word like BuildKit', () => {
    expect(() => lex.processWord('${X:?must be set}', e)).toThrow('failed to process "${X:?must be set}": X: must be set');
    expect(() => lex.processWord('${X:#a}', e)).toThrow('unsupported modifier (:#) in substitution');
  });
});

describe('ShellLex.processWords', () => {
  const e = (k: string) => ({ A: 'x y', B: '' } as Record<string, string>)[k];
  it('splits unquoted expansions, keeps quoted ones', () => {
    expect(new ShellLex().processWords('a $A "$A" b\\ c \'d e\'', e)).toEqual(['a', 'x', 'y', 'x y', 'b c', 'd e']);
  });
  it('drops empty unquoted words but keeps an empty quoted one glued to text', () => {
    expect(new ShellLex().processWords('$B z', e)).toEqual(['z']);
  });
});
