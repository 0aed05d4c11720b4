import type { ContainerRecord } from '../../engine/stores/container-store';
import { OMITEMPTY } from './go-value';

const MASKED = ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

function portMap(c: ContainerRecord) {
  const m = new Map<string, Array<{ HostIp: string; HostPort: string }>>();
  for (const p of c.hostConfig.PortBindings) {
    const l = m.get(p.containerPort) ?? [];
    l.push({ HostIp: p.hostIp, HostPort: p.hostPort });
    m.set(p.containerPort, l);
  }
  return m;
}

/** container.HostConfig as a default `docker run` sends it (recorded in inspect.txt). */
function hostConfig(c: ContainerRecord) {
  return {
    Binds: null, ContainerIDFile: '', LogConfig: { Type: 'json-file', Config: new Map() }, NetworkMode: 'bridge',
    PortBindings: portMap(c), RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: c.hostConfig.AutoRemove,
    VolumeDriver: '', VolumesFrom: null, ConsoleSize: [0, 0], CapAdd: null, CapDrop: null, CgroupnsMode: 'private',
    Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null, GroupAdd: null, IpcMode: 'private', Cgroup: '', Links: null,
    OomScoreAdj: 0, PidMode: '', Privileged: false, PublishAllPorts: false, ReadonlyRootfs: false, SecurityOpt: null,
    UTSMode: '', UsernsMode: '', ShmSize: 67108864, Runtime: 'runc', Isolation: '', CpuShares: 0, Memory: 0, NanoCpus: 0,
    CgroupParent: '', BlkioWeight: 0, BlkioWeightDevice: [], BlkioDeviceReadBps: [], BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [], CpuPeriod: 0, CpuQuota: 0, CpuRealtimePeriod: 0, CpuRealtimeRuntime: 0,
    CpusetCpus: '', CpusetMems: '', Devices: [], DeviceCgroupRules: null, DeviceRequests: null, MemoryReservation: 0,
    MemorySwap: 0, MemorySwappiness: null, OomKillDisable: null, PidsLimit: null, Ulimits: [], CpuCount: 0, CpuPercent: 0,
    IOMaximumIOps: 0, IOMaximumBandwidth: 0, MaskedPaths: MASKED, ReadonlyPaths: READONLY,
  };
}

/** container.Config exactly as the daemon stores it for a created container (every field). */
function config(c: ContainerRecord) {
  const k = c.config;
  return {
    Hostname: k.Hostname ?? '', Domainname: k.Domainname, User: k.User ?? '', AttachStdin: k.AttachStdin,
    AttachStdout: k.AttachStdout, AttachStderr: k.AttachStderr,
    ExposedPorts: k.ExposedPorts ? new Map(Object.entries(k.ExposedPorts)) : null,
    Tty: k.Tty, OpenStdin: k.OpenStdin, StdinOnce: k.StdinOnce, Env: k.Env ?? null, Cmd: k.Cmd ?? null,
    Image: k.Image, Volumes: k.Volumes ? new Map(Object.entries(k.Volumes)) : null, WorkingDir: k.WorkingDir ?? '',
    Entrypoint: k.Entrypoint ?? null, OnBuild: k.OnBuild ?? null, Labels: new Map(Object.entries(k.Labels ?? {})),
    StopSignal: k.StopSignal ?? '',
    [OMITEMPTY]: ['ExposedPorts', 'StopSignal'],
  };
}

/**
 * container.InspectResponse (moby v28): ContainerJSONBase's fields in order, then Mounts, Config
 * and NetworkSettings. Host paths and network addresses are the sandbox's plausible values.
 */
export function inspectContainer(c: ContainerRecord) {
  const s = c.state;
  const dir = `/var/lib/docker/containers/${c.id}`;
  const started = s.StartedAt !== '0001-01-01T00:00:00Z';
  return {
    Id: c.id,
    Created: c.created,
    Path: c.path,
    Args: c.args,
    State: {
      Status: s.Status, Running: s.Running, Paused: false, Restarting: false, OOMKilled: false, Dead: false,
      Pid: s.Pid, ExitCode: s.ExitCode, Error: '', StartedAt: s.StartedAt, FinishedAt: s.FinishedAt,
    },
    Image: c.image,
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${c.id}-json.log` : '',
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: hostConfig(c),
    GraphDriver: { Data: null, Name: 'overlay2' },
    Mounts: [],
    Config: config(c),
    NetworkSettings: {
      Bridge: '', SandboxID: '', SandboxKey: '', Ports: portMap(c), HairpinMode: false, LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null, EndpointID: '', Gateway: '',
      GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', MacAddress: '',
      Networks: new Map([['bridge', {
        IPAMConfig: null, Links: null, Aliases: null, MacAddress: '', DriverOpts: null, GwPriority: 0, NetworkID: '',
        EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0, DNSNames: null,
      }]]),
    },
    [OMITEMPTY]: [] as string[],
  };
}
