/** What a build reports while it runs; the command line draws it. */
export interface Progress {
  /** Files looked at, and of those parsed anew, out of all. */
  read(done: number, total: number, parsed: number): void;
  /** The archive was enriched and its pages planned: `pages` in all, `changed` of them to render. */
  planned(pages: number, changed: number): void;
  rendered(done: number, total: number): void;
  indexed(done: number, total: number): void;
}

export const silentProgress: Progress = {
  read: () => {},
  planned: () => {},
  rendered: () => {},
  indexed: () => {},
};
