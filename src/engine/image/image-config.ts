/**
 * The OCI image config with Docker's extensions (moby/docker-image-spec), field names as Docker
 * writes them. Optional fields are absent rather than null, except where Docker writes null.
 */
export interface ContainerConfig {
  Hostname?: string;
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number };
  ArgsEscaped?: boolean;
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  OnBuild?: string[] | null;
  StopSignal?: string;
  Shell?: string[];
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageConfig {
  architecture: string;
  author?: string;
  config: ContainerConfig;
  created?: string;
  history: HistoryEntry[];
  os: string;
  rootfs: { type: 'layers'; diff_ids: string[] };
  variant?: string;
  /** Classic store extras written by docker commit (ignored by loaders). */
  container?: string;
}

/** Docker's default PATH, as images based on Debian/Ubuntu/Alpine carry it. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
