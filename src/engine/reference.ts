import { errors } from './errors';

/**
 * Docker image references: the grammar and normalization of distribution/reference
 * (regexp.go, reference.go, normalize.go, helpers.go), as the docker CLI applies them.
 * A Reference is always normalized: `ubuntu` is {domain: 'docker.io', path: 'library/ubuntu'}.
 */
export interface Reference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const NAME_TOTAL_LENGTH_MAX = 255;

// The grammar, built from the same pieces as regexp.go. Go's RE2 and JS agree on these
// (leftmost-first, `\w` is ASCII, `$` is end of input without the m flag).
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const referenceRe = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRe = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const anchoredIdentifierRe = /^([a-f0-9]{64})$/;

// go-digest: algorithms the docker CLI registers, with their hex lengths.
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const goDigestAnchoredRe = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** go-digest Digest.Validate, with its three error texts. */
function validateDigest(d: string): void {
  const i = d.indexOf(':');
  if (i < 0 || i + 1 === d.length) throw errors.invalidDigest('invalid checksum digest format');
  const alg = d.slice(0, i);
  const encoded = d.slice(i + 1);
  const size = DIGEST_HEX_LENGTH[alg];
  if (size === undefined) {
    throw errors.invalidDigest(goDigestAnchoredRe.test(d) ? 'unsupported digest algorithm' : 'invalid checksum digest format');
  }
  if (encoded.length !== size) throw errors.invalidDigest('invalid checksum digest length');
  if (!/^[a-f0-9]+$/.test(encoded)) throw errors.invalidDigest('invalid checksum digest format');
}

/** reference.Parse on an already domain-qualified string. */
function parse(s: string): Reference {
  const m = referenceRe.exec(s);
  if (!m) {
    const lower = s.toLowerCase();
    // Only reachable when the first component held uppercase AND was not a valid domain
    // (e.g. "Foo_Bar/x"): distribution reports it without the "invalid reference format" prefix.
    if (lower !== s && referenceRe.test(lower)) throw errors.referenceNameContainsUppercase();
    throw errors.invalidReference();
  }
  const name = anchoredNameRe.exec(m[1]);
  const domain = name ? name[1] ?? '' : '';
  const path = name ? name[2] : m[1];
  if (path.length > NAME_TOTAL_LENGTH_MAX) throw errors.referenceNameTooLong();
  const ref: Reference = { domain, path };
  if (m[2] !== undefined && m[2] !== '') ref.tag = m[2];
  if (m[3] !== undefined && m[3] !== '') {
    validateDigest(m[3]);
    ref.digest = m[3];
  }
  return ref;
}

/** normalize.go splitDockerDomain: which first component is a registry, and the library/ rule. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  // Namespaces are lowercase, so an uppercase first component can only be a host name.
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_REPO_PREFIX + remote;
  return [domain, remote];
}

/**
 * ParseNormalizedNamed: what every docker command does with an image name typed by a user.
 * Throws EngineError (code 'invalidReference') with distribution's exact message.
 */
export function parseNormalizedNamed(s: string): Reference {
  if (anchoredIdentifierRe.test(s)) throw errors.referenceIs64Hex(s);
  const [domain, remainder] = splitDockerDomain(s);
  const tagSep = remainder.indexOf(':');
  // Quirk kept on purpose: the "remote" is cut at the first ':', which for a digest-only
  // reference includes "@sha256" ("library/Ubuntu@sha256" in the message).
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) throw errors.referenceNotLowercase(remote);
  return parse(`${domain}/${remainder}`);
}

function familiarize(ref: Reference): { domain: string; path: string } {
  if (ref.domain !== DEFAULT_DOMAIN) return { domain: ref.domain, path: ref.path };
  let path = ref.path;
  if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
    // Only single-component official names lose "library/" ("library/foo/bar" stays).
    if (!rest.includes('/')) path = rest;
  }
  return { domain: '', path };
}

function suffix(ref: Reference): string {
  return (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest !== undefined ? `@${ref.digest}` : '');
}

/** 'ubuntu', 'user/app', 'localhost:5000/x' (FamiliarName). */
export function familiarName(ref: Reference): string {
  const f = familiarize(ref);
  return f.domain ? `${f.domain}/${f.path}` : f.path;
}

/** 'ubuntu:latest', 'ubuntu@sha256:...' (FamiliarString). */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + suffix(ref);
}

/** 'docker.io/library/ubuntu' (Named.Name()). */
export function fullName(ref: Reference): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

/** TagNameOnly: adds ':latest' when there is neither a tag nor a digest. */
export function tagNameOnly(ref: Reference): Reference {
  if (ref.tag !== undefined || ref.digest !== undefined) return ref;
  return { ...ref, tag: DEFAULT_TAG };
}

/** The full normalized string, 'docker.io/library/ubuntu:latest' (Reference.String()). */
export function refString(ref: Reference): string {
  return fullName(ref) + suffix(ref);
}
