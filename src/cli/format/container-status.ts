import type { ContainerRecord } from '../../engine/stores/container-store';
import { units } from './units';

/** The daemon's State.String(): "Up 3 seconds", "Exited (0) 2 minutes ago", "Created". */
export function containerStatus(c: ContainerRecord, now: Date): string {
  const s = c.state;
  const since = (t: string) => units.humanDuration(Math.max(0, now.getTime() - new Date(t).getTime()));
  if (s.Running) return `Up ${since(s.StartedAt)}${s.Status === 'paused' ? ' (Paused)' : ''}`;
  if (s.Status === 'created') return 'Created';
  if (s.Status === 'removing') return 'Removal In Progress';
  if (s.Status === 'dead') return 'Dead';
  if (s.FinishedAt.startsWith('0001-')) return '';
  return `Exited (${s.ExitCode}) ${since(s.FinishedAt)} ago`;
}

/** `docker ps` PORTS: "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp" for published, "80/tcp" for exposed. */
export function containerPorts(c: ContainerRecord): string {
  // A stopped container has no network endpoint, so the API reports no ports at all.
  if (!c.state.Running) return '';
  const out: string[] = [];
  const published = new Set<string>();
  {
    for (const p of c.hostConfig.PortBindings) {
      published.add(p.containerPort);
      const ip = p.hostIp || '0.0.0.0';
      out.push(`${ip}:${p.hostPort}->${p.containerPort}`);
      if (!p.hostIp) out.push(`[::]:${p.hostPort}->${p.containerPort}`);
    }
  }
  for (const port of Object.keys(c.config.ExposedPorts ?? {}).sort()) if (!published.has(port)) out.push(port);
  return out.join(', ');
}
