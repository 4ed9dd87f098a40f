import { parentPort } from 'node:worker_threads';
import type { RenderJob } from './render.ts';
import { loadEleventy, renderWithEleventy } from './render.ts';
import { lowerPriorityInBackground } from './workers.ts';

/** The nice value of a render thread in the background: below planning, above search indexing. */
const BACKGROUND_NICE = 5;

lowerPriorityInBackground(BACKGROUND_NICE);

// Eleventy is imported as soon as the thread starts, while the main thread plans the pages.
const ready = loadEleventy();

/** A worker thread that renders pages with Eleventy: a `RenderJob` in, `{ok}` or `{error}` out. */
parentPort?.on('message', async (job: RenderJob) => {
  try {
    await ready;
    await renderWithEleventy(job);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
