import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** The browser the browser tests drive: Debian's `chromium` package, never a downloaded build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** On CI a missing tool fails the tests that need it; elsewhere they are skipped with the reason. */
export const ON_CI = process.env.CI === 'true' || process.env.CI === '1';

export interface Tool {
  name: string;
  /** Why the tool cannot be used, or null when it can. */
  missing: string | null;
  /** Pass as `{ skip }` to each test: the reason it is skipped, or false when it runs (always on CI). */
  skip: string | false;
  /** Throws when the tool is missing: on CI this is how the suite fails instead of skipping. */
  assertPresent: () => void;
}

function tool(name: string, missing: string | null, install: string): Tool {
  const reason = missing && `${missing}: skipped (${install}; with CI=true this fails instead)`;
  return {
    name,
    missing,
    skip: missing && !ON_CI ? (reason as string) : false,
    assertPresent: () => {
      if (missing) throw new Error(`${missing}, and CI=true requires it (${install})`);
    },
  };
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumTool(): Tool {
  return tool(
    'Chromium',
    executable(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM}`,
    'install the Debian package chromium, or set CHROMIUM_PATH',
  );
}

export function javaTool(): Tool {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return tool('Java', run.status === 0 ? null : 'No Java runtime on the PATH', 'install the Debian package default-jre-headless');
}
