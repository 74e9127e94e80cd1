#!/usr/bin/env node
// Runs after every `npm install` (the `postinstall` script) and can be run by hand.
//
// Why: the registry this project is built against lacks some platform binaries of the newest
// releases (for example `@astrojs/compiler-binding-darwin-arm64` has no 0.5.x there). npm still
// records, in package-lock.json, that `@astrojs/compiler-binding@0.5.1` optionally depends on
// them, resolves no entry for them, and then `npm ci` refuses the lockfile ("Missing: … from lock
// file") on every machine. This script removes only those optional platform dependencies whose
// wanted version has no entry in the lockfile, that is, the ones this registry cannot serve. Entries
// that are there (the same package at another version, used by another parent) are kept.
// On a registry that serves every binary, nothing matches and the file is left alone.
// Users on other systems install with `npm install`, which resolves their own binaries.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
if (!existsSync(file)) process.exit(0);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};

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

/** Platform binaries are named for an OS and CPU: `-darwin-arm64`, `-win32-x64-msvc`, `-wasm32-wasi`… */
const PLATFORM_NAME = /-(android|darwin|freebsd|linux|openbsd|sunos|win32|wasm32)-/;

const dropped = [];
for (const [parentPath, parent] of Object.entries(packages)) {
  const optional = parent.optionalDependencies ?? {};
  for (const [name, wanted] of Object.entries(optional)) {
    if (!PLATFORM_NAME.test(name) || !/^\d+\.\d+\.\d+/.test(wanted)) continue;
    const key = resolve(parentPath, name);
    if (key !== undefined && packages[key].version === wanted) continue;
    delete optional[name];
    dropped.push(`${name}@${wanted} (wanted by ${parentPath.replace(/^node_modules\//, '')})`);
  }
}

if (dropped.length) {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`prune-lockfile: dropped ${dropped.length} optional platform binaries this registry cannot serve:`);
  for (const line of dropped) console.log(`  - ${line}`);
}
