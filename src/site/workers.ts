import { setPriority } from 'node:os';
import { Worker, type WorkerOptions, workerData } from 'node:worker_threads';

/**
 * Starts one of newsarchive's worker threads by name (`parse-worker`, `render-worker`): the
 * compiled bundle next to this module, or the TypeScript source through tsx.
 */
export function startWorker(name: string, options: WorkerOptions = {}): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`, { ...options, eval: true });
}

/**
 * Lowers the priority of the calling thread to the nice value `nice`; processes it starts
 * inherit it. Only on Linux, where a nice value belongs to one thread: elsewhere it would
 * lower the whole process.
 */
export function lowerThreadPriority(nice: number): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(nice);
  } catch {
    // Not allowed here: the thread keeps its priority.
  }
}

/** In a worker thread started with `workerData.background`, lowers its priority to `nice`. */
export function lowerPriorityInBackground(nice: number): void {
  if ((workerData as { background?: boolean } | null)?.background) lowerThreadPriority(nice);
}
