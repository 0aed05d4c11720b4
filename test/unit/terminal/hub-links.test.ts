import { describe, expect, it } from 'vitest';
import { hubLinks, pushedRepository } from '../../../src/terminal/hub-links';

const DIGEST = 'sha256:0afdd50b08600f810302eb7db5e8603b80b5146cd71e468d949d2b54cbfe0c70';

describe('hub links in terminal output', () => {
  it('links the repository a push names, and its digest line to that repository', () => {
    const header = 'The push refers to repository [docker.io/learner/app]';
    expect(hubLinks(header)).toEqual([{ start: 31, end: 52, href: '#/hub/r/learner/app' }]);
    expect(header.slice(31, 52)).toBe('docker.io/learner/app');
    expect(pushedRepository(header)).toBe('learner/app');
    const digestLine = `latest: digest: ${DIGEST} size: 741`;
    expect(hubLinks(digestLine, 'learner/app')).toEqual([{ start: 16, end: 16 + 71, href: '#/hub/r/learner/app' }]);
    expect(hubLinks(digestLine)).toEqual([]);
  });

  it('links fully qualified names with a tag, and official images to their page', () => {
    expect(hubLinks('docker.io/learner/app:1.0')).toEqual([{ start: 0, end: 25, href: '#/hub/r/learner/app' }]);
    expect(hubLinks('Status: Downloaded newer image for ubuntu:latest')).toEqual([]);
    expect(hubLinks('docker.io/library/ubuntu:latest')).toEqual([{ start: 0, end: 31, href: '#/hub/_/ubuntu' }]);
    expect(pushedRepository('5f70bf18a086: Preparing')).toBeUndefined();
    expect(hubLinks('localhost:5000/learner/app')).toEqual([]);
  });
});
