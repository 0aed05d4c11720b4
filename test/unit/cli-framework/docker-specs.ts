// Declarations mirroring docker 28.2.2's own (docker/cli cli/command/**), used to check the
// framework against recordings of the real client. run() records what it was given.
import type { CommandSpec, FlagSpec, FlagValues, GroupSpec } from '../../../src/cli/framework/command';

export const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

export const calls: Array<{ path: string; args: string[]; flags: FlagValues }> = [];

const spec = (s: Omit<CommandSpec, 'run'>): CommandSpec => ({
  ...s,
  async run(ctx, args, flags) {
    calls.push({ path: ctx.path, args, flags });
    return 0;
  },
});
const format: FlagSpec = { long: 'format', type: 'string', usage: FORMAT_HELP };
const filter: FlagSpec = { long: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' };

export const commands: CommandSpec[] = [
  spec({ name: 'image tag', aliases: ['tag'], usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', args: { min: 2, max: 2 }, flags: [] }),
  spec({
    name: 'image ls', aliases: ['image list', 'images'], usage: '[OPTIONS] [REPOSITORY[:TAG]]', short: 'List images', args: { max: 1 }, top: 7,
    flags: [
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
      { long: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'digests', type: 'bool', usage: 'Show digests' },
      format, filter,
      { long: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
    ],
  }),
  spec({
    name: 'image pull', aliases: ['pull'], usage: '[OPTIONS] NAME[:TAG|@DIGEST]', short: 'Download an image from a registry', args: { min: 1, max: 1 }, top: 5,
    flags: [
      { long: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
      { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
      { long: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image verification' },
    ],
  }),
  spec({
    name: 'container ls', aliases: ['container list', 'container ps', 'ps'], usage: '[OPTIONS]', short: 'List containers', args: { max: 0 }, top: 3,
    flags: [
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
      { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
      { long: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
      { long: 'last', short: 'n', type: 'int', default: -1, usage: 'Show n last created containers (includes all states)' },
      format, filter,
    ],
  }),
  spec({
    name: 'container commit', aliases: ['commit'], usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]', short: "Create a new image from a container's changes", args: { min: 1, max: 2 },
    flags: [
      { long: 'pause', short: 'p', type: 'bool', default: true, usage: 'Pause container during commit' },
      { long: 'message', short: 'm', type: 'string', usage: 'Commit message' },
      { long: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
      { long: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    ],
  }),
  spec({
    name: 'image history', aliases: ['history'], usage: '[OPTIONS] IMAGE', short: 'Show the history of an image', args: { min: 1, max: 1 },
    flags: [
      { long: 'human', short: 'H', type: 'bool', default: true, usage: 'Print sizes and dates in human readable format' },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      format,
      { long: 'platform', type: 'string', usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    ],
  }),
  spec({
    name: 'image rm', aliases: ['image remove', 'rmi'], usage: '[OPTIONS] IMAGE [IMAGE...]', short: 'Remove one or more images', args: { min: 1 },
    flags: [
      { long: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
      { long: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
      { long: 'platform', type: 'strings', usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    ],
  }),
  spec({
    name: 'container rm', aliases: ['container remove', 'rm'], usage: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Remove one or more containers', args: { min: 1 },
    flags: [
      { long: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
      { long: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
      { long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    ],
  }),
  spec({
    name: 'version', usage: '[OPTIONS]', short: 'Show the Docker version information', args: { max: 0 }, top: 11,
    flags: [{ long: 'format', short: 'f', type: 'string', usage: `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates` }],
  }),
  spec({
    name: 'container run', aliases: ['run'], usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]', short: 'Create and run a new container from an image', args: { min: 1 }, interspersed: false, top: 1,
    flags: [
      { long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
      { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
      { long: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
      { long: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
      { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
      { long: 'name', type: 'string', usage: 'Assign a name to the container' },
      { long: 'rm', type: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
      { long: 'hostname', short: 'h', type: 'string', usage: 'Container host name' },
      { long: 'help', type: 'bool', usage: 'Print usage' },
    ],
  }),
  spec({
    name: 'container exec', aliases: ['exec'], usage: '[OPTIONS] CONTAINER COMMAND [ARG...]', short: 'Execute a command in a running container', args: { min: 2 }, interspersed: false, top: 2,
    flags: [
      { long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
      { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    ],
  }),
];

export const groups: GroupSpec[] = [
  { name: 'container', short: 'Manage containers' },
  { name: 'image', short: 'Manage images' },
];
