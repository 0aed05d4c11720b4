/** A span of one logical terminal line that links to the hub page. */
export interface HubLink {
  start: number;
  end: number;
  href: string;
}

// Docker's reference grammar for a path component (distribution/reference regexp.go).
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = new RegExp(`\\bdocker\\.io/(${COMPONENT})/(${COMPONENT})(?::[\\w][\\w.-]{0,127})?`, 'g');
const PUSH_REFERS = new RegExp(`^The push refers to repository \\[docker\\.io/(${COMPONENT}/${COMPONENT})\\]`);
const DIGEST_LINE = /^[\w][\w.-]{0,127}: digest: (sha256:[0-9a-f]{64}) size: \d+$/;

const href = (path: string) => (path.startsWith('library/') ? `#/hub/_/${path.slice(8)}` : `#/hub/r/${path}`);

/**
 * Where the hub is named on screen, so the terminal can link it without changing what docker
 * printed: `docker.io/<user>/<repo>` anywhere (the push header, `push -q`, pull's last line),
 * and the digest of a push's "<tag>: digest: ... size: N" line, which names no repository:
 * `pushedTo` is the repository of the nearest "The push refers to repository" line above it.
 */
export function hubLinks(line: string, pushedTo?: string): HubLink[] {
  const links: HubLink[] = [];
  for (const m of line.matchAll(NAME)) links.push({ start: m.index, end: m.index + m[0].length, href: href(`${m[1]}/${m[2]}`) });
  const d = DIGEST_LINE.exec(line);
  if (d && pushedTo) {
    const start = line.indexOf(d[1]);
    links.push({ start, end: start + d[1].length, href: href(pushedTo) });
  }
  return links;
}

/** The repository a "The push refers to repository [...]" line names, if `line` is one. */
export function pushedRepository(line: string): string | undefined {
  return PUSH_REFERS.exec(line)?.[1];
}
