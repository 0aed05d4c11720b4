/**
 * The hub page's address in location.hash: "#/hub" (the overview), "#/hub/r/<user>/<repo>" (a
 * user's repository), "#/hub/_/<name>" (an official image, as hub.docker.com's /_/ubuntu).
 */
export type HubRoute = { page: 'overview' } | { page: 'repository'; path: string } | { page: 'official'; name: string };

export function hubRoute(hash: string): HubRoute | undefined {
  const h = decodeURIComponent(hash.replace(/^#/, ''));
  if (h === '/hub' || h === '/hub/') return { page: 'overview' };
  const repo = /^\/hub\/r\/([^/]+\/[^/]+)\/?$/.exec(h);
  if (repo) return { page: 'repository', path: repo[1] };
  const off = /^\/hub\/_\/([^/]+)\/?$/.exec(h);
  if (off) return { page: 'official', name: off[1] };
  return undefined;
}

/** The hash for a hub path ("alice/app", or "library/ubuntu" for an official image). */
export function hubHref(path: string): string {
  return path.startsWith('library/') ? `#/hub/_/${path.slice(8)}` : `#/hub/r/${path}`;
}
