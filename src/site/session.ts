import type { ArticleFiles } from '../read/files.ts';
import { Renderer } from './renderer.ts';
import { SearchThread } from './search.ts';
import { RecordStore } from './store.ts';

/**
 * What a long-running process such as `newsarchive serve` keeps from one build to the next:
 * the record store, read once, the render thread with Eleventy and the templates loaded, and
 * the search thread with Pagefind started. Each build checks that they still fit: a store that
 * another process wrote to since is read again, and a thread that ran other templates, runs
 * at another priority, failed or was stopped is started anew.
 *
 * A session made for a watcher (`watched`) is told which content files changed (`changed`):
 * the next build then looks at those files only, and takes the rest of the folder as the kept
 * store holds it.
 */
export class BuildSession {
  /** `watched`: a watcher tells the session of every change in the content folder. */
  constructor(private readonly watched = false) {}

  private kept: { folder: string; fingerprint: string; store: RecordStore } | null = null;
  /** The content folder whose listing the kept store holds, made by the last build, and that listing. */
  private listed: { folder: string; listing: ArticleFiles } | null = null;
  /** Content files changed since the last build took them, relative to the folder; null when not known. */
  private changes: Set<string> | null = null;
  /** Whether the last build took the changes instead of listing the content folder. */
  private tookChanges = false;
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

  /** Notes that `file` (relative to the content folder) changed; null when something changed that cannot be named. */
  changed(file: string | null): void {
    if (file === null) this.changes = null;
    else this.changes?.add(file);
  }

  /**
   * The files changed in the content folder `folder` since the last build listed it, with that
   * listing, when the kept store of `records` holds it and every change was named; null
   * otherwise, and the folder is to be listed whole. What is noted from now on is for the next build.
   */
  takeChanges(folder: string, records: string, fingerprint: string): { listing: ArticleFiles; changes: ReadonlySet<string> } | null {
    const { listed, changes } = this;
    this.changes = this.watched ? new Set() : null;
    this.listed = null;
    return listed?.folder === folder && changes && this.holdsStore(records, fingerprint) ? { listing: listed.listing, changes } : null;
  }

  /** Notes that the kept store now holds `listing`, of the content folder `folder`, made `fromChanges` or whole. */
  keepListing(folder: string, listing: ArticleFiles, fromChanges: boolean): void {
    this.listed = { folder, listing };
    this.tookChanges = fromChanges;
  }

  /** Whether the last build took the changes it was told of instead of listing the content folder whole. */
  get listedFromChanges(): boolean {
    return this.tookChanges;
  }

  /** Whether `scanned`, a listing of `folder` made apart from the builds, is what the kept store holds of it. */
  holdsListing(folder: string, scanned: ArticleFiles): boolean {
    const store = this.kept?.store;
    if (!store || this.listed?.folder !== folder || Object.keys(store.files).length !== scanned.files.length) return false;
    return scanned.files.every((file, index) => store.unchanged(file, scanned.sizes[index] as number, scanned.mtimes[index] as number) !== undefined);
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
    this.listed = null;
    this.changes = null;
    this.tookChanges = false;
    await Promise.all([this.thread?.renderer.close(), this.search?.close()]);
    this.thread = null;
    this.search = null;
  }

  /** Stops the threads and closes the store. */
  close(): Promise<void> {
    return this.forget();
  }
}
