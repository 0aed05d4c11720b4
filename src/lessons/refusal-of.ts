import type { LessonSpec } from './lesson-schema';

type Refusal = LessonSpec['refusals'][number];

/**
 * The refusal an argv falls under: "docker commit" matches `docker commit ...` and the
 * management form `docker container commit ...` (docker/cli aliases both to one command).
 */
export function refusalOf(refusals: readonly Refusal[], argv: readonly string[]): Refusal | undefined {
  const args = [argv[0].split('/').pop() ?? argv[0], ...argv.slice(1).filter((a) => !a.startsWith('-'))];
  return refusals.find((r) => {
    const words = r.command.trim().split(/\s+/);
    const starts = (from: string[]) => words.every((w, i) => from[i] === w);
    if (starts(args)) return true;
    return args[0] === 'docker' && (args[1] === 'container' || args[1] === 'image') && starts([args[0], ...args.slice(2)]);
  });
}
