#!/usr/bin/env node
'use strict';
process.exitCode = require('../dist/main.js').main(process.argv.slice(2));
