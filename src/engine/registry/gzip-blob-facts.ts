import { Gzip } from 'fflate';
import { createHasher } from '../digest';

/**
 * Digest and size of a layer's gzip blob, compressed while streaming (never one buffer):
 * fflate, level 6, mtime 0 (LIBRARIES.md: same bytes in node and browsers). fflate's streaming
 * output depends on how input is split, so the input is re-cut into fixed GZIP_CHUNK pieces:
 * the bytes are then a pure function of the data, whoever produces the chunks. The catalog's
 * stored blob digests were made with this function; a pull that compresses must use it too.
 */
export const GZIP_CHUNK = 64 * 1024;

export async function gzipBlobFacts(chunks: Iterable<Uint8Array>): Promise<{ digest: string; size: number }> {
  return gzipStream(chunks, () => {});
}

/**
 * The one compressor behind every blob digest (gzipBlobFacts, gzipBlob): hashes the gzip output
 * and hands each piece of it to `onData`.
 */
export async function gzipStream(chunks: Iterable<Uint8Array>, onData: (data: Uint8Array) => void): Promise<{ digest: string; size: number }> {
  const h = await createHasher();
  let size = 0;
  const gz = new Gzip({ level: 6, mtime: 0 }, (data) => {
    h.update(data);
    size += data.length;
    onData(data);
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
  return { digest: `sha256:${h.digest()}`, size };
}
