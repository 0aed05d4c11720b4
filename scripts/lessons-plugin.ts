// Serves lessons/ to the page at `<base>lessons/` with no build step of lesson content: in dev
// (and preview) every request reads the file from disk, so a lesson edited on disk shows up on
// reload; a build copies the lesson files as they are into dist/lessons/. `index.json` lists
// the lesson directories (those with a lesson.yaml); the page orders them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

const FILE = /^[a-z0-9][a-z0-9-]*\/(lesson\.yaml|[a-zA-Z-]+\.md)$/;

function lessonIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'lesson.yaml')))
    .map((d) => d.name)
    .sort();
}

function lessonFiles(dir: string, id: string): string[] {
  return readdirSync(join(dir, id)).filter((f) => FILE.test(`${id}/${f}`));
}

export function lessonsPlugin(dir = resolve('lessons')): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]);
    const m = /^\/lessons\/(.*)$/.exec(path);
    if (!m) return next();
    const rel = m[1];
    let body: string | undefined;
    let type = 'text/plain; charset=utf-8';
    if (rel === 'index.json') {
      body = JSON.stringify({ lessons: lessonIds(dir) });
      type = 'application/json';
    } else if (FILE.test(rel) && existsSync(join(dir, rel))) {
      body = readFileSync(join(dir, rel), 'utf8');
      type = rel.endsWith('.yaml') ? 'text/yaml; charset=utf-8' : 'text/markdown; charset=utf-8';
    }
    if (body === undefined) return next();
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-cache');
    res.end(body);
  };
  return {
    name: 'layerlab-lessons',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      const ids = lessonIds(dir);
      this.emitFile({ type: 'asset', fileName: 'lessons/index.json', source: JSON.stringify({ lessons: ids }) });
      for (const id of ids)
        for (const f of lessonFiles(dir, id)) this.emitFile({ type: 'asset', fileName: `lessons/${id}/${f}`, source: readFileSync(join(dir, id, f), 'utf8') });
    },
  };
}
