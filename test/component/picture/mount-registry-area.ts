import { flushSync, mount, unmount } from 'svelte';
import { RegistryModel } from '../../../src/ui/picture/registry-model.svelte';
import { Motion } from '../../../src/ui/picture/motion.svelte';
import { signedInUser } from '../../../src/ui/hub/signed-in-user';
import RegistryArea from '../../../src/ui/picture/RegistryArea.svelte';
import type { Sandbox } from '../../../src/sandbox/sandbox';

/**
 * The registries area over a sandbox, wired as the picture pane wires it (without the non-hub
 * registry events when `registryEvents` is false); `destroy` unmounts it.
 */
export function mountRegistryArea(sb: Sandbox, reduced = true, registryEvents = true) {
  const target = document.createElement('div');
  document.body.appendChild(target);
  const model = new RegistryModel(sb.engine, { hub: sb.hub, hubEvents: sb.hubEvents, ...(registryEvents ? { registryEvents: sb.registryEvents } : {}), user: () => signedInUser(sb.hostFs), onCommand: (l) => sb.onCommand(l) });
  const motion = new Motion();
  motion.forceReduced = reduced;
  const app = mount(RegistryArea, { target, props: { model, motion } });
  flushSync();
  const destroy = () => {
    unmount(app);
    model.dispose();
    target.remove();
  };
  return { target, model, motion, destroy };
}
