#!/usr/bin/env node
// Part of `npm run build`, after tsc: stores the table of characters that opencc's traditional →
// simplified conversion changes (see src/ingest/normalise/traditional-table.ts) beside the compiled
// module, made from the opencc-js installed here. test/ingest/normalise/traditional-table.test.ts
// checks that it equals the table a process would build.
import { writeFileSync } from 'node:fs';
import {
  buildTraditionalTable,
  encodeTraditionalTable,
  openccConverter,
  openccVersion,
  STORED_TABLE,
} from '../dist/ingest/normalise/traditional-table.js';

writeFileSync(STORED_TABLE, encodeTraditionalTable(buildTraditionalTable(openccConverter()), openccVersion()));
