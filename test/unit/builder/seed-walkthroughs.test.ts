import { describe, expect, it } from 'vitest';
import { openSandbox, runPiped, catalogPresent } from '../hub/hub-harness';

// The seeds' "Method 2: a Dockerfile" walkthroughs, typed into the piped REPL as a learner would.
describe.runIf(catalogPresent)('seed walkthroughs through the REPL', () => {
  it('seed 002: gcc -static hello.c, FROM scratch / ADD hello / / CMD ["/hello"], run prints hello docker', async () => {
    const sb = await openSandbox();
    const out = await runPiped([
      "printf '#include <stdio.h>\\nint main(void) { printf(\"hello docker\\\\n\"); return 0; }\\n' > hello.c",
      'gcc -static hello.c -o hello',
      "printf 'FROM scratch\\nADD hello /\\nCMD [\"/hello\"]\\n' > Dockerfile",
      'DOCKER_BUILDKIT=0 docker build -t hello . > build.log 2>&1; echo build $?',
      'docker run --rm hello',
    ].join('\n'), sb);
    expect(out).toBe('build 0\nhello docker\n');
  }, 60_000);
  it('seed 003: FROM centos:centos5 / CMD ["-l"] / ENTRYPOINT ["ls"] built untagged, run by ID lists the root', async () => {
    const sb = await openSandbox();
    await runPiped("printf 'FROM centos:centos5\\nCMD [\"-l\"]\\nENTRYPOINT [\"ls\"]\\n' > Dockerfile\nDOCKER_BUILDKIT=0 docker build . > build.log 2>&1", sb);
    const id = sb.engine.imageList().find((i) => !sb.engine.imageRefs(i.id).length && sb.engine.imageGet(i.id).config.config.Entrypoint)!.id.slice(7, 19);
    const out = await runPiped(`docker run --rm ${id}`, sb);
    const ls = await runPiped('docker run --rm --entrypoint ls centos:centos5 -l', sb);
    expect(out).toBe(ls);
    expect(out).toMatch(/^total \d+\n(.*\n)*d.* bin\n/);
  }, 60_000); // pulls a 467 MB (synthetic) centos5 and hashes every byte
});
