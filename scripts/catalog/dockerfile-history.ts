import { parseDockerfile } from '../../src/engine/builder/dockerfile-parser';
import { parseInstructions, type Instruction } from '../../src/engine/builder/instructions';
import { ShellLex } from '../../src/engine/builder/shell-lex';
import { applyInstruction, type StepState } from '../../src/engine/builder/dispatch';
import type { Engine } from '../../src/engine/engine';
import type { ContainerConfig, HistoryEntry, ImageConfig } from '../../src/engine/image/image-config';

/**
 * Runs the last stage of a real Dockerfile (docker-library's, kept under scripts/catalog/sources/)
 * through the sandbox's own BuildKit dispatch, without executing anything: the history entries
 * BuildKit writes (`RUN /bin/sh -c ... # buildkit`, `ENV K=v`, `EXPOSE map[80/tcp:{}]`, comment
 * buildkit.dockerfile.v0) and the final config. RUN/COPY/ADD steps are the image's layers; the
 * caller supplies their contents in the same order.
 */
export interface DockerfileStep {
  cmd: string;
  history: HistoryEntry;
  /** COPY/ADD arguments as written (["docker-entrypoint.sh", "/"]). */
  args: string[];
}

export interface DockerfileResult {
  config: ContainerConfig;
  steps: DockerfileStep[];
}

// BuildKit commits WORKDIR as a layer too (empty when the directory exists: repo-info's httpd:2.4 lists it)
const LAYER_CMDS = new Set(['run', 'copy', 'add', 'workdir']);

export async function dockerfileHistory(text: string, base: ContainerConfig, created: string, buildArgs: Record<string, string> = {}): Promise<DockerfileResult> {
  const parsed = parseDockerfile(text);
  const { stages } = parseInstructions(parsed.nodes);
  const stage = stages[stages.length - 1];
  const lex = new ShellLex(parsed.escapeToken);
  let state: StepState = {
    imageId: 'base',
    ref: '',
    config: { architecture: 'amd64', os: 'linux', config: structuredClone(base), rootfs: { type: 'layers', diff_ids: [] }, history: [] } as ImageConfig,
    env: new Map(),
    shell: ['/bin/sh', '-c'],
  };
  const steps: DockerfileStep[] = [];
  let cmdSet = false;
  for (const ins of stage.commands) {
    const layer = LAYER_CMDS.has(ins.cmd);
    const buildkitText = ins.cmd === 'copy' || ins.cmd === 'add' ? copyText(ins) : undefined;
    const applied = ins.cmd === 'copy' || ins.cmd === 'add'
      ? { config: state.config.config, buildkitText: buildkitText!, state: undefined }
      : await applyInstruction(undefined as unknown as Engine, { state, ins, lex, buildArgs, used: new Set(), context: undefined as never, stages: new Map(), kind: 'buildkit' } as Parameters<typeof applyInstruction>[1]);
    const config = structuredClone(applied.config);
    // BuildKit's dispatchEntrypoint drops an inherited CMD unless this stage set one
    if (ins.cmd === 'entrypoint' && !cmdSet) config.Cmd = null;
    if (ins.cmd === 'cmd') cmdSet = true;
    state = { ...state, ...(applied.state ?? {}), config: { ...state.config, config } };
    const history: HistoryEntry = { created, created_by: applied.buildkitText, comment: 'buildkit.dockerfile.v0' };
    if (!layer) history.empty_layer = true;
    steps.push({ cmd: ins.cmd, history, args: ins.node.args });
  }
  return { config: state.config.config, steps };
}

/** BuildKit records COPY/ADD as written, flags and all, with its " # buildkit" mark. */
function copyText(ins: Instruction): string {
  return `${ins.cmd.toUpperCase()} ${ins.node.original.trim().replace(/^\S+\s+/, '')} # buildkit`;
}
