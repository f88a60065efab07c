#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is compiled from src/cli into lib/ by `npm run build:cli`
// (which `npm ci` runs through the `prepare` script).
const { main } = require('../lib/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (failure) => {
    process.stderr.write(`yeondong: ${failure instanceof Error ? failure.message : String(failure)}\n`);
    process.exitCode = 2;
  },
);
