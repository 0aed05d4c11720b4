import { describe, expect, it } from 'vitest';
import { parseDockerfile, dumpNode } from '../../../src/engine/builder/dockerfile-parser';

// Expected dumps follow BuildKit's parser results (frontend/dockerfile/parser/testfiles/*/result:
// same sexp format), for Dockerfiles written here in the style of its cases.
const dump = (src: string) => parseDockerfile(src).nodes.map((n) => `(${dumpNode(n)})`).join('\n');

describe('parseDockerfile', () => {
  it('splits instructions, keeps case as written, drops comments and blank lines', () => {
    expect(dump('# a comment\nfrom busybox\n\n  RUN echo hi   \nCmd ["/hello"]\n')).toBe(
      '(from "busybox")\n(run "echo hi")\n(cmd "/hello")');
  });
  it('joins continuation lines, across comments and empty lines, with a warning', () => {
    const r = parseDockerfile('FROM x\nRUN foo \\\n# c\n  bar \\\n\nbaz\n');
    expect(r.nodes.map(dumpNode)).toEqual(['from "x"', 'run "foo   bar baz"']);
    expect(r.nodes[1].startLine).toBe(2);
    expect(r.nodes[1].endLine).toBe(6);
    expect(r.warnings).toEqual(['Empty continuation line found in: RUN foo   bar baz']);
  });
  it('a continuation at end of file ends the instruction', () => {
    expect(dump('FROM alpine:3.5\n\nRUN something \\')).toBe('(from "alpine:3.5")\n(run "something")');
  });
  it('# escape=` changes the escape and continuation token; directives are not comments after the first instruction', () => {
    const r = parseDockerfile('# escape=`\n# syntax=docker/dockerfile:1\nFROM x\nRUN dir c:\\ `\n  && echo done\n# escape=\\\n');
    expect(r.escapeToken).toBe('`');
    expect(r.syntax).toBe('docker/dockerfile:1');
    expect(r.nodes.map(dumpNode)).toEqual(['from "x"', 'run "dir c:\\\\   && echo done"']);
  });
  it('a directive after a comment is only a comment', () => {
    expect(parseDockerfile('# hello\n# escape=`\nFROM x\n').escapeToken).toBe('\\');
  });
  it('ENV and LABEL keep quotes for the later expansion; old "ENV k v" form has no separator', () => {
    expect(dump('FROM x\nENV name value with spaces\nENV a="b c" d=e\\ f\nLABEL k=v')).toBe(
      '(from "x")\n(env "name" "value with spaces" "")\n(env "a" "\\"b c\\"" "=" "d" "e\\\\ f" "=")\n(label "k" "v" "=")');
  });
  it('flags before the arguments, "--" ends them', () => {
    expect(dump('FROM scratch\nCOPY --from=build --chown=1:1 a /b/\nCOPY -- --weird /\nCMD --doit [ "a", "b" ]')).toBe(
      '(from "scratch")\n(copy ["--from=build" "--chown=1:1"] "a" "/b/")\n(copy "--weird" "/")\n(cmd ["--doit"] "a" "b")');
  });
  it('JSON form vs shell form, invalid JSON falls back to shell form', () => {
    const r = parseDockerfile('FROM x\nCMD ["a", "b c"]\nCMD [\'a\']\nENTRYPOINT ["unterminated"\nVOLUME ["/a", "/b"]\nVOLUME /c /d');
    expect(r.nodes.map((n) => [dumpNode(n), n.json])).toEqual([
      ['from "x"', false], ['cmd "a" "b c"', true], ['cmd "[\'a\']"', false], ['entrypoint "[\\"unterminated\\""', false],
      ['volume "/a" "/b"', true], ['volume "/c" "/d"', false]]);
  });
  it('ONBUILD wraps the instruction; HEALTHCHECK keeps its type', () => {
    expect(dump('FROM x\nONBUILD RUN echo hi\nHEALTHCHECK --interval=5s CMD ["true"]\nHEALTHCHECK NONE')).toBe(
      '(from "x")\n(onbuild (run "echo hi"))\n(healthcheck ["--interval=5s"] "CMD" "true")\n(healthcheck "NONE")');
  });
  it('here-documents: content, chomp (<<-), quoted delimiter turns expansion off, several on one line', () => {
    const r = parseDockerfile('FROM x\nRUN <<EOF\necho $HOME\nEOF\nRUN <<-"END" cat\n\tline\n\tEND\nCOPY <<a <<b /dst/\n1\na\n2\nb\nCMD echo done\n');
    expect(r.nodes.map((n) => n.heredocs.map((h) => [h.name, h.content, h.expand, h.chomp]))).toEqual([
      [], [['EOF', 'echo $HOME\n', true, false]], [['END', '\tline\n', false, true]], [['a', '1\n', true, false], ['b', '2\n', true, false]], []]);
    expect(r.nodes.map((n) => [n.startLine, n.endLine])).toEqual([[1, 1], [2, 4], [5, 7], [8, 12], [13, 13]]);
  });
  it('JSON-form RUN has no here-doc', () => {
    expect(parseDockerfile('FROM x\nRUN ["cat", "<<EOF"]\n').nodes[1].heredocs).toEqual([]);
  });
});

describe('parseDockerfile errors (BuildKit texts, with lines)', () => {
  const err = (src: string) => {
    try { parseDockerfile(src); } catch (e) { return [(e as Error).message, (e as { startLine: number }).startLine]; }
    return undefined;
  };
  it('empty file and only comments', () => {
    expect(err('')).toEqual(['file with no instructions', 0]);
    expect(err('# Hello\n# only comments\n\n')).toEqual(['file with no instructions', 3]);
  });
  it('ENV without a value', () => expect(err('FROM busybox\n\nENV PATH\n')).toEqual(['ENV must have two arguments', 3]));
  it('LABEL word without =', () =>
    expect(err('FROM x\nLABEL a=b c\n')).toEqual(['Syntax error - can\'t find = in "c". Must be of the form: name=value', 2]));
  it('nested JSON', () =>
    expect(err('FROM x\nCMD [ "echo", [ "nested json" ] ]\n')).toEqual(['when using JSON array syntax, arrays must be comprised of strings only', 2]));
  it('unterminated here-doc', () => expect(err('FROM x\nRUN <<EOF\necho\n')).toEqual(['unterminated heredoc', 2]));
  it('repeated or invalid directive', () => {
    expect(err('# escape=`\n# escape=\\\nFROM x\n')?.[0]).toBe('only one escape parser directive can be used');
    expect(err('# escape=x\nFROM x\n')?.[0]).toBe("invalid escape token 'x' does not match ` or \\");
  });
});
