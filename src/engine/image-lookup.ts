import { errors, isEngineError } from './errors';
import type { EngineState } from './engine-state';
import type { Image } from './stores/image-store';
import { familiarString, parseNormalizedNamed, refString, tagNameOnly } from './reference';
import { resolvePrefix } from './short-id';

const HEX_PREFIX = /^(sha256:)?[0-9a-f]{1,64}$/;

/**
 * Finds an image the way the daemon's GetImage does: a full "sha256:" ID, then a reference
 * (tag or digest, ":latest" implied), then a unique ID prefix. The error names what was typed
 * with ":latest" added to a bare name, as Docker's "No such image: foo:latest".
 */
export function lookupImage(state: EngineState, refOrId: string): Image {
  if (/^sha256:[0-9a-f]{64}$/.test(refOrId)) {
    const img = state.images.get(refOrId);
    if (img) return img;
    throw errors.noSuchImage(refOrId);
  }
  let notFoundName = refOrId;
  try {
    const ref = tagNameOnly(parseNormalizedNamed(refOrId));
    notFoundName = familiarString(ref);
    const id = state.refs.get(refString(ref));
    if (id) {
      const img = state.images.get(id);
      if (img) return img;
    }
  } catch (e) {
    if (!isEngineError(e)) throw e;
  }
  if (HEX_PREFIX.test(refOrId)) {
    const hex = refOrId.replace(/^sha256:/, '');
    const match = resolvePrefix(state.images.ids(), hex);
    if (match) return state.images.get(match)!;
  }
  throw errors.noSuchImage(notFoundName);
}

/** True when what was typed names the image by ID rather than by a reference (moby isImageIDPrefix). */
export function isIdPrefix(imageId: string, typed: string): boolean {
  const hex = imageId.replace(/^sha256:/, '');
  const t = typed.replace(/^sha256:/, '');
  return t.length > 0 && HEX_PREFIX.test(typed) && hex.startsWith(t);
}
