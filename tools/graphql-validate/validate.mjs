#!/usr/bin/env node
// Checks our schema and example operations with graphql-js, an implementation independent of GraphQL.NET,
// so that a schema GraphQL.NET accepts but other clients would reject is caught in the build.
// Usage: node validate.mjs [docsDir]   (default: ../../docs)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, validateSchema } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = resolve(process.argv[2] ?? join(here, '..', '..', 'docs'));
const schemaPath = join(docsDir, 'schema.graphql');
const examplesDir = join(docsDir, 'examples');

let failures = 0;
const fail = (file, message) => {
  failures++;
  console.error(`FAIL ${file}: ${message}`);
};

let schema;
try {
  schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  for (const error of validateSchema(schema)) {
    fail(schemaPath, error.message);
  }
} catch (error) {
  fail(schemaPath, error.message);
}

const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir).filter((name) => name.endsWith('.graphql')).sort()
  : [];
if (examples.length === 0) {
  fail(examplesDir, 'no example operations found');
}

if (schema) {
  for (const name of examples) {
    const file = join(examplesDir, name);
    try {
      for (const error of validate(schema, parse(readFileSync(file, 'utf8')))) {
        fail(file, error.message);
      }
    } catch (error) {
      fail(file, error.message);
    }
  }
}

console.log(`${examples.length} example(s) checked against ${schemaPath}: ${failures} error(s)`);
process.exit(failures === 0 ? 0 : 1);
