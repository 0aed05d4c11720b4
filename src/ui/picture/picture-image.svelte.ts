/** An image as the picture shows it: its tags sit as labels on top of its stack. */
export class PictureImage {
  readonly id: string;
  /** Key of the image's top layer block ("" for an image without layers). */
  readonly top: string;
  readonly layers: number;
  readonly size: number;
  tags = $state<string[]>([]);
  fresh = $state(false);
  /** `<none>:<none>`: Docker calls an image without a tag dangling. */
  dangling = $derived(this.tags.length === 0);

  constructor(id: string, top: string, layers: number, size: number, tags: string[]) {
    this.id = id;
    this.top = top;
    this.layers = layers;
    this.size = size;
    this.tags = tags;
  }
}
