import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import type { BuildSummary } from '../../src/site/build.ts';
import { serveSite } from '../../src/site/serve.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { newsText, writeArticle } from '../support/articles.ts';
import { differencesFromFullBuild } from '../support/full-build.ts';
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

test('should rebuild what the watcher reports: edits, deletions, and files in a folder made while serving', { timeout: 120_000 }, async () => {
  const folder = await temporaryFolder();
  const content = path.join(folder.path, 'content');
  await cp(CONTENT, content, { recursive: true });
  for (let index = 0; index < 4; index++) await writeArticle(content, `2022/marts-${index}.txt`, newsText(index, 1 + index));
  const settings = { ...(await loadSettings(PROJECT_ROOT)), content, output: path.join(folder.path, 'site') };
  const builds: (BuildSummary | Error)[] = [];
  const port = 20000 + ((process.pid + 3) % 20000);
  const server = await serveSite(settings, port, { cacheDir: path.join(folder.path, 'cache'), onBuild: (result) => builds.push(result) });
  /** Runs `change`, then waits until a build after it has `articles` and no other followed for a second; returns that build. */
  const settled = async (change: () => Promise<void>, articles: number) => {
    const before = builds.length;
    await change();
    for (let seen = before, quiet = 0; quiet < 10; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const latest = builds.at(-1);
      if (builds.length !== seen || builds.length === before || !latest || latest instanceof Error || latest.articles !== articles) {
        seen = builds.length;
        quiet = 0;
      } else {
        quiet++;
      }
    }
    return builds.at(-1) as BuildSummary;
  };
  try {
    const edited = await settled(() => writeArticle(content, '2022/marts-1.txt', newsText(1, 2).replace('Vi har meget', 'Vi har lidt')), 6);
    assert.equal(edited.mode, 'incremental');
    assert.ok(edited.rendered > 0);
    assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
    assert.ok((await settled(() => rm(path.join(content, '2022/marts-2.txt')), 5)).removed > 0);
    assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
    await settled(async () => {
      await mkdir(path.join(content, '2023/01'), { recursive: true });
      await writeArticle(content, '2023/01/ny.txt', newsText(9, 8));
    }, 6);
    assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
  } finally {
    await server.close();
    await folder.remove();
  }
});

test('should render with an edited template when serving from the bundle, and leave no stale page for the next build', { timeout: 180_000 }, async () => {
  // A copy of the package, so its templates can be edited and its bundle made in its own folder.
  const folder = await temporaryFolder();
  const root = path.join(folder.path, 'newsarchive');
  for (const entry of ['bin', 'src', 'templates', '.eleventy.ts', 'package.json', 'newsarchive.config.json']) {
    await cp(path.join(PROJECT_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  const content = path.join(folder.path, 'content');
  await cp(CONTENT, content, { recursive: true });
  const site = ['--content', content, '--output', path.join(folder.path, 'site'), '--cache-dir', path.join(folder.path, 'cache')];
  const port = 20000 + ((process.pid + 7) % 20000);
  const server = spawn(process.execPath, [path.join(root, 'bin', 'newsarchive.js'), 'serve', '--port', String(port), ...site], { cwd: root });
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(output)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  const printed = (pattern: RegExp) => new Promise<void>((resolve) => (pattern.test(output) ? resolve() : waiters.push({ pattern, resolve })));
  try {
    await printed(/Serving http/);
    const footer = async () => /<footer class="site-footer">\s*<div class="wrap">\s*<p>([^<]*)<\/p>/.exec(await (await fetch(`http://localhost:${port}/`)).text())?.[1];
    assert.equal(await footer(), 'Nyhedsarkivet · Danske nyhedsartikler samlet i et søgbart arkiv, ordnet efter år, måned og dag.');

    const layout = path.join(root, 'templates', 'layout.ts');
    await writeFile(layout, (await readFile(layout, 'utf8')).replace('<p>${site.title} · ${site.description}</p>', '<p>${site.title} — redigeret skabelon</p>'));
    await printed(/Built \d+ pages[^\n]*\n[^]*Built \d+ pages/);
    assert.equal(await footer(), 'Nyhedsarkivet — redigeret skabelon');
  } finally {
    server.kill('SIGINT');
    await once(server, 'exit');
  }
  try {
    const build = spawnSync(process.execPath, [path.join(root, 'bin', 'newsarchive.js'), 'build', ...site], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stdout, /^Updated 0 of \d+ pages/);
    assert.match(await readFile(path.join(folder.path, 'site', 'index.html'), 'utf8'), /<p>Nyhedsarkivet — redigeret skabelon<\/p>/);
  } finally {
    await folder.remove();
  }
});
