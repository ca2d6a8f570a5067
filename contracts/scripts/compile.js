#!/usr/bin/env node
// Compiles contracts/src (and the test-only contracts in contracts/test) with the
// solc-js pinned in package.json, and writes combined-JSON artifacts that abigen reads.
// Output is deterministic: same sources + same lockfile => same bytes.
//
//   node scripts/compile.js            (run from contracts/, after `npm ci`)
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'artifacts');

// Compiler settings. Changing any of these changes the bytecode and the gas figures in
// docs/benchmarks-contracts.md.
const SOLC_VERSION = '0.8.37';
const SETTINGS = {
  // cancun: transient storage (OpenZeppelin's ReentrancyGuardTransient) and MCOPY, and
  // supported by every major L2; the contracts run unchanged on later forks.
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 10000 },
  // The IR pipeline: less stack shuffling, about 2k gas less per batched voucher.
  viaIR: true,
  metadata: { bytecodeHash: 'ipfs', appendCBOR: true },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
  },
};

// Which contracts get artifacts and bindings, per output file.
const TARGETS = {
  'weft.combined.json': {
    dir: 'src',
    contracts: ['EquivocationDisputes', 'NodeRegistry', 'RelayPayments', 'WeftResolver'],
  },
  'mocks.combined.json': {
    dir: 'test',
    contracts: ['FeeToken', 'MockENS', 'ReentrantReceiver', 'ReentrantToken', 'TestToken'],
  },
};

function sources() {
  const out = {};
  for (const dir of ['src', 'test']) {
    for (const f of fs.readdirSync(path.join(ROOT, dir)).sort()) {
      if (!f.endsWith('.sol')) continue;
      const rel = `${dir}/${f}`;
      out[rel] = { content: fs.readFileSync(path.join(ROOT, rel), 'utf8') };
    }
  }
  return out;
}

function findImports(p) {
  const candidates = [path.join(ROOT, 'node_modules', p), path.join(ROOT, p)];
  for (const c of candidates) {
    if (c.startsWith(ROOT) && fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${p}` };
}

function main() {
  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + '+')) {
    console.error(`solc ${version} found, ${SOLC_VERSION} required: run npm ci`);
    process.exit(1);
  }
  const input = { language: 'Solidity', sources: sources(), settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') failed = true;
    // Warnings from OpenZeppelin's own files (e.g. its note on transient storage) are
    // known and not ours to fix; show errors everywhere and warnings in our sources.
    const file = e.sourceLocation ? e.sourceLocation.file : '';
    if (e.severity === 'error' || !file.startsWith('@openzeppelin/')) {
      console.error(e.formattedMessage || e.message);
    }
  }
  if (failed) {
    console.error('compilation failed');
    process.exit(1);
  }

  fs.mkdirSync(OUT, { recursive: true });
  for (const file of Object.keys(TARGETS).sort()) {
    const { dir, contracts } = TARGETS[file];
    const combined = { contracts: {}, version };
    for (const [src, byName] of Object.entries(output.contracts).sort()) {
      if (!src.startsWith(dir + '/')) continue;
      for (const name of Object.keys(byName).sort()) {
        if (!contracts.includes(name)) continue;
        const c = byName[name];
        combined.contracts[`${src}:${name}`] = {
          abi: c.abi,
          bin: c.evm.bytecode.object,
          'bin-runtime': c.evm.deployedBytecode.object,
        };
      }
    }
    const got = Object.keys(combined.contracts).map((k) => k.split(':')[1]).sort();
    if (JSON.stringify(got) !== JSON.stringify([...contracts].sort())) {
      console.error(`${file}: expected ${contracts.join(',')}, compiled ${got.join(',')}`);
      process.exit(1);
    }
    combined.settings = SETTINGS;
    // sha256 of every source of ours this build read, so that Go tests (which run
    // without node) can tell when a .sol file changed but the artifacts were not rebuilt.
    combined.sourceHashes = {};
    for (const src of Object.keys(input.sources).sort()) {
      combined.sourceHashes[src] = crypto.createHash('sha256').update(input.sources[src].content).digest('hex');
    }
    fs.writeFileSync(path.join(OUT, file), JSON.stringify(combined, null, 2) + '\n');
    console.log(`wrote artifacts/${file} (${got.length} contracts, solc ${version})`);
  }
}

main();
