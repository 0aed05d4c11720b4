import { errors } from './errors';
import type { EngineState } from './engine-state';
import type { ContainerRecord } from './stores/container-store';
import { resolvePrefix } from './short-id';

/** The daemon's container lookup: full ID, then name (with or without "/"), then unique ID prefix. */
export function lookupContainer(state: EngineState, typed: string): ContainerRecord {
  if (!typed) throw errors.noSuchContainer(typed);
  const exact = state.containers.get(typed);
  if (exact) return exact;
  const byName = state.containers.byName(typed.replace(/^\//, ''));
  if (byName) return byName;
  if (/^[0-9a-f]+$/.test(typed)) {
    const id = resolvePrefix(state.containers.ids(), typed);
    if (id) return state.containers.get(id)!;
  }
  throw errors.noSuchContainer(typed);
}
