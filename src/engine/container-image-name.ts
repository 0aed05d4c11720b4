import type { ContainerRecord } from './stores/container-store';

/**
 * A container's image as `docker ps` names it (its IMAGE column): as the user typed it; an
 * image given by ID shows 12 hex (all of it with --no-trunc); a digest is stripped.
 */
export function containerImageName(c: Pick<ContainerRecord, 'image' | 'imageRef'>, noTrunc = false): string {
  const typed = c.imageRef;
  if (/^(sha256:)?[0-9a-f]{12,64}$/.test(typed) && c.image.includes(typed.replace(/^sha256:/, ''))) return noTrunc ? c.image : c.image.slice(7, 19);
  return typed.includes('@') ? typed.slice(0, typed.indexOf('@')) : typed;
}
