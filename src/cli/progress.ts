import type { Progress } from '../site/progress.ts';
import type { Io } from './io.ts';
import { seconds } from './report.ts';

/** Redraws a terminal line at most this often. */
const FRAME_MS = 100;

type Phase = 'read' | 'planned' | 'rendered' | 'indexed';

const LABELS: Record<Phase, { doing: string; done: string; one: string; many: string }> = {
  read: { doing: 'Reading', done: 'Read', one: 'file', many: 'files' },
  planned: { doing: 'Planning', done: 'Planned', one: 'page', many: 'pages' },
  rendered: { doing: 'Rendering', done: 'Rendered', one: 'page', many: 'pages' },
  indexed: { doing: 'Indexing', done: 'Indexed', one: 'search index part', many: 'search index parts' },
};

/** Outside a terminal, phases get a line of their own only in builds of at least this many files. */
const LOGGED_FROM_FILES = 1000;

/**
 * Build progress for people: on a terminal one line redrawn in place, with an estimate of the
 * time left, and a line per finished phase; in a log, a line per phase of a large build.
 */
export function progressReporter(io: Io): Progress & { finish: () => void } {
  const started: Partial<Record<Phase, number>> = {};
  let lastDraw = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) io.stderr('\r\u001b[2K');
    drawn = false;
  };
  let phaseEnd = performance.now();
  let large = false;
  const update = (phase: Phase, done: number, total: number, extra = '') => {
    const now = performance.now();
    // A phase starts where the one before it ended.
    started[phase] ??= phaseEnd;
    if (done >= total) phaseEnd = now;
    const { doing, done: doneLabel, one, many } = LABELS[phase];
    const unit = total === 1 ? one : many;
    if (done >= total) {
      if (io.isTTY) clear();
      if (io.isTTY || large) io.stderr(`${doneLabel} ${total.toLocaleString('en')} ${unit}${extra} in ${seconds(now - (started[phase] ?? now))}\n`);
      return;
    }
    if (!io.isTTY || now - lastDraw < FRAME_MS) return;
    lastDraw = now;
    const elapsed = now - (started[phase] ?? now);
    const left = done > 0 ? ` · about ${seconds((elapsed / done) * (total - done))} left` : '';
    io.stderr(`\r\u001b[2K${doing} ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit}${extra}${left}`);
    drawn = true;
  };
  return {
    read: (done, total, parsed) => {
      large ||= total >= LOGGED_FROM_FILES;
      update('read', done, total, parsed > 0 ? ` (${parsed.toLocaleString('en')} parsed)` : '');
    },
    planned: (pages, changed) => update('planned', pages, pages, ` (${changed.toLocaleString('en')} to render)`),
    rendered: (done, total) => update('rendered', done, total),
    indexed: (done, total) => update('indexed', done, total),
    finish: clear,
  };
}
