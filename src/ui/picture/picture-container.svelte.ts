import type { ContainerStatus } from '../../engine/stores/container-store';

/** A container: a thin writable layer on its image's stack. */
export class PictureContainer {
  readonly id: string;
  name = $state('');
  readonly image: string;
  /** The image as `docker ps` names it: as the learner typed it when running the container. */
  readonly imageName: string;
  /** Key of the block the writable layer sits on. */
  readonly on: string;
  status = $state<ContainerStatus>('created');
  /** Lines `docker diff` prints; undefined until someone looks (counting opens the container's filesystem). */
  changes = $state<number | undefined>(undefined);
  fresh = $state(false);
  /** Bumped on every change event, so a view that counted can count again. */
  version = $state(0);

  constructor(id: string, name: string, image: string, on: string, status: ContainerStatus, imageName = image.slice(7, 19)) {
    this.id = id;
    this.name = name;
    this.image = image;
    this.imageName = imageName;
    this.on = on;
    this.status = status;
  }
}
