import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import type { BuildSummary } from '../../src/site/build.ts';
import { serveSite } from '../../src/site/serve.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { newsText, writeArticle } from '../support/articles.ts';
import { CONTENT, PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';

test('should serve the site and rebuild it incrementally when an article is added', async () => {
  const folder = await temporaryFolder();
  const content = path.join(folder.path, 'content');
  await cp(CONTENT, content, { recursive: true });
  const settings = { ...(await loadSettings(PROJECT_ROOT)), content, output: path.join(folder.path, 'site') };
  const builds: (BuildSummary | Error)[] = [];
  let rebuilt: () => void = () => {};
  const port = 20000 + (process.pid % 20000);
  const server = await serveSite(settings, port, {
    cacheDir: path.join(folder.path, 'cache'),
    onBuild: (result) => {
      builds.push(result);
      rebuilt();
    },
  });
  try {
    const home = await (await fetch(`http://localhost:${port}/`)).text();
    assert.match(home, /<h1 class="page-title">Tidslinje<\/h1>/);

    const next = new Promise<void>((resolve) => (rebuilt = resolve));
    await writeArticle(content, 'ny.txt', newsText(1, 5));
    await next;
    const latest = builds.at(-1);
    assert.ok(latest && !(latest instanceof Error), String(latest));
    assert.equal(latest.mode, 'incremental');
    assert.equal(latest.articles, 3);
    const page = await (await fetch(`http://localhost:${port}/2022/03/lars-loekke-rasmussen-besoeger-tyskland-for-1-gang/`)).text();
    assert.match(page, /<h1 class="article__headline">Lars Løkke Rasmussen besøger Tyskland for 1\. gang<\/h1>/);
  } finally {
    await server.close();
    await folder.remove();
  }
});
