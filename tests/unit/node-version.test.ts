/**
 * One Node version everywhere a person or a machine reads it: .nvmrc (which the workflows use),
 * package.json's engines, the README's quick start, CONTRIBUTING, and the CI script that installs
 * Node when the machine's is older.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');
const nvmrc = read('.nvmrc').trim();

describe('the Node version', () => {
  it('is one major version in .nvmrc', () => {
    expect(nvmrc).toMatch(/^\d+$/);
  });

  it('is what package.json requires', () => {
    const { engines } = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(engines.node).toBe(`>=${nvmrc}`);
  });

  it('is what the README and CONTRIBUTING tell a person to install', () => {
    expect(read('README.md')).toContain(`[Node.js](https://nodejs.org/) ${nvmrc} (the version in \`.nvmrc\``);
    expect(read('CONTRIBUTING.md')).toContain(
      `[Node.js](https://nodejs.org/) ${nvmrc} (the version in the \`.nvmrc\` file)`,
    );
    for (const file of ['README.md', 'CONTRIBUTING.md']) {
      const stated = [...read(file).matchAll(/Node(?:\.js\]\([^)]*\))? (\d+)(?:\.\d+)? or newer/g)].map(
        (match) => match[1],
      );
      expect(stated, `${file} states another Node version`).toEqual([]);
    }
  });

  it('is what .ci/run checks for and installs', () => {
    const ci = read('.ci/run');
    expect(ci).toContain(`>= ${nvmrc} ? 0 : 1`);
    expect(ci).toContain(`node@${nvmrc}`);
    expect(ci).not.toMatch(/22\.12/);
  });

  it('is the one each workflow sets up, by reading .nvmrc', () => {
    const dir = join('.github', 'workflows');
    for (const file of readdirSync(dir)) {
      const workflow = read(join(dir, file));
      for (const [line] of workflow.matchAll(/node-version[^\n]*/g)) {
        // The path guard reads the base branch's own copy of .nvmrc (it never runs the pull request's files).
        expect(line, `${file}: ${line}`).toMatch(/^node-version-file: (?:\$\{\{ runner\.temp \}\}\/)?\.nvmrc$/);
      }
    }
  });
});
