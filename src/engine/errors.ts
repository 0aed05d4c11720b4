/**
 * Every error the engine reports, as a typed value carrying Docker's exact text.
 * Callers branch on `code`, never on the message. The CLI prefixes daemon errors with
 * "Error response from daemon: " in one place; errors with `client: true` are raised by the
 * docker client itself in real Docker and are printed without that prefix.
 */
export type ErrorKind = 'notFound' | 'conflict' | 'invalidParameter' | 'forbidden' | 'unavailable' | 'system';

export class EngineError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly client = false,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** 12 hex, without the algorithm (stringid.TruncateID). */
const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

const e = (code: string, kind: ErrorKind, msg: string, client = false) => new EngineError(code, kind, msg, client);

export const errors = {
  invalidReference: () => e('invalidReference', 'invalidParameter', 'invalid reference format', true),
  referenceNotLowercase: (repo: string) =>
    e('invalidReference', 'invalidParameter', `invalid reference format: repository name (${repo}) must be lowercase`, true),
  referenceIs64Hex: (name: string) =>
    e('invalidReference', 'invalidParameter', `invalid repository name (${name}), cannot specify 64-byte hexadecimal strings`, true),
  // distribution/reference returns these two unwrapped (recorded from the docker 28 CLI).
  referenceNameTooLong: () =>
    e('invalidReference', 'invalidParameter', 'repository name must not be more than 255 characters', true),
  referenceNameContainsUppercase: () =>
    e('invalidReference', 'invalidParameter', 'repository name must be lowercase', true),
  /** go-digest's ErrDigestInvalidFormat / ErrDigestInvalidLength / ErrDigestUnsupported. */
  invalidDigest: (reason: 'invalid checksum digest format' | 'invalid checksum digest length' | 'unsupported digest algorithm') =>
    e('invalidReference', 'invalidParameter', reason, true),
  noSuchImage: (ref: string) => e('noSuchImage', 'notFound', `No such image: ${ref}`),
  noSuchContainer: (ref: string) => e('noSuchContainer', 'notFound', `No such container: ${ref}`),
  /** An ID prefix that matches several objects (moby's ErrAmbiguousPrefix). */
  ambiguousPrefix: (prefix: string) =>
    e('ambiguousPrefix', 'invalidParameter', `multiple IDs found with provided prefix: ${prefix}`),
  nameConflict: (name: string, id: string) =>
    e('nameConflict', 'conflict',
      `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`),
  removeRunningContainer: (nameAsTyped: string) =>
    e('removeRunning', 'conflict',
      `cannot remove container "/${nameAsTyped}": container is running: stop the container before removing or force remove`),
  rmiRepoRefInUse: (refAsTyped: string, containerId: string, imageId: string) =>
    e('imageConflict', 'conflict',
      `conflict: unable to remove repository reference "${refAsTyped}" (must force) - container ${short(containerId)} is using its referenced image ${short(imageId)}`),
  rmiUsedByContainer: (imageId: string, containerId: string, running: boolean) =>
    e('imageConflict', 'conflict',
      `conflict: unable to delete ${short(imageId)} (${running ? 'cannot' : 'must'} be forced) - image is being used by ${running ? 'running' : 'stopped'} container ${short(containerId)}`),
  rmiMultipleRepos: (imageId: string) =>
    e('imageConflict', 'conflict',
      `conflict: unable to delete ${short(imageId)} (must be forced) - image is referenced in multiple repositories`),
  rmiHasChildren: (imageId: string) =>
    e('imageConflict', 'conflict',
      `conflict: unable to delete ${short(imageId)} (cannot be forced) - image has dependent child images`),
  invalidContainerName: (name: string) =>
    e('invalidName', 'invalidParameter', `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`),
  noCommandSpecified: () => e('noCommand', 'invalidParameter', 'no command specified'),
  containerNotRunning: (id: string) =>
    e('notRunning', 'conflict', `container ${id} is not running`),
  cannotKill: (nameAsTyped: string, id: string) =>
    e('notRunning', 'conflict', `Cannot kill container: ${nameAsTyped}: Container ${id} is not running`),
  cannotKillMissing: (nameAsTyped: string, cause: string) => e('noSuchContainer', 'notFound', `Cannot kill container: ${nameAsTyped}: ${cause}`),
  /** `docker top`/`docker exec` style: the container exists but has no process. */
  containerNotRunningCap: (id: string) => e('notRunning', 'conflict', `Container ${id} is not running`),
  renameConflict: (name: string, id: string) =>
    e('nameConflict', 'conflict',
      `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`),
  containerAlreadyRunning: (id: string) =>
    e('alreadyRunning', 'conflict', `container ${id} is already running`),
  /** Docker 28's start failure when a published host port is taken (libnetwork portallocator). */
  portAllocated: (name: string, endpointId: string, hostIp: string, hostPort: number) =>
    e('portAllocated', 'system',
      `failed to set up container networking: driver failed programming external connectivity on endpoint ${name} (${endpointId}): Bind for ${hostIp}:${hostPort} failed: port is already allocated`),
  /** IndexedDB QuotaExceededError, or the memory store's simulated quota. Nothing was written. */
  storageFull: () =>
    e('storageFull', 'system',
      'write failed: the browser storage for this sandbox is full (nothing was changed). Free space with "docker system prune" or reset the sandbox.'),
  storage: (detail: string) => e('storage', 'system', `storage error: ${detail}`),
  invalidFilter: (message: string) => e('invalidFilter', 'invalidParameter', message),
  /** An error the docker client itself prints (template errors, bad flag values). */
  clientMessage: (message: string) => e('client', 'invalidParameter', message, true),
  /** distribution/errors.go notFoundError for ErrorCodeDenied ([graphdriver] keeps the registry's cause). */
  pullAccessDenied: (familiarName: string, cause = 'denied: requested access to the resource is denied') =>
    e('pullAccessDenied', 'notFound',
      `pull access denied for ${familiarName}, repository does not exist or may require 'docker login': ${cause}`),
  /** distribution/errors.go notFoundError for ErrorCodeManifestUnknown. */
  manifestUnknown: (familiarString: string) =>
    e('manifestUnknown', 'notFound', `manifest for ${familiarString} not found: manifest unknown: manifest unknown`),
  /** The hub's answer to a wrong password (the daemon's registry login). */
  loginUnauthorized: () =>
    e('unauthorized', 'forbidden', 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'),
  // Push errors arrive inside the JSON stream, so the CLI prints them without "Error response from daemon: ".
  pushDenied: () => e('pushDenied', 'forbidden', 'denied: requested access to the resource is denied', true),
  pushNoSuchTag: (familiarName: string) =>
    e('pushNoSuchTag', 'notFound', `An image does not exist locally with the tag: ${familiarName}`, true),
  /** moby's ContainerAttach on a container that is not running. */
  attachStopped: () => e('notRunning', 'conflict', 'You cannot attach to a stopped container, start it first'),
  /** moby's ContainerArchivePath for a missing source (the container as the user typed it). */
  copyNotFound: (p: string, container: string) => e('copyNotFound', 'notFound', `Could not find the file ${p} in container ${container}`),
  /** Go's url.Error for a registry that cannot be reached: `Get "http://localhost:5001/v2/": dial tcp 127.0.0.1:5001: connect: connection refused`. */
  registryUnreachable: (method: string, url: string, cause: string) => e('registryUnreachable', 'unavailable', `${method} "${url}": ${cause}`),
  /** A registry's errcode answer the daemon passes on ("unauthorized: authentication required"). */
  registryMessage: (message: string) => e('registryError', 'system', message),
  /** Push failures arrive inside the JSON stream: printed as is, without "Error response from daemon: ". */
  pushStream: (message: string) => e('pushFailed', 'system', message, true),
  /** A sandbox limit, said plainly (FIDELITY.md "Where the sandbox must say no"). */
  notSimulated: (what: string) => e('notSimulated', 'unavailable', `layerlab: ${what} is not available in this sandbox`, true),
} as const;

export function isEngineError(x: unknown): x is EngineError {
  return x instanceof EngineError;
}
