/**
 * The GitHub workflows keep their promises: no rights by default, a time limit on every job,
 * actions pinned by commit, a pull-request run with no secrets, the content check first and with
 * no browser, sharded browser tests, and a preview workflow that never runs the pull request's code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as load } from 'yaml';
import { describe, expect, test } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: unknown;
  'timeout-minutes'?: number;
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((file) => file.endsWith('.yml'));
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
const workflow = (file: string) => load(text(file)) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps);

describe.each(files)('%s', (file) => {
  test('grants nothing at the top, and every job has a time limit', () => {
    expect(workflow(file).permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow(file).jobs)) {
      expect(job['timeout-minutes'], `job ${name}`).toBeGreaterThan(0);
    }
  });

  test('pins every action to a full commit, with its version in a comment', () => {
    const uses = text(file).match(/uses:.*$/gm) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/^uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});

describe('the pull-request workflow', () => {
  const file = 'pull-request.yml';
  const { jobs } = workflow(file);

  test('uses no secret, and every job may only read the repository', () => {
    expect(text(file)).not.toMatch(/secrets\./);
    for (const [name, job] of Object.entries(jobs))
      expect(job.permissions, `job ${name}`).toEqual({ contents: 'read' });
  });

  test('checks the content first, with no browser download, and reports it as a summary and an artifact', () => {
    const content = jobs['content'];
    expect(content?.needs).toBeUndefined();
    const commands = content?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    expect(commands).toContain('npm ci');
    expect(commands).toContain('check:content');
    expect(commands).toContain('GITHUB_STEP_SUMMARY');
    expect(commands).not.toMatch(/playwright|chromium/i);
    expect(content?.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  test('builds after the content check, and runs the browser tests in shards on the built site', () => {
    expect(jobs['build']?.needs).toBe('content');
    const browser = jobs['browser-tests'];
    expect(browser?.needs).toBe('build');
    expect(browser?.strategy?.matrix?.['shard']).toEqual([1, 2, 3]);
    expect(browser?.steps.some((step) => step.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    expect(browser?.steps.map((step) => step.run ?? '').join('\n')).toContain('--shard=${{ matrix.shard }}/3');
  });

  test("guards paths with the base branch's copy of the guard, not the pull request's", () => {
    const commands = jobs['path-guard']?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    expect(commands).toContain('git show "$BASE_SHA:scripts/path-guard.ts"');
    expect(commands).toContain('node "$RUNNER_TEMP/path-guard.ts"');
    expect(commands).not.toMatch(/npm (ci|install|run)/);
  });

  test('takes Node from .nvmrc', () => {
    for (const step of steps(file).filter((step) => step.uses?.startsWith('actions/setup-node@'))) {
      expect(String(step.with?.['node-version-file'])).toMatch(/\.nvmrc$/);
    }
  });

  test('caches Astro’s store and the share cards, keyed on the lockfile and the content', () => {
    const cache = steps(file).find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['path']).toContain('node_modules/.astro');
    expect(cache?.with?.['path']).toContain('node_modules/.cache/cpp-share-cards');
    expect(cache?.with?.['key']).toMatch(/hashFiles\('package-lock\.json'\).*hashFiles\('content\/\*\*'\)/);
  });
});

describe('the preview workflow', () => {
  const file = 'preview.yml';

  test('runs after the pull-request workflow, in its own run', () => {
    expect(workflow(file).on).toEqual({ workflow_run: { workflows: ['Pull request'], types: ['completed'] } });
  });

  test("never checks out or runs the pull request's code", () => {
    const all = steps(file);
    expect(all.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
    const commands = all.map((step) => step.run ?? '').join('\n');
    expect(commands).not.toMatch(/\b(npm|npx|node|tsx|bash|sh)\b|\.\//);
  });

  test('deploys with wrangler and keeps one comment, found by its marker', () => {
    const all = steps(file);
    const deploy = all.find((step) => step.uses?.startsWith('cloudflare/wrangler-action@'));
    expect(String(deploy?.with?.['command'])).toMatch(/^pages deploy site --project-name=/);
    const script = String(all.find((step) => step.uses?.startsWith('actions/github-script@'))?.with?.['script']);
    expect(script).toContain('updateComment');
    expect(script).toContain("'<!-- cpp-preview-comment -->'");
  });
});

describe('the deploy workflow', () => {
  test('publishes main to Cloudflare Pages with the two Cloudflare secrets', () => {
    const file = 'deploy.yml';
    expect(workflow(file).on).toMatchObject({ push: { branches: ['main'] } });
    const deploy = steps(file).find((step) => step.uses?.startsWith('cloudflare/wrangler-action@'));
    expect(deploy?.with).toMatchObject({
      apiToken: '${{ secrets.CLOUDFLARE_API_TOKEN }}',
      accountId: '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}',
    });
    expect(String(deploy?.with?.['command'])).toContain('--branch=main');
  });

  test('keeps GitHub Pages only as a fallback someone starts by hand', () => {
    expect(workflow('deploy-github-pages.yml').on).toEqual({ workflow_dispatch: null });
  });
});
