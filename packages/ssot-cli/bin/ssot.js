#!/usr/bin/env node
'use strict';
/* global require */
process.exitCode = require('../dist/main.js').main(process.argv.slice(2));
