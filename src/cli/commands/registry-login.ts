import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { ProcessContext } from '../../shell/process';
import type { HubAuth, HubService } from '../../engine/registry/hub-api';
import { errors, isEngineError } from '../../engine/errors';
import { DockerConfig, INDEX_SERVER } from './docker-config';
import { loadHub, loadRegistry } from './hub-client';
import { infoNote } from './info-note';

// cli/command/registry.go
const REGISTER_SUGGEST = "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
const PAT_SUGGEST = 'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/';

/**
 * docker login (cli/command/registry/login.go, v28.2.2) against the built-in hub. The sandbox has
 * no web sign-up: a username the hub does not know is registered with the password given, and a
 * note says so. The web (device-code) login cannot start here, so the prompt path is the one
 * docker takes when it falls back to command line login.
 */
export function registryLogin(d: DockerDeps): CommandSpec {
  return {
    name: 'login',
    usage: '[OPTIONS] [SERVER]',
    short: 'Authenticate to a registry',
    args: { max: 1 },
    top: 8,
    flags: [
      { long: 'password', short: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT)' },
      { long: 'password-stdin', type: 'bool', usage: 'Take the Password or Personal Access Token (PAT) from stdin' },
      { long: 'username', short: 'u', type: 'string', usage: 'Username' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const changed = ctx.flags.changed;
      if (changed.has('password-stdin')) {
        if (changed.has('password')) throw errors.clientMessage('conflicting options: cannot specify both --password and --password-stdin');
        if (!changed.has('username')) throw errors.clientMessage('the --password-stdin option requires --username to be set');
      }
      if (changed.has('username') && f.username === '') throw errors.clientMessage('username is empty');
      if (changed.has('password') && f.password === '') throw errors.clientMessage('password is empty');
      // Any other server is a registry reached over the OCI Distribution API (its /v2/ ping checks the credentials).
      const isHub = args[0] === undefined || ['docker.io', 'index.docker.io', INDEX_SERVER].includes(args[0]);
      const server = isHub ? INDEX_SERVER : args[0].replace(/^https?:\/\//, '').replace(/\/+$/, '');
      let user = f.username as string;
      let password = f.password as string;
      if (password) p.stderr.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
      if (f['password-stdin']) {
        let all = '';
        for (let c = await p.stdin.read(); c !== null; c = await p.stdin.read()) all += c;
        password = all.replace(/\n$/, '').replace(/\r$/, '');
      }
      const hub: Pick<HubService, 'login'> = isHub ? await loadHub(d) : await otherRegistry(d, server);
      const stored = DockerConfig.auth(p, server);
      if (!user && !password && stored) {
        p.stderr.write(`Authenticating with existing credentials... [Username: ${stored.username}]\n`);
        p.stderr.write(infoNote(p, "To login with a different account, run 'docker logout' followed by 'docker login'") + '\n\n');
        try {
          await hub.login(stored);
          p.stdout.write('Login Succeeded\n');
          return 0;
        } catch (e) {
          if (!isEngineError(e) || e.code !== 'unauthorized') throw e;
          p.stderr.write('Stored credentials invalid or expired\n');
        }
      }
      if ((!user || !password) && !p.tty) throw errors.clientMessage('Error: Cannot perform an interactive login from a non TTY device');
      if (!user && !password && isHub) p.stderr.write('Failed to start web-based login - falling back to command line login...\n\n');
      const auth = await prompt(p, user.trim(), password.trim(), stored?.username ?? '', isHub);
      user = auth.username;
      await finish(p, hub, auth, server);
      return 0;
    },
  };
}

/** PromptUserForCredentials (cli/command/registry.go). */
async function prompt(p: ProcessContext, user: string, password: string, defaultUser: string, isHub: boolean): Promise<HubAuth> {
  const tty = p.tty!;
  if (!user) {
    if (isHub) p.stdout.write(`${REGISTER_SUGGEST}\n${PAT_SUGGEST}\n\n`);
    const typed = (await tty.readLine(defaultUser ? `Username (${defaultUser}): ` : 'Username: ')) ?? '';
    user = typed.trim() || defaultUser;
    if (!user) throw errors.clientMessage('Error: Non-null Username Required');
  }
  if (!password) {
    if (isHub) p.stderr.write(infoNote(p, `A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit ${p.tty?.interactive ? '\x1b[4mhttps://app.docker.com/settings\x1b[0m' : 'https://app.docker.com/settings'}\n\n`));
    password = ((await tty.readSecret('Password: ')) ?? '').trim();
    // docker prints the newline the hidden input did not echo; the page's editor already moved
    // to the next line when Enter was pressed, the piped REPL did not.
    if (!tty.interactive) p.stdout.write('\n');
    if (!password) throw errors.clientMessage('Error: Password Required');
  }
  return { username: user, password };
}

async function finish(p: ProcessContext, hub: Pick<HubService, 'login'>, auth: HubAuth, server: string): Promise<void> {
  const { created } = await hub.login(auth);
  if (created) p.stderr.write(`layerlab: there is no sign-up page in this sandbox, so the Docker ID "${auth.username}" was registered on the sandbox's hub with this password\n`);
  if (DockerConfig.store(p, auth, server)) {
    // credentials/file_store.go unencryptedWarning, printed with Fprintln.
    p.stderr.write(`\nWARNING! Your credentials are stored unencrypted in '${DockerConfig.file(p)}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`);
  }
  p.stdout.write('Login Succeeded\n');
}

/** A registry other than Docker Hub, as the hub's login shape. */
async function otherRegistry(d: DockerDeps, server: string): Promise<Pick<HubService, 'login'>> {
  const registry = await loadRegistry(d);
  return { login: async (auth) => (await registry.login(server, auth), { created: false }) };
}
