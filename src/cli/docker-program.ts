import type { Program } from '../shell/process';
import type { DockerDeps } from './docker-deps';
import { DockerCli } from './framework/docker-cli';
import type { CommandSpec } from './framework/command';
import { imageLs } from './commands/image-ls';
import { imageHistory } from './commands/image-history';
import { imageTag } from './commands/image-tag';
import { imageRm } from './commands/image-rm';
import { containerLs } from './commands/container-ls';
import { containerCommit } from './commands/container-commit';
import { containerRun } from './commands/container-run';
import { containerCreate, containerStart, containerStop, containerRm, containerDiff, containerKill } from './commands/container-lifecycle';
import { imageSave } from './commands/image-save';
import { imageLoad } from './commands/image-load';
import { containerExport } from './commands/container-export';
import { imageImport } from './commands/image-import';
import { imageBuild } from './commands/image-build';
import { inspect, imageInspect, containerInspect } from './commands/inspect';
import { containerExec } from './commands/container-exec';
import { containerLogs } from './commands/container-logs';
import { containerRestart, containerRename, containerWait, containerPort } from './commands/container-manage';
import { containerTop } from './commands/container-top';
import { containerPrune, imagePrune, systemPrune } from './commands/prune';

import { imagePull } from './commands/image-pull';
import { imagePush } from './commands/image-push';
import { registrySearch } from './commands/registry-search';
import { registryLogin } from './commands/registry-login';
import { registryLogout } from './commands/registry-logout';
import { containerCp } from './commands/container-cp';
import { containerStats } from './commands/container-stats';
import { systemDf } from './commands/system-df';
import { systemVersion } from './commands/system-version';
import { systemInfo } from './commands/system-info';
import { containerAttach } from './commands/container-attach';

export const DOCKER_VERSION = '28.2.2, build e6534b4';

/** The commands this sandbox simulates; `docker --help` lists exactly these. */
export function dockerCommands(d: DockerDeps): CommandSpec[] {
  return [
    containerRun(d), containerLs(d), imageLs(d), containerCreate(d), containerStart(d), containerStop(d),
    containerKill(d), containerRm(d), containerDiff(d), containerCommit(d), imageHistory(d), imageTag(d), imageRm(d),
    imageSave(d), imageLoad(d), containerExport(d), imageImport(d),
    imageBuild(d),
    inspect(d), imageInspect(d), containerInspect(d),
    containerExec(d), containerLogs(d), containerRestart(d), containerRename(d), containerWait(d), containerPort(d), containerTop(d), containerPrune(d), imagePrune(d), systemPrune(d),
    imagePull(d), imagePush(d), registrySearch(d), registryLogin(d), registryLogout(d),
    containerCp(d), containerStats(d), systemDf(d), systemVersion(d), systemInfo(d), containerAttach(d),
    // New commands: add one line here (keep this list the single registry of what the sandbox simulates).
  ];
}

/** The `docker` program on the host: the CLI dispatcher over the sandbox's engine. */
export function dockerProgram(d: DockerDeps): Program {
  const cli = new DockerCli({
    commands: dockerCommands(d),
    groups: [
      { name: 'container', short: 'Manage containers' },
      { name: 'image', short: 'Manage images' },
      { name: 'system', short: 'Manage Docker' },
    ],
    version: DOCKER_VERSION,
  });
  return (ctx) => cli.run(ctx);
}
