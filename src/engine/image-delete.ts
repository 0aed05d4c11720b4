import { errors, EngineError } from './errors';
import type { EngineState } from './engine-state';
import type { WriteOp } from '../storage/store';
import { isIdPrefix, lookupImage } from './image-lookup';
import { familiarName, familiarString, parseNormalizedNamed, refString, tagNameOnly } from './reference';
import { chainIds } from './image/chain-id';

export type DeleteRecord = { untagged: string } | { deleted: string };

interface Plan {
  records: DeleteRecord[];
  ops: WriteOp[];
  untag: string[];
  deleteImages: string[];
  deleteLayers: string[];
}

/**
 * `docker rmi` with the classic store's rules (moby daemon/images/image_delete.go): a reference
 * is untagged first and the image deleted only when that was its last reference; by ID, all
 * references go if they are one repository's; conflicts with containers and child images, of
 * which only the "soft" ones (a stopped container, several repositories) yield to --force.
 * Deleting an image releases the layers nobody else uses, reported as "Deleted: <chain ID>".
 */
export async function imageDelete(state: EngineState, typed: string, force: boolean, prune: boolean): Promise<DeleteRecord[]> {
  const img = lookupImage(state, typed);
  const plan: Plan = { records: [], ops: [], untag: [], deleteImages: [], deleteLayers: [] };
  const refs = state.refs.refsOf(img.id);
  const users = state.containers.all().filter((c) => c.image === img.id);
  let quiet = false;

  if (!isIdPrefix(img.id, typed)) {
    const ref = refString(tagNameOnly(parseNormalizedNamed(typed)));
    if (refs.length === 1 && users.length && !force) throw errors.rmiRepoRefInUse(typed, users[0].id, img.id);
    untag(state, plan, ref);
    if (refs.length > 1) return finish(state, plan);
    quiet = true;
  } else if (refs.length > 1 && !force && !isSingleReference(refs)) {
    throw errors.rmiMultipleRepos(img.id);
  } else if (force || isSingleReference(refs)) {
    for (const r of refs) untag(state, plan, r);
  }
  await deleteHelper(state, plan, img.id, force, prune, quiet);
  return finish(state, plan);
}

async function deleteHelper(state: EngineState, plan: Plan, id: string, force: boolean, prune: boolean, quiet: boolean): Promise<void> {
  const conflict = checkConflict(state, plan, id, force);
  if (conflict) {
    const dangling = remainingRefs(state, plan, id).length === 0 && children(state, plan, id).length === 0;
    if (quiet && (!dangling || conflict.used)) return;
    throw conflict.error;
  }
  const img = state.images.get(id)!;
  for (const r of remainingRefs(state, plan, id)) untag(state, plan, r);
  plan.deleteImages.push(id);
  plan.records.push({ deleted: id });
  // Released layers are named by chain ID, top first, as the classic layer store reports them.
  const chain = await chainIds(img.config.rootfs.diff_ids);
  const keptChains = new Set<string>();
  for (const other of state.images.all()) {
    if (plan.deleteImages.includes(other.id)) continue;
    for (const c of await chainIds(other.config.rootfs.diff_ids)) keptChains.add(c);
  }
  for (const c of state.containers.all()) for (const ch of await chainIds(c.layers)) keptChains.add(ch);
  for (let i = chain.length - 1; i >= 0; i--) if (!keptChains.has(chain[i])) plan.records.push({ deleted: chain[i] });
  if (prune && img.parent && state.images.get(img.parent)) await deleteHelper(state, plan, img.parent, false, prune, true);
}

function checkConflict(state: EngineState, plan: Plan, id: string, force: boolean): { error: EngineError; used: boolean } | undefined {
  if (children(state, plan, id).length) return { error: errors.rmiHasChildren(id), used: false };
  const users = state.containers.all().filter((c) => c.image === id);
  const running = users.find((c) => c.state.Running);
  if (running) return { error: errors.rmiUsedByContainer(id, running.id, true), used: true };
  if (!force && users.length) return { error: errors.rmiUsedByContainer(id, users[0].id, false), used: true };
  // A tag still on it is a soft conflict too (moby conflictActiveReference): pruning a deleted
  // child's parents stops quietly at the first tagged one (`docker rmi child:1` keeps busybox).
  // The targeted image's own references are untagged before this check, so it only stops parents.
  if (!force && remainingRefs(state, plan, id).length) return { error: errors.rmiMultipleRepos(id), used: false };
  return undefined;
}

function children(state: EngineState, plan: Plan, id: string) {
  return state.images.children(id).filter((c) => !plan.deleteImages.includes(c.id));
}

function remainingRefs(state: EngineState, plan: Plan, id: string): string[] {
  return state.refs.refsOf(id).filter((r) => !plan.untag.includes(r));
}

function untag(state: EngineState, plan: Plan, ref: string): void {
  if (plan.untag.includes(ref)) return;
  plan.untag.push(ref);
  plan.records.push({ untagged: familiarString(parseNormalizedNamed(ref)) });
}

/** At most one tag, and all references in one repository (moby isSingleReference). */
function isSingleReference(refs: string[]): boolean {
  const repos = new Set(refs.map((r) => familiarName(parseNormalizedNamed(r))));
  const tags = refs.filter((r) => !r.includes('@'));
  return repos.size <= 1 && tags.length <= 1;
}

async function finish(state: EngineState, plan: Plan): Promise<DeleteRecord[]> {
  const ops: WriteOp[] = [];
  for (const r of plan.untag) ops.push(...state.refs.deleteOps(r));
  for (const id of plan.deleteImages) ops.push(...state.images.deleteOps(id));
  const candidates = plan.deleteImages.flatMap((id) => state.images.get(id)!.config.rootfs.diff_ids);
  // Layers still listed by images that stay, or by containers, are kept (layers are shared, never copied).
  const keep = new Set<string>();
  for (const img of state.images.all()) if (!plan.deleteImages.includes(img.id)) img.config.rootfs.diff_ids.forEach((d) => keep.add(d));
  for (const c of state.containers.all()) c.layers.forEach((d) => keep.add(d));
  const dropLayers = [...new Set(candidates)].filter((d) => !keep.has(d));
  for (const d of dropLayers) ops.push(...state.layers.deleteOps(d));
  const untaggedImages = plan.untag.map((r) => ({ ref: r, id: state.refs.get(r)! }));
  await state.commit(ops, () => {
    for (const r of plan.untag) state.refs.delete(r);
    for (const id of plan.deleteImages) state.images.removed(id);
    for (const d of dropLayers) state.layers.removed(d);
  });
  for (const u of untaggedImages) state.events.emit({ type: 'imageUntagged', id: u.id, ref: u.ref });
  for (const id of plan.deleteImages) state.events.emit({ type: 'imageDeleted', id });
  return plan.records;
}
