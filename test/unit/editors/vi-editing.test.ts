import { describe, expect, it } from 'vitest';
import { viProgram } from '../../../src/shell/editors/vi/vi-program';
import { EditorRun, recorded } from './editor-harness';

// Every expected screen was recorded from Debian's vim 9.0 (vim.basic, defaults.vim) in an
// 80x24 tmux by fixtures/record-vim.sh, with the very steps listed here, e.g.
//   fixtures/record-vim.sh vim-undo Dockerfile "$DOCKERFILE" dd 'j dd' u ...
// A step is what the script hands `tmux send-keys`: words are keys typed one by one, 'quoted'
// words are literal text, Enter, Escape and C-r are named keys.
const DOCKERFILE = 'FROM ubuntu:22.04\nRUN apt-get update\nRUN apt-get install -y curl\nCOPY app.py /app/\nCMD ["python3", "/app/app.py"]\n';

const NAMED: Record<string, string> = { Enter: '\r', Escape: '\x1b', 'C-r': '\x12' };

function keysOf(step: string): string[] {
  return (step.match(/'[^']*'|\S+/g) ?? []).flatMap((w) => (w.startsWith("'") ? [...w.slice(1, -1)] : NAMED[w] ? [NAMED[w]] : [...w]));
}

/** Opens `content` as Dockerfile, checks the opening screen, then each step's screen against NAME.N. */
async function replay(name: string, content: string, steps: string[]): Promise<EditorRun> {
  const run = new EditorRun();
  run.fs.writeFile('/work/Dockerfile', new TextEncoder().encode(content));
  await run.start(viProgram('vim'), ['vim', 'Dockerfile']);
  expect(run.text()).toBe(recorded(`${name}.0`));
  for (const [i, step] of steps.entries()) {
    await run.type(...keysOf(step));
    expect(run.text(), `${name}.${i + 1} after ${step}`).toBe(recorded(`${name}.${i + 1}`));
  }
  return run;
}

const lastLine = (run: EditorRun) => run.text().split('\n').at(-1);

describe('vim undo and redo', () => {
  it('u and Ctrl-R walk the changes with vim\'s messages, and a change after undo gets the next number', async () => {
    await replay('vim-undo', DOCKERFILE, ['dd', 'j dd', 'u', 'u', 'u', 'C-r', 'C-r', 'C-r', 'u u', 'x', 'u', "i x Escape", 'u']);
  });
});

describe('vim :s', () => {
  it('substitutes on a line or a range, reports past 2 substitutions, and says E486, E16, E488', async () => {
    const run = await replay('vim-subst', DOCKERFILE, [
      "':s/ubuntu/debian/' Enter", "':s/zzz/y/' Enter", "':%s/apt-get/apt/g' Enter", "':%s/app/srv/g' Enter", 'u',
      "':%s/p/P/g' Enter", 'u', "G ':s/p/P/g' Enter", "':%s/[A-Z]/x/' Enter", 'u', "':%s/RUN/run' Enter", 'n',
      "':s/' Enter", "':9s/a/b/' Enter", "':s/q/r/e' Enter", "':%s/R/r/x' Enter", "':%s/\\(a\\)p/\\U\\1\\E-~/' Enter",
      "':1s/ /\\r/' Enter",
    ]);
    // vim asks about each match with the c flag; the sandbox says it cannot.
    await run.type(...keysOf("':%s/y/Y/gc' Enter"));
    expect(lastLine(run)).toBe("layerlab: the :s flag 'c' is not available in this sandbox".padEnd(62) + '2,1           All');
    await run.type(...keysOf("':wq' Enter"));
    expect(run.file('/work/Dockerfile')).toBe('FROM\ndebian:22.04\nrun A-rt update\nrun A-rt install -y curl\nCOPY A-rp.py /app/\nCMD ["Python3", "/aPP/aPP.Py"]\n');
  });
});

describe('vim visual mode', () => {
  it('v and V select (showcmd counts), d y p P act on the selection, : starts :\'<,\'>', async () => {
    const run = await replay('vim-visual', DOCKERFILE, [
      'w', 'v', 'l l', 'j', 'd', 'u', 'V', 'j', 'y', 'G p', 'V k k', 'y', 'gg v w w', 'y', '$ p', '0 v e', 'P',
      'V j d', 'v j', 'Escape', 'w v j e y', '$ p', 'V p', 'v k :', "'s/^/# /' Enter",
    ]);
    await run.type(...keysOf("':q!' Enter"));
    expect(await run.status).toBe(0);
  });

  it('draws the selection in reverse video', async () => {
    const run = new EditorRun();
    run.fs.writeFile('/work/Dockerfile', new TextEncoder().encode(DOCKERFILE));
    await run.start(viProgram('vim'), ['vim', 'Dockerfile']);
    await run.type('w', 'v', 'e');
    expect(run.output.at(-1)).toContain('FROM \x1b[7mu\x1b[0m\x1b[7mb\x1b[0m');
  });
});

describe('vim . repeat', () => {
  it('repeats x, dd, 2dd, A, o, r and p, and a count replaces the count', async () => {
    await replay('vim-repeat', DOCKERFILE + 'EXPOSE 8080\nENV A=1\n', [
      'x', '.', 'j dd', '.', '2', 'd', 'd', '.', "A '!!' Escape", 'k .', "o 'hi' Escape", '.', 'r z', 'k .', 'p', '.', 'u', '3 .',
    ]);
  });
});

describe('vim :set number', () => {
  it('shows line numbers (wrapped lines indented), turns them off, toggles and queries them', async () => {
    const long = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl python3 python3-pip git vim less && rm -rf /var/lib/apt/lists/*\n\tCOPY app.py /app/\n';
    const run = await replay('vim-number', long, [
      "':set nu' Enter", 'j $', "':set nonu' Enter", "':set number' Enter", "':set number?' Enter", "':set nu!' Enter",
      "':set nonumber?' Enter", "':set invnumber' Enter", 'j',
    ]);
    // Numbers in LineNr's colour, as recorded (tmux capture-pane -e: colour 130).
    expect(run.output.slice(-2).join('')).toContain('\x1b[38;5;130m  1 \x1b[0m');
    // Options the sandbox does not simulate are said to be unavailable, not pretended.
    await run.type(...keysOf("':set ai' Enter"));
    expect(lastLine(run)).toBe("layerlab: ':set ai' is not available in this sandbox".padEnd(62) + '3,18-25       All');
  });
});

describe('vim motions', () => {
  it('G gg $ 0 w b e, with counts, across lines', async () => {
    await replay('vim-motion', DOCKERFILE, ['G', 'gg', '$', '0', 'w', 'w', 'b', 'e', '3 w', '2 G', 'w e e', '$ w', 'k b']);
  });
});

describe('vim from a pipe', () => {
  it('prints :s reports, undo and redo messages and errors, never the echoed ex command', async () => {
    const run = new EditorRun(false);
    run.fs.writeFile('/work/Dockerfile', new TextEncoder().encode(DOCKERFILE));
    await run.start(viProgram('vim'), ['vi', 'Dockerfile']);
    for (const line of [':%s/p/P/g', ':1', ':s/ubuntu/debian/', ':s/zz/y/', 'u', '\x12', ':wq']) await run.type(...line, '\r');
    expect(await run.status).toBe(0);
    expect(run.output.join('')).toBe('"Dockerfile" 5L, 114B\n14 substitutions on 4 lines\nE486: Pattern not found: zz\n1 change; before #2  0 seconds ago\n1 change; after #2  0 seconds ago\n"Dockerfile" 5L, 114B written\n');
    expect(run.file('/work/Dockerfile')).toBe(DOCKERFILE.replace('ubuntu', 'debian').replace(/p/g, 'P'));
  });
});
