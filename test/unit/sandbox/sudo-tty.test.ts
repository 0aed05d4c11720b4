import { describe, expect, it } from 'vitest';
import { hostSession, recorded } from './sudo-recorded';
import { scripted } from '../docker-extra/scripted-terminal';


/**
 * What the recording's pty showed after the command started: script(1) echoed the typed-ahead
 * input before the shell ran (dropped here), bash 5.2 brackets each prompt with bracketed-paste
 * mode switches, and the pty ends lines with CR LF.
 */
function screenOf(name: string): string {
  const raw = recorded[name].stdout;
  const start = raw.indexOf('\x1b[?2004h');
  return raw.slice(start).replace(/\x1b\[\?2004h/g, '').replace(/\x1b\[\?2004l\r/g, '').replace(/\r\n/g, '\n');
}

describe('root shells at a terminal: the prompt, and exit back to the learner (fixtures/sudo/recorded.json)', () => {
  const cases: [string, string[]][] = [
    ['i-tty', ['id -un', 'exit']],
    ['s-tty', ['exit']],
    ['su-tty', ['exit']],
    ['su-dash-tty', ['exit']],
  ];
  for (const [name, typed] of cases) {
    it(`${name}: ${recorded[name].cmd}`, async () => {
      const { sb } = await hostSession();
      const cmd = recorded[name].cmd;
      const term = scripted([cmd, ...typed, 'id -un']);
      await sb.runTerminal(term);
      expect(term.screen).toBe(`learner@layerlab:~$ ${cmd}\n${screenOf(name)}learner@layerlab:~$ id -un\nlearner\nlearner@layerlab:~$ `);
    });
  }

  it('su as the learner asks for a password and fails: root has none to give', async () => {
    for (const name of ['su-learner-tty', 'su-root-tty']) {
      const { sb } = await hostSession();
      const cmd = recorded[name].cmd;
      const term = scripted([cmd, 'hunter2', 'echo $?']);
      await sb.runTerminal(term);
      // The recording's leading newline is the pty echoing the Enter typed ahead of the prompt.
      const shown = recorded[name].stdout.replace(/\r\n/g, '\n').replace(/^\n/, '');
      expect(recorded[name].code).toBe(1);
      expect(term.screen).toBe(`learner@layerlab:~$ ${cmd}\n${shown}learner@layerlab:~$ echo $?\n1\nlearner@layerlab:~$ `);
    }
  });

  it('`echo exit` in a root login shell prints exit; only the shell leaving says logout', async () => {
    const { sb } = await hostSession();
    const term = scripted(['sudo -i', 'echo exit', 'exit']);
    await sb.runTerminal(term);
    expect(term.screen).toBe(`learner@layerlab:~$ sudo -i\nroot@layerlab:~# echo exit\nexit\nroot@layerlab:~# exit\nlogout\nlearner@layerlab:~$ `);
  });

  it('files a root shell creates are root\'s, and its history goes to /root', async () => {
    const { sb, run } = await hostSession();
    const term = scripted(['cd /opt', 'sudo su', 'mkdir made && cd made', 'exit', 'stat -c "%U %G %n" /opt/made', 'sudo cat /root/.bash_history']);
    await sb.runTerminal(term);
    expect(term.screen).toBe([
      'learner@layerlab:~$ cd /opt',
      'learner@layerlab:/opt$ sudo su',
      'root@layerlab:/opt# mkdir made && cd made',
      'root@layerlab:/opt/made# exit',
      'exit',
      'learner@layerlab:/opt$ stat -c "%U %G %n" /opt/made',
      'root root /opt/made',
      'learner@layerlab:/opt$ sudo cat /root/.bash_history',
      'mkdir made && cd made',
      'exit',
      'learner@layerlab:/opt$ ',
    ].join('\n'));
    // /root is 0700: only root can look inside it.
    expect((await run('sudo ls -ld /root/.bash_history')).out).toMatch(/^-rw------- 1 root root /);
  });
});
