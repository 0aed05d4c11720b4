/**
 * One block of the picture: a layer at one position of a stack. Its key is the diffIDs from the
 * base up to it, so two images share a block exactly when their stacks share the layers below,
 * which is Docker's own rule (layers are keyed by chainID in the layer store).
 */
export class PictureNode {
  readonly key: string;
  /** diffIDs from the base up to this layer. */
  readonly diffIds: readonly string[];
  readonly diffId: string;
  readonly parentKey: string | undefined;
  size = $state(0);
  createdBy = $state('');
  /** Keys of the layers stacked directly on this one, in the order they appeared. */
  children = $state<string[]>([]);
  /** Images whose top layer this is. */
  images = $state<string[]>([]);
  /** Containers whose lower layers end here. */
  containers = $state<string[]>([]);
  /** How many images' stacks include this layer: more than one means the block is shared. */
  stacks = $state(0);
  /** Set when a commit made this layer from a container's writable layer (drives the animation). */
  fromContainer = $state(false);
  /** Set for layers that arrived after the picture opened, so only they animate in. */
  fresh = $state(false);

  constructor(diffIds: readonly string[]) {
    this.diffIds = diffIds;
    this.key = PictureNode.keyOf(diffIds);
    this.diffId = diffIds[diffIds.length - 1] ?? '';
    this.parentKey = diffIds.length > 1 ? PictureNode.keyOf(diffIds.slice(0, -1)) : undefined;
  }

  static keyOf(diffIds: readonly string[]): string {
    return diffIds.join(',');
  }

  get empty(): boolean {
    return this.children.length === 0 && this.images.length === 0 && this.containers.length === 0;
  }
}
