import { watch } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Settings } from '../model/index.ts';
import type { BuildOptions, BuildSummary } from './build.ts';
import { buildSite } from './build.ts';
import { scanInThread } from './load.ts';
import { PACKAGE_ROOT, TEMPLATES_DIR } from './paths.ts';
import { BuildSession } from './session.ts';

export interface DevServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Run from the command line's bundle, the render thread loads the templates from that bundle:
 * after a template changed, the bundle is made anew before the next build. From the sources
 * (through tsx) every new thread reads the templates as they are.
 */
async function refreshBundle(): Promise<void> {
  if (import.meta.url.endsWith('.ts')) return;
  const { ensureBundle } = (await import(pathToFileURL(path.join(PACKAGE_ROOT, 'bin', 'bundle.js')).href)) as { ensureBundle: (root: string) => Promise<string> };
  await ensureBundle(PACKAGE_ROOT);
}

/** Waits this long after the last change before rebuilding, so a burst of saves builds once. */
const SETTLE_MS = 150;

/**
 * Builds, serves the output with Eleventy's dev server, and on every change in the content
 * folder or the templates runs the same incremental build as `newsarchive build`, then reloads
 * the browser. The record store and the render thread stay loaded between builds.
 */
export async function serveSite(
  settings: Settings,
  port: number,
  options: BuildOptions & { onBuild?: (summary: BuildSummary | Error, milliseconds: number) => void } = {},
): Promise<DevServer> {
  const report = options.onBuild ?? (() => {});
  // The record store and the render thread are kept from one build to the next.
  const session = new BuildSession(true);
  const build = async () => {
    const started = performance.now();
    try {
      await refreshBundle();
      report(await buildSite(settings, { ...options, session }), performance.now() - started);
    } catch (error) {
      report(error instanceof Error ? error : new Error(String(error)), performance.now() - started);
    }
  };
  await build();

  // Imported here: builds do not need the server, and it takes a sixth of a second to load.
  const { default: EleventyDevServer } = await import('@11ty/eleventy-dev-server');
  const server = EleventyDevServer.getServer('newsarchive', path.resolve(settings.output), {
    pathPrefix: settings.pathPrefix,
    liveReload: true,
    domDiff: false,
    watch: [],
    logger: { info: () => {}, log: () => {}, error: (message: unknown) => report(new Error(String(message)), 0) },
  });
  server.serve(port);

  let timer: NodeJS.Timeout | undefined;
  /**
   * After a build that took the watcher's word for what changed, a thread lists the content
   * folder whole: a change the watcher missed (a file written into a folder just made, say) is
   * built then, with the folder listed whole.
   */
  const verify = async () => {
    if (!session.listedFromChanges) return;
    const listing = await scanInThread(content, Number.POSITIVE_INFINITY, 0).catch(() => null);
    if (listing && session.holdsListing(content, listing.scanned)) return;
    session.changed(null);
    schedule();
  };
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        await build();
        server.reload({ files: [] });
        await verify();
      });
    }, SETTLE_MS);
  };
  // A build after a change in the content folder looks at the files the watcher names; a
  // change it cannot name has the next build list the folder whole.
  const content = path.resolve(settings.content);
  const watchers = [
    watch(content, { recursive: true }, (_event, file) => {
      session.changed(file);
      schedule();
    }),
    watch(TEMPLATES_DIR, { recursive: true }, schedule),
  ];
  return {
    url: `http://localhost:${port}${settings.pathPrefix}`,
    close: async () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
      await session.close();
      await server.close();
    },
  };
}
