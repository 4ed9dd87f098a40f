import { Renderer } from './renderer.ts';
import { SearchThread } from './search.ts';
import { RecordStore } from './store.ts';

/**
 * What a long-running process such as `newsarchive serve` keeps from one build to the next:
 * the record store, read once, the render thread with Eleventy and the templates loaded, and
 * the search thread with Pagefind started. Each build checks that they still fit: a store that
 * another process wrote to since is read again, and a thread that ran other templates, runs
 * at another priority, failed or was stopped is started anew.
 */
export class BuildSession {
  private kept: { folder: string; fingerprint: string; store: RecordStore } | null = null;
  private thread: { code: string; renderer: Renderer } | null = null;
  private search: SearchThread | null = null;

  /** Whether `store` would hand over the store in `folder` without reading it. */
  holdsStore(folder: string, fingerprint: string): boolean {
    return this.keptStore(folder, fingerprint) !== null;
  }

  /** The record store in `folder`: the one kept from the last build, or read afresh. */
  store(folder: string, fingerprint: string): RecordStore {
    const kept = this.keptStore(folder, fingerprint);
    if (kept) return kept;
    this.kept?.store.close();
    const store = RecordStore.open(folder, fingerprint);
    this.kept = { folder, fingerprint, store };
    return store;
  }

  /** The store kept from the last build, if it is of `folder` and no other process wrote to it since. */
  private keptStore(folder: string, fingerprint: string): RecordStore | null {
    const kept = this.kept;
    return kept && kept.folder === folder && kept.fingerprint === fingerprint && kept.store.unchangedOnDisk() ? kept.store : null;
  }

  /** The render thread for templates and render code with the fingerprint `code`; `background` as in `Renderer`, when one is started. */
  renderer(code: string, background = false): Renderer {
    if (this.thread && this.thread.code === code && this.thread.renderer.usable) return this.thread.renderer;
    void this.thread?.renderer.close();
    const renderer = new Renderer(background);
    this.thread = { code, renderer };
    return renderer;
  }

  /** The search thread, at a low priority when `background`; as in `SearchThread`. */
  searchThread(background: boolean): SearchThread {
    if (this.search && this.search.background === background && this.search.usable) return this.search;
    void this.search?.close();
    this.search = new SearchThread(background);
    return this.search;
  }

  /** Forgets what the last build left: after a failed build nothing of it is trusted. */
  async forget(): Promise<void> {
    this.kept?.store.close();
    this.kept = null;
    await Promise.all([this.thread?.renderer.close(), this.search?.close()]);
    this.thread = null;
    this.search = null;
  }

  /** Stops the threads and closes the store. */
  close(): Promise<void> {
    return this.forget();
  }
}
