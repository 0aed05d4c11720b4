import { Gzip } from 'fflate';
import { createHasher } from '../digest';
import { GZIP_CHUNK } from './gzip-blob-facts';

/**
 * A layer's gzip blob with its bytes, made exactly as gzipBlobFacts makes its digest (fflate
 * level 6, mtime 0, input re-cut into GZIP_CHUNK pieces): the same layer always compresses to
 * the same blob, so a second push finds it on the registry ("Layer already exists").
 */
export async function gzipBlob(chunks: Iterable<Uint8Array>): Promise<{ digest: string; size: number; bytes: Uint8Array }> {
  const h = await createHasher();
  const parts: Uint8Array[] = [];
  let size = 0;
  const gz = new Gzip({ level: 6, mtime: 0 }, (data) => {
    h.update(data);
    parts.push(data);
    size += data.length;
  });
  const buf = new Uint8Array(GZIP_CHUNK);
  let fill = 0;
  for (const chunk of chunks) {
    let off = 0;
    while (off < chunk.length) {
      const n = Math.min(GZIP_CHUNK - fill, chunk.length - off);
      buf.set(chunk.subarray(off, off + n), fill);
      fill += n;
      off += n;
      if (fill === GZIP_CHUNK) {
        gz.push(buf.slice(), false);
        fill = 0;
      }
    }
  }
  gz.push(buf.slice(0, fill), true);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { digest: `sha256:${h.digest()}`, size, bytes };
}
