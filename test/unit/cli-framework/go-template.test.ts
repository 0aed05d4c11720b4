// Expected values follow Go's text/template and fmt rules and docker/cli templates.go; Go is not
// installed here, so these were derived from those sources (see the report for what is unverified).
import { describe, expect, it } from 'vitest';
import { GoTemplate } from '../../../src/cli/format/go-template';
import { TemplateError } from '../../../src/cli/format/template-error';

const data = {
  ID: 'sha256:abc',
  Repository: 'ubuntu',
  Config: { Cmd: ['/bin/bash', '-c', 'echo hi'], Env: ['PATH=/usr/bin', 'A=<&>'], Labels: new Map([['zeta', '1'], ['alpha', '2']]), User: '' },
  Size: 77862236,
  Empty: [] as string[],
  Nil: null,
  Ok: true,
};
const run = (t: string, d: unknown = data) => GoTemplate.parse(t).execute(d);
const err = (t: string, d: unknown = data, typeName?: string) => {
  try { GoTemplate.parse(t).execute(d, { typeName }); return 'no error'; } catch (e) { return `${(e as TemplateError).phase}: ${(e as Error).message}`; }
};

describe('GoTemplate', () => {
  it('fields, nested fields, Go value printing', () => {
    expect(run('{{.ID}} {{.Config.Cmd}} {{.Config.Labels}} {{.Nil}} {{.Ok}} {{.Size}} {{.Config}}'))
      .toBe('sha256:abc [/bin/bash -c echo hi] map[alpha:2 zeta:1] <nil> true 77862236 {[/bin/bash -c echo hi] [PATH=/usr/bin A=<&>] map[alpha:2 zeta:1] }');
    expect(run('{{.Config.Labels.nope}}|{{index .Config.Labels "zeta"}}|{{index .Config.Labels "x"}}')).toBe('<no value>|1|<no value>');
  });

  it('json: compact, map keys sorted, struct fields in order, no HTML escaping (docker SetEscapeHTML(false))', () => {
    expect(run('{{json .Config}}')).toBe('{"Cmd":["/bin/bash","-c","echo hi"],"Env":["PATH=/usr/bin","A=<&>"],"Labels":{"alpha":"2","zeta":"1"},"User":""}');
    expect(run('{{json .Empty}} {{json .Nil}} {{.Repository | json}}')).toBe('[] null "ubuntu"');
  });

  it('range, variables, if/else if/else, with, len, join, split, case funcs, printf, println', () => {
    expect(run('{{range .Config.Env}}[{{.}}]{{end}}')).toBe('[PATH=/usr/bin][A=<&>]');
    expect(run('{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}')).toBe('alpha=2;zeta=1;');
    expect(run('{{range $i, $e := .Config.Cmd}}{{$i}}:{{$e}} {{end}}')).toBe('0:/bin/bash 1:-c 2:echo hi ');
    expect(run('{{range .Empty}}x{{else}}none{{end}}')).toBe('none');
    expect(run('{{if .Config.User}}u{{else if .Ok}}ok{{else}}no{{end}}')).toBe('ok');
    expect(run('{{with .Config}}{{len .Cmd}}{{end}} {{join .Config.Cmd ","}} {{split "a:b" ":"}}')).toBe('3 /bin/bash,-c,echo hi [a b]');
    expect(run('{{upper .Repository}} {{lower "AbC"}} {{title "hello world"}} {{truncate .ID 6}} {{pad .Repository 1 2}}|')).toBe('UBUNTU abc Hello World sha256  ubuntu  |');
    expect(run('{{printf "%s=%d %q %v" "a" 5 "x\\ty" .Config.Cmd}}')).toBe('a=5 "x\\ty" [/bin/bash -c echo hi]');
    expect(run('{{.Repository | printf "%s!"}}{{println}}{{println "a" 1}}')).toBe('ubuntu!\na 1\n');
  });

  it('trim markers and literals', () => {
    expect(run('a  {{- .Repository -}}  b {{"q"}} {{`raw`}} {{3}} {{true}}')).toBe('aubuntub q raw 3 true');
    expect(run('{{/* comment */}}x')).toBe('x');
  });

  it('errors carry Go text', () => {
    expect(err('{{foo .}}')).toBe('parse: template: :1: function "foo" not defined');
    expect(err('{{.Foo}}', data, '*formatter.imageContext')).toBe('exec: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.imageContext');
    expect(err('ab\n  {{.Config.Nope}}')).toBe('exec: template: :2:4: executing "" at <.Config.Nope>: can\'t evaluate field Nope in type struct');
    expect(err('{{if .Ok}}x')).toBe('parse: template: :1: unexpected EOF');
    expect(err('{{end}}')).toBe('parse: template: :1: unexpected {{end}}');
    expect(err('{{.ID')).toBe('parse: template: :1: unclosed action');
    expect(err('{{$x}}')).toBe('parse: template: :1: undefined variable "$x"');
    expect(err('{{join .Config.Cmd}}')).toBe('exec: template: :1:2: executing "" at <join>: wrong number of args for join: want 2 got 1');
  });

  it('table format: header row from the caller\'s titles, tabwriter layout, \\t escapes', () => {
    const rows = [{ Repository: 'ubuntu', Tag: 'latest', ID: 'cd1dba651b30' }, { Repository: 'hello-world', Tag: 'latest', ID: '74cc54e27dc4' }];
    const headers = { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID' };
    expect(GoTemplate.render('table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}', rows, headers)).toBe(
      'REPOSITORY    TAG       IMAGE ID\nubuntu        latest    cd1dba651b30\nhello-world   latest    74cc54e27dc4\n');
    expect(GoTemplate.render('{{.Repository}}:{{.Tag}}', rows, headers)).toBe('ubuntu:latest\nhello-world:latest\n');
    expect(GoTemplate.render('table {{.ID}}', [], headers)).toBe('IMAGE ID\n');
  });
});
