/**
 * Docker's container names ("admiring_turing"), as moby's namesgenerator and the daemon's
 * generateAndReserveName make them, from an injected random source in [0, 1).
 */
import { NAMES_LEFT, NAMES_RIGHT } from './names-data';
import { truncateId } from './short-id';

// Go's rand.IntN(n) for an injected uniform source.
function intN(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(rand() * n));
}

/**
 * namesgenerator.GetRandomName: "<adjective>_<surname>", never "boring_wozniak" (Steve Wozniak
 * is not boring: moby draws again). A retry > 0 appends one random digit.
 */
export function getRandomName(rand: () => number, retry = 0): string {
  let name: string;
  do {
    name = `${NAMES_LEFT[intN(rand, NAMES_LEFT.length)]}_${NAMES_RIGHT[intN(rand, NAMES_RIGHT.length)]}`;
  } while (name === 'boring_wozniak');
  if (retry > 0) name += String(intN(rand, 10));
  return name;
}

/**
 * The daemon's choice of a name for a new container: up to six draws (retries 0..5) skipping
 * names already taken, then the container's short ID. Returned without the leading '/' that
 * moby stores internally.
 */
export function generateName(rand: () => number, isTaken: (name: string) => boolean, containerId: string): string {
  for (let retry = 0; retry < 6; retry++) {
    const name = getRandomName(rand, retry);
    if (!isTaken(name)) return name;
  }
  return truncateId(containerId);
}
