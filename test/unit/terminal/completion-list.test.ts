import { describe, expect, it } from 'vitest';
import { completionList } from '../../../src/terminal/completion-list';
import recorded from './data/bash-readline.json';

// readline's listing of the recorded directory at 60 columns (see data/bash-readline.json,
// case "completion-columns": the rows between the "$ ls" line and the next prompt).
describe('completionList', () => {
  it('lays candidates out as readline does: sorted, down then across, padded', () => {
    const bash = recorded.find((c) => c.name === 'completion-columns')!.output;
    const rows = bash.split('\r\n').slice(1, 6);
    const files = ['日本語.txt', 'gamma', 'alpha.txt', 'zeta.md', 'alpine/', 'beta', 'docs/', 'readme', 'delta-long-name.tar.gz'];
    expect(completionList(files, 60)).toEqual(rows);
  });

  it('uses one fewer column when the columns would fill the width exactly', () => {
    // Items 8 wide + 2 = 10; 30 columns would fit 3 exactly, readline uses 2.
    expect(completionList(['aaaaaaaa', 'bbbbbbbb', 'cccccccc'], 30)).toEqual(['aaaaaaaa  cccccccc', 'bbbbbbbb  ']);
    expect(completionList(['aaaaaaaa', 'bbbbbbbb', 'cccccccc'], 31)).toEqual(['aaaaaaaa  bbbbbbbb  cccccccc']);
  });
});
