#!/usr/bin/env node
// Runs after every `npm install` (the `postinstall` script).
//
// Why: the registry this project is built against lacks some platform binaries of the newest
// releases (for example `@astrojs/compiler-binding-darwin-arm64` has no 0.5.x there). npm then
// records an older, mismatched version of those optional platform packages in package-lock.json,
// and `npm ci` on macOS or Windows fails on the mismatch. This script removes from the lockfile
// only those optional platform entries whose version differs from the exact version their parent
// asks for. On a registry that serves every binary, nothing matches and the file is left alone.
// Users on other systems install with `npm install`, which resolves their own binaries.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
if (!existsSync(file)) process.exit(0);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};
const dropped = [];

/** The lockfile key that `name` resolves to from `parentPath`, walking up as Node does. */
function resolve(parentPath, name) {
  const parts = parentPath ? parentPath.split('/node_modules/') : [];
  for (let depth = parts.length; depth >= 0; depth--) {
    const prefix = parts.slice(0, depth).join('/node_modules/');
    const key = prefix ? `${prefix}/node_modules/${name}` : `node_modules/${name}`;
    if (key in packages) return key;
  }
  return undefined;
}

// Every (parent, optional platform dependency) pair: which entry it resolves to, and the version wanted.
const wants = [];
for (const [parentPath, parent] of Object.entries(packages)) {
  for (const [name, wanted] of Object.entries(parent.optionalDependencies ?? {})) {
    const key = resolve(parentPath, name);
    const entry = key === undefined ? undefined : packages[key];
    if (entry?.optional && (entry.os || entry.cpu) && /^\d+\.\d+\.\d+/.test(wanted)) {
      wants.push({ parentPath, name, wanted, key, entry });
    }
  }
}

const moved = [];
for (const { name, wanted, key, entry } of wants) {
  if (entry.version === wanted || !(key in packages)) continue;
  // Another parent that wants exactly this version keeps it, nested under that parent.
  for (const other of wants.filter((w) => w.key === key && w.entry.version === w.wanted)) {
    const nested = `${other.parentPath}/node_modules/${name}`;
    packages[nested] = entry;
    moved.push(`${name}@${entry.version} -> under ${other.parentPath}`);
  }
  delete packages[key];
  dropped.push(`${name}@${entry.version} (wanted ${wanted})`);
}

if (dropped.length) {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`prune-lockfile: dropped ${dropped.length} platform entries this registry cannot serve:`);
  for (const line of dropped) console.log(`  - ${line}`);
  for (const line of moved) console.log(`  kept ${line}`);
}
