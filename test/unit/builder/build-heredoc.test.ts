import { describe, expect, it } from 'vitest';
import { sandboxWithBusybox } from './busybox-sandbox';

async function run(sb: Awaited<ReturnType<typeof sandboxWithBusybox>>, line: string) {
  let out = '';
  let err = '';
  const exit = await sb.exec(line, { write: (s) => (out += s) }, { write: (s) => (err += s) });
  return { out, err, exit };
}

// Here-documents (Dockerfile 1.4 syntax, BuildKit's dockerfile2llb rules): a RUN that is only
// `<<EOF` runs the document as its shell command; any other RUN gets the document appended for
// the shell to read; COPY <<EOF makes a file named after the delimiter, expanded unless quoted.
describe('docker build here-documents', () => {
  it('RUN <<EOF runs every line, RUN cmd <<EOT feeds it stdin, COPY <<EOF writes files', async () => {
    const sb = await sandboxWithBusybox();
    const df = [
      'FROM busybox',
      'ENV WHO=docker',
      'ARG NAME=layer',
      'RUN <<EOF',
      'echo one > /a',
      'echo two > /b',
      'EOF',
      'RUN cat <<EOT > /y',
      'hello $WHO',
      'EOT',
      'COPY <<EOF /etc/greet',
      'hi ${NAME} "quoted"',
      'EOF',
      "COPY <<'RAW' <<B /docs/",
      'kept $NAME',
      'RAW',
      'b',
      'B',
      '',
    ].join('\n');
    await sb.exec(`printf '%s' '${df.replace(/'/g, "'\\''")}' > Dockerfile`, { write() {} });
    const b = await run(sb, 'docker build -q -t hd .');
    expect(b).toMatchObject({ err: '', exit: 0 });
    expect(await run(sb, 'docker run --rm hd cat /a /b /y /etc/greet /docs/RAW /docs/B')).toEqual({
      out: 'one\ntwo\nhello docker\nhi layer "quoted"\nkept $NAME\nb\n',
      err: '',
      exit: 0,
    });
    expect(await run(sb, 'docker run --rm hd ls -l /etc/greet' /* no /etc/passwd in this base: numeric owner */)).toMatchObject({ out: expect.stringMatching(/^-rw-r--r-- +1 0 +0 +18 /), exit: 0 });
  });
});
