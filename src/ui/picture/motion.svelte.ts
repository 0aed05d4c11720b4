import { prefersReducedMotion } from 'svelte/motion';

export const SPEEDS = [0, 0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * How fast the picture animates. The system's reduced-motion setting wins over the speed
 * control (WCAG 2.3.3), and speed 0 turns animation off by choice.
 */
export class Motion {
  speed = $state<Speed>(1);
  /** Tests and the bench can force reduced motion without a media query. */
  forceReduced = $state(false);
  reduced = $derived(this.forceReduced || prefersReducedMotion.current || this.speed === 0);

  /** A duration in ms for an animation that takes `base` ms at normal speed. */
  duration(base: number): number {
    return this.reduced ? 0 : Math.round(base / this.speed);
  }
}
