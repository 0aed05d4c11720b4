import type { TransitionConfig } from 'svelte/transition';

/** A block rising into place (pull, run, commit): short, so typing is never waited on. */
export function rise(_node: Element, o: { duration: number }): TransitionConfig {
  return { duration: o.duration, css: (t) => `opacity: ${t}; transform: translateY(${(1 - t) * -14}px)` };
}

/** A block leaving (rmi, rm): fades while shrinking. */
export function sink(_node: Element, o: { duration: number }): TransitionConfig {
  return { duration: o.duration, css: (t) => `opacity: ${t}; transform: scale(${0.9 + 0.1 * t})` };
}

/** A label appearing (tag). */
export function pop(_node: Element, o: { duration: number }): TransitionConfig {
  return { duration: o.duration, css: (t) => `opacity: ${t}; transform: scale(${0.6 + 0.4 * t})` };
}
