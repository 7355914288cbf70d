// Builds the web application (app/) into dist/app: one bundle of script and one of style, fonts, all named by their
// content's hash (so the gateway can let browsers cache them for a year), index.html pointing at them, and a Brotli and
// a gzip copy of every compressible file (so the gateway serves them compressed without compressing per request).
// Type-checks first (tsc --noEmit). Nothing comes from the internet at run time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const out = 'dist/app';
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await esbuild.build({
  entryPoints: ['app/main.tsx'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outdir: out,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  publicPath: '/app/',
  loader: { '.woff2': 'file' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
const script = outputs.find((file) => file.startsWith('main-') && file.endsWith('.js'));
const style = outputs.find((file) => file.startsWith('main-') && file.endsWith('.css'));
const index = readFileSync('app/index.html', 'utf8').replace('{{script}}', `/app/${script}`).replace('{{style}}', `/app/${style}`);
writeFileSync(join(out, 'index.html'), index);

for (const file of readdirSync(out)) {
  if (file.endsWith('.woff2')) { continue; }
  const content = readFileSync(join(out, file));
  writeFileSync(join(out, `${file}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(out, `${file}.gz`), gzipSync(content, { level: 9 }));
}
