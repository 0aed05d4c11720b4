import { gzipStream } from './gzip-blob-facts';

/**
 * A layer's gzip blob with its bytes, made by the same compressor as gzipBlobFacts (fflate
 * level 6, mtime 0, input re-cut into fixed pieces): the same layer always compresses to the
 * same blob, so a second push finds it on the registry ("Layer already exists").
 */
export async function gzipBlob(chunks: Iterable<Uint8Array>): Promise<{ digest: string; size: number; bytes: Uint8Array }> {
  const parts: Uint8Array[] = [];
  const { digest, size } = await gzipStream(chunks, (d) => parts.push(d));
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { digest, size, bytes };
}
