/**
 * Times the content check (`npm run check:content`) over a corpus that holds a few broken posts,
 * and notes whether it named every broken file: the goal is "all errors reported", fast.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { measureRun } from './process-tree';

const CHECK_SCRIPT = 'scripts/check-content.ts';

export interface ContentCheckTiming {
  posts: number;
  unavailable?: string;
  seconds?: number;
  cpuSeconds?: number | undefined;
  exitCode?: number;
  /** The broken files the check's output did not name. */
  unreported?: string[];
}

export async function timeContentCheck(
  contentDir: string,
  posts: number,
  brokenFiles: readonly string[],
): Promise<ContentCheckTiming> {
  if (!existsSync(CHECK_SCRIPT)) return { posts, unavailable: `${CHECK_SCRIPT} does not exist yet` };
  const run = await measureRun('node_modules/.bin/tsx', [CHECK_SCRIPT, contentDir], {
    env: { ...process.env, CPP_CONTENT_DIR: contentDir },
  });
  const output = run.stdout + run.stderr;
  return {
    posts,
    seconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    exitCode: run.exitCode,
    unreported: brokenFiles.filter((file) => !output.includes(basename(file))),
  };
}
