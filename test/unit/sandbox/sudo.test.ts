import { describe, expect, it } from 'vitest';
import { hostSession, recorded, withStdin } from './sudo-recorded';

/** Cases whose whole stdout, stderr and status must equal the recording. */
const EXACT = [
  'id', 'whoami', 'whoami-plain', 'nosuch', 'cd', 'dot-nosuch', 'abs-nosuch', 'dir', 'alone', 'bad-option', 'help', 'version',
  'u-learner', 'u-root', 'u-unknown', 'u-missing', 'list', 'list-cmd', 'list-nosuch', 'root-list', 'k', 'v', 'k-then-id',
  'args', 'i-args', 'i-cmd', 's-cmd', 'sh-c', 'i-nosuch', 's-nosuch', 'mkdir-opt', 'touch-owner', 'tee',
  'i-stdin', 's-stdin', 'su-stdin', 'su-dash-stdin', 'su-c', 'su-learner', 'su-nosuch', 'su-bad-option', 'su-learner-pipe',
  'env-order', 'files', 'dirs', 'i-printenv', 's-printenv', 'su-printenv', 'su-dash-printenv', 'u-learner-printenv',
];

describe('sudo and su on the host, as recorded on Debian 12 (fixtures/sudo/recorded.json)', () => {
  for (const name of EXACT) {
    it(`${name}: ${recorded[name].cmd}`, async () => {
      const { run } = await hostSession();
      const r = recorded[name];
      expect(await run(withStdin(r))).toEqual({ out: r.stdout, err: r.stderr, code: r.code });
    });
  }

  // sudo keeps the caller's variables in the order the caller's environment lists them; real
  // bash and the sandbox's shell order their environments differently (env-order pins sudo's
  // own order with `env -i`), so these compare the same lines in any order.
  for (const name of ['env', 'setenv', 'u-learner-env']) {
    it(`${name}: ${recorded[name].cmd} (lines in any order)`, async () => {
      const { run } = await hostSession();
      const r = recorded[name];
      const got = await run(r.cmd);
      const lines = (s: string) => s.split('\n').sort();
      expect({ ...got, out: lines(got.out) }).toEqual({ out: lines(r.stdout), err: r.stderr, code: r.code });
    });
  }

  it('without its NOPASSWD rule the learner cannot use sudo: the sandbox has no passwords to ask for', async () => {
    const { run } = await hostSession();
    expect((await run('sudo rm /etc/sudoers.d/learner')).code).toBe(0);
    expect(await run('sudo id')).toEqual({
      out: '',
      err: 'layerlab: sudo asks learner for a password, and this sandbox has none: only root and users with a NOPASSWD rule in /etc/sudoers.d can use sudo here\n',
      code: 1,
    });
  });

  it('options real sudo has but the sandbox does not simulate say so', async () => {
    const { run } = await hostSession();
    expect(await run('sudo -E id')).toEqual({ out: '', err: "layerlab: 'sudo -E' is not available in this sandbox\n", code: 1 });
    expect(await run('sudo --chdir=/tmp pwd')).toEqual({ out: '', err: "layerlab: 'sudo --chdir' is not available in this sandbox\n", code: 1 });
  });
});
