import type { ProgressMessage, ProgressSink, TransferOptions } from './hub-api';

export interface TimedMessage {
  /** Milliseconds from the start of the transfer. */
  at: number;
  m: ProgressMessage;
}

/** A layer to move: its progress ID, the bytes the progress bar counts. */
export interface TransferItem {
  id: string;
  bytes: number;
}

/** A push layer that needs no upload ("Layer already exists", "Mounted from ..."). */
export interface SkippedItem {
  id: string;
  status: string;
}

export const DEFAULT_BYTES_PER_SECOND = 20_000_000;
const TICK_MS = 100; // moby's progress reader sends at most one update per 100 ms
const EXTRACT_FACTOR = 3; // unpacking runs faster than the simulated network

/**
 * The per-layer messages of a pull after its "Pulling fs layer" lines, in simulated time:
 * moby's download manager runs 3 downloads at once (max-concurrent-downloads) sharing the
 * bandwidth; each ends "Verifying Checksum", "Download complete"; layers are extracted strictly
 * in order (each one needs its parent registered) and end "Pull complete".
 */
export function pullTimeline(items: TransferItem[], bytesPerSecond = DEFAULT_BYTES_PER_SECOND): TimedMessage[] {
  const out: TimedMessage[] = [];
  const got = items.map(() => 0);
  const downloaded = items.map(() => false);
  let next = Math.min(3, items.length);
  let active = items.slice(0, next).map((_, i) => i);
  let extracting = 0;
  let extracted = 0;
  const step = (bytesPerSecond * TICK_MS) / 1000;
  for (let tick = 1; extracting < items.length; tick++) {
    const at = tick * TICK_MS;
    const share = active.length ? step / active.length : 0;
    const still: number[] = [];
    for (const i of active) {
      const it = items[i];
      got[i] = Math.min(it.bytes, got[i] + share);
      out.push({ at, m: { id: it.id, status: 'Downloading', progress: { current: Math.floor(got[i]), total: it.bytes } } });
      if (got[i] >= it.bytes) {
        out.push({ at, m: { id: it.id, status: 'Verifying Checksum', progress: { current: 0, total: 0 } } });
        out.push({ at, m: { id: it.id, status: 'Download complete', progress: { current: 0, total: 0 } } });
        downloaded[i] = true;
        if (next < items.length) still.push(next++);
      } else still.push(i);
    }
    active = still;
    if (downloaded[extracting]) {
      const it = items[extracting];
      extracted = Math.min(it.bytes, extracted + step * EXTRACT_FACTOR);
      out.push({ at, m: { id: it.id, status: 'Extracting', progress: { current: Math.floor(extracted), total: it.bytes } } });
      if (extracted >= it.bytes) {
        out.push({ at, m: { id: it.id, status: 'Pull complete', progress: { current: 0, total: 0 } } });
        extracting++;
        extracted = 0;
      }
    }
  }
  return out;
}

/**
 * The per-layer messages of a push after its "Preparing" lines: 5 uploads at once
 * (max-concurrent-uploads), "Waiting" for the rest; a layer the hub already has answers after
 * one round trip, an upload (after that same check) sends "Pushing" updates and ends "Pushed".
 */
export function pushTimeline(items: Array<TransferItem | SkippedItem>, bytesPerSecond = DEFAULT_BYTES_PER_SECOND): TimedMessage[] {
  const out: TimedMessage[] = [];
  for (let i = 5; i < items.length; i++) out.push({ at: 0, m: { id: items[i].id, status: 'Waiting', progress: { current: 0, total: 0 } } });
  const sent = items.map(() => 0);
  let next = Math.min(5, items.length);
  let active = items.slice(0, next).map((_, i) => i);
  const step = (bytesPerSecond * TICK_MS) / 1000;
  for (let tick = 1; active.length; tick++) {
    const at = tick * TICK_MS;
    const uploading = active.filter((i) => 'bytes' in items[i]).length;
    const still: number[] = [];
    for (const i of active) {
      const it = items[i];
      let done = true;
      if ('status' in it) out.push({ at, m: { id: it.id, status: it.status, progress: { current: 0, total: 0 } } });
      else if (tick === 1) done = false; // an upload first asks whether the blob exists (HEAD), then sends it
      else {
        sent[i] = Math.min(it.bytes, sent[i] + step / uploading);
        out.push({ at, m: { id: it.id, status: 'Pushing', progress: { current: Math.floor(sent[i]), total: it.bytes } } });
        done = sent[i] >= it.bytes;
        if (done) out.push({ at, m: { id: it.id, status: 'Pushed', progress: { current: 0, total: 0 } } });
      }
      if (!done) still.push(i);
      else if (next < items.length) still.push(next++);
    }
    active = still;
  }
  return out;
}

/** Sends the messages to the sink, waiting out the simulated time unless instant. */
export async function playTimeline(timeline: TimedMessage[], sink: ProgressSink, o: TransferOptions): Promise<void> {
  let now = 0;
  for (const { at, m } of timeline) {
    if (o.signal?.aborted) throw abortError();
    if (!o.instant && at > now) {
      await sleep(at - now, o.signal);
      now = at;
    }
    sink(m);
  }
  if (o.signal?.aborted) throw abortError();
}

function abortError(): Error {
  const e = new Error('transfer interrupted');
  e.name = 'AbortError';
  return e;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });
}
