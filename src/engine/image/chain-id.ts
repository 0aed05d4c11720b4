import { sha256Hex } from '../digest';

/**
 * ChainIDs (image-spec config.md, oci-notes §2): ChainID(L0) = DiffID(L0), then
 * ChainID(..Ln) = sha256(ChainID(..Ln-1) + " " + DiffID(Ln)), hashing the full "sha256:" strings.
 * Docker's layerdb keys layers by these.
 */
export async function chainIds(diffIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const enc = new TextEncoder();
  for (const d of diffIds) {
    const prev = out[out.length - 1];
    out.push(prev === undefined ? d : `sha256:${await sha256Hex(enc.encode(`${prev} ${d}`))}`);
  }
  return out;
}
