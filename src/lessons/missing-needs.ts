import type { Sandbox } from '../sandbox/sandbox';

/**
 * The features a lesson needs that this sandbox does not simulate yet: "docker <command>" is
 * asked of the docker CLI itself (it says "not available in this sandbox"), any other word
 * names a program that must exist.
 */
export async function missingNeeds(sandbox: Sandbox, needs: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const need of needs) {
    const words = need.trim().split(/\s+/);
    if (words[0] === 'docker' && words.length > 1) {
      let out = '';
      await sandbox.exec(`${need} --help`, { write: (s) => void (out += s) });
      if (/is not available in this sandbox|is not a docker command|unknown command/.test(out)) missing.push(need);
    } else if (!sandbox.programs.has(words[0])) missing.push(need);
  }
  return missing;
}
