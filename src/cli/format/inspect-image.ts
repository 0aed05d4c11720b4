import type { Engine } from '../../engine/engine';
import type { Image } from '../../engine/stores/image-store';
import type { ContainerConfig } from '../../engine/image/image-config';
import { ZERO_TIME } from '../../engine/stores/container-store';
import { OMITEMPTY } from './go-value';
import { familiarString, parseNormalizedNamed } from '../../engine/reference';

const familiar = (r: string) => familiarString(parseNormalizedNamed(r));

/** Go map values (sorted keys when printed or marshalled) for the config's map fields. */
const goMap = <T>(m: Record<string, T> | null | undefined) => (m ? new Map(Object.entries(m)) : null);

/**
 * dockerspec.DockerOCIImageConfig as the v28 daemon returns it: ocispec.ImageConfig's fields then
 * Docker's extensions, every one omitempty, so busybox's Config is {"Env":[...],"Cmd":["sh"]}.
 * Templates still reach the empty fields (`{{.Config.Entrypoint}}` prints `[]`).
 */
export function inspectImageConfig(c: ContainerConfig) {
  return {
    User: c.User ?? '',
    ExposedPorts: goMap(c.ExposedPorts),
    Env: c.Env ?? null,
    Entrypoint: c.Entrypoint ?? null,
    Cmd: c.Cmd ?? null,
    Volumes: goMap(c.Volumes),
    WorkingDir: c.WorkingDir ?? '',
    Labels: goMap(c.Labels),
    StopSignal: c.StopSignal ?? '',
    ArgsEscaped: c.ArgsEscaped ?? false,
    Healthcheck: c.Healthcheck ?? null,
    OnBuild: c.OnBuild ?? null,
    Shell: c.Shell ?? null,
    [OMITEMPTY]: ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal', 'ArgsEscaped', 'Healthcheck', 'OnBuild', 'Shell'],
  };
}

/**
 * image.InspectResponse (moby v28 api/types/image/image_inspect.go), fields in declaration order:
 * RepoTags/RepoDigests are `[]` when empty, Metadata.LastTagTime is never omitted (Go's zero time
 * when the image was never tagged on this engine; the sandbox does not track tag times).
 */
export function inspectImage(engine: Engine, img: Image) {
  const raw = img.config as typeof img.config & { comment?: string; docker_version?: string };
  const refs = engine.imageRefs(img.id);
  const top = img.config.rootfs.diff_ids.length ? img.id.replace('sha256:', '') : '';
  return {
    Id: img.id,
    RepoTags: refs.filter((r) => !r.includes('@')).map(familiar),
    RepoDigests: img.repoDigests.map(familiar),
    Parent: img.parent,
    Comment: raw.comment ?? img.config.history[img.config.history.length - 1]?.comment ?? '',
    Created: img.config.created ?? '',
    DockerVersion: raw.docker_version ?? '',
    Author: img.config.author ?? '',
    Config: inspectImageConfig(img.config.config),
    Architecture: img.config.architecture,
    Variant: img.config.variant ?? '',
    Os: img.config.os,
    OsVersion: '',
    Size: engine.imageSize(img),
    GraphDriver: {
      Data: top ? new Map([['MergedDir', `/var/lib/docker/overlay2/${top}/merged`], ['UpperDir', `/var/lib/docker/overlay2/${top}/diff`], ['WorkDir', `/var/lib/docker/overlay2/${top}/work`]]) : null,
      Name: 'overlay2',
    },
    RootFS: { Type: img.config.rootfs.type, Layers: [...img.config.rootfs.diff_ids] },
    Metadata: { LastTagTime: ZERO_TIME },
    [OMITEMPTY]: ['Variant', 'OsVersion'],
  };
}
