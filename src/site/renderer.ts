import type { Worker } from 'node:worker_threads';
import type { RenderJob } from './render.ts';
import { startWorker } from './workers.ts';

/** Room for Eleventy and one batch of pages, with a margin. */
const RENDER_HEAP_MB = 320;

/** An Eleventy render thread, started early so that Eleventy loads while pages are planned. */
export class Renderer {
  private readonly worker: Worker;
  private failure: Error | null = null;
  private closed = false;

  /**
   * `background`: at a lower priority, so that Eleventy loads while the pages are planned
   * without slowing the planning down; the rendering that follows has the processor to itself.
   */
  constructor(background = false) {
    // A bounded heap makes the thread collect garbage between batches instead of growing.
    // Eleventy's module resolver lets a long-running Eleventy import templates again after they
    // change. A render thread renders with one version of the templates (a change starts a new
    // one), so it is not needed, and on Node.js 20 it runs in a thread of its own that every
    // import waits for (a third of Eleventy's start-up).
    const env = { ...process.env, ELEVENTY_SKIP_ESM_RESOLVER: '1' };
    this.worker = startWorker('render-worker', { env, workerData: { background }, resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB } });
    this.worker.once('error', (error) => (this.failure = error));
  }

  /** Renders one batch of pages; jobs run one after the other. */
  render(job: RenderJob): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (result: { ok: boolean; error?: string }) => {
        this.worker.off('error', onError);
        if (result.ok) resolve();
        else reject(new Error(`Rendering failed: ${result.error ?? 'unknown error'}`));
      });
      this.worker.postMessage(job);
    });
  }

  /** Whether the thread can take jobs: it has not failed and was not stopped. */
  get usable(): boolean {
    return this.failure === null && !this.closed;
  }

  /** Stops the thread; closing twice is harmless. */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}
