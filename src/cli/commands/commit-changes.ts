import type { ContainerConfig } from '../../engine/image/image-config';
import { errors } from '../../engine/errors';

const ALLOWED = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'ONBUILD', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

/**
 * `docker commit -c 'CMD ["x"]'`: Dockerfile instructions applied to the new image's config.
 * Exec form is JSON; shell form runs through /bin/sh -c, as in a Dockerfile.
 */
export function applyChanges(base: ContainerConfig, changes: readonly string[]): ContainerConfig {
  const cfg: ContainerConfig = structuredClone(base);
  for (const change of changes) {
    const m = /^\s*(\S+)\s*(.*)$/s.exec(change);
    if (!m) continue;
    const instr = m[1].toUpperCase();
    const rest = m[2].trim();
    if (!ALLOWED.includes(instr)) {
      throw errors.clientMessage(`Error response from daemon: ${instr.toLowerCase()} is not a valid change command`);
    }
    switch (instr) {
      case 'CMD':
        cfg.Cmd = execOrShell(rest);
        break;
      case 'ENTRYPOINT':
        cfg.Entrypoint = execOrShell(rest);
        break;
      case 'ENV':
        for (const [k, v] of keyValues(rest)) {
          const env = (cfg.Env ?? []).filter((e) => e.slice(0, e.indexOf('=')) !== k);
          cfg.Env = [...env, `${k}=${v}`];
        }
        break;
      case 'LABEL':
        cfg.Labels = { ...(cfg.Labels ?? {}) };
        for (const [k, v] of keyValues(rest)) cfg.Labels[k] = v;
        break;
      case 'EXPOSE':
        cfg.ExposedPorts = { ...(cfg.ExposedPorts ?? {}) };
        for (const p of rest.split(/\s+/).filter(Boolean)) cfg.ExposedPorts[p.includes('/') ? p : `${p}/tcp`] = {};
        break;
      case 'VOLUME':
        cfg.Volumes = { ...(cfg.Volumes ?? {}) };
        for (const v of rest.startsWith('[') ? (JSON.parse(rest) as string[]) : rest.split(/\s+/)) cfg.Volumes[v] = {};
        break;
      case 'USER':
        cfg.User = rest;
        break;
      case 'WORKDIR':
        cfg.WorkingDir = rest;
        break;
      case 'STOPSIGNAL':
        cfg.StopSignal = rest;
        break;
      case 'ONBUILD':
        cfg.OnBuild = [...(cfg.OnBuild ?? []), rest];
        break;
    }
  }
  return cfg;
}

function execOrShell(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const v = JSON.parse(rest) as unknown;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      // not JSON: shell form, as Docker falls back
    }
  }
  return ['/bin/sh', '-c', rest];
}

function keyValues(rest: string): Array<[string, string]> {
  if (!rest.includes('=')) {
    const sp = rest.search(/\s/);
    return sp < 0 ? [[rest, '']] : [[rest.slice(0, sp), rest.slice(sp).trim()]];
  }
  const out: Array<[string, string]> = [];
  const re = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
  for (const m of rest.matchAll(re)) {
    let v = m[2];
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    else if (v.startsWith("'")) v = v.slice(1, -1);
    out.push([m[1], v]);
  }
  return out;
}
