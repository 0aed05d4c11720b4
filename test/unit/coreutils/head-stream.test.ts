import { describe, expect, it } from 'vitest';
import { session } from '../docker-extra/session';

// Recorded from bash 5.2 + GNU coreutils 9.1: `yes | head -2; echo "s=$?"` prints y, y, s=0.
describe('head stops reading a pipe once it has its lines (the writer gets SIGPIPE)', () => {
  it('yes | head -2, yes abc | head -c 5, yes | head -n 3 | wc -l', async () => {
    const { run } = await session();
    expect(await run('yes | head -2; echo "s=$?"')).toEqual({ out: 'y\ny\ns=0\n', err: '', code: 0 });
    expect(await run('yes abc | head -c 5; echo')).toEqual({ out: 'abc\na\n', err: '', code: 0 });
    expect(await run('yes | head -n 3 | wc -l')).toEqual({ out: '3\n', err: '', code: 0 });
  }, 10_000);
});
