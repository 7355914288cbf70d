// Unknown fields: the OpenAPI schemas of the Kubernetes API leave objects open (a misspelt "imagePullPolcy" passes
// them; only a server with strict field validation refuses it). The TypeScript types that kubernetes-models generates
// from the same schemas are closed, so each rendered object is type-checked as an object literal of its kind's type:
// an unknown field anywhere, or a wrong type, is a compile error.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import test from "node:test";
import { fileURLToPath } from "node:url";
import { describe, isCustomResource, variants } from "../lib.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(here, "..", "node_modules", ".strict-fields");
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");

/** Writes one module per rendering, one object per line; returns what each line holds. */
function writeModule(file, objects) {
  const imports = new Map();
  const lines = [];
  const owners = [];
  for (const object of objects) {
    const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
    const module = ["kubernetes-models", group, version, object.kind].filter(Boolean).join("/");
    const alias = `I${object.kind}_${(group || "core").replace(/\W/g, "_")}_${version}`;
    imports.set(alias, `import type { I${object.kind} as ${alias} } from "${module}";`);
    lines.push(`export const o${lines.length}: ${alias} = ${JSON.stringify(object)};`);
    owners.push(describe(object));
  }
  writeFileSync(file, [...imports.values(), ...lines].join("\n") + "\n");
  return { offset: imports.size, owners };
}

function typeCheck(modules) {
  writeFileSync(path.join(work, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", target: "es2022", skipLibCheck: true, types: [] },
    files: Object.keys(modules),
  }));
  try {
    execFileSync(process.execPath, [tsc, "-p", path.join(work, "tsconfig.json")], { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return [];
  } catch (error) {
    return error.stdout.split("\n").filter(Boolean).map((line) => {
      const match = /^(.+?)\((\d+),\d+\): (.*)$/.exec(line);
      if (!match) return line;
      const module = modules[path.basename(match[1])];
      const owner = module ? module.owners[Number(match[2]) - 1 - module.offset] : undefined;
      return `${module?.name ?? match[1]} ${owner ?? "?"}: ${match[3]}`;
    });
  }
}

test("every rendered object has only the fields, and the types, its kind's API type names", () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const modules = {};
  variants.forEach((variant, index) => {
    const file = `rendering${index}.ts`;
    modules[file] = { name: variant.name, ...writeModule(path.join(work, file), variant.render().filter((o) => !isCustomResource(o))) };
  });
  assert.deepEqual(typeCheck(modules), []);
});

test("the type check finds a misspelt field and a wrong type (it can fail)", () => {
  mkdirSync(work, { recursive: true });
  const container = { name: "c", image: "i", imagePullPolcy: "Always" };
  const hpa = {
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "h" },
    spec: { scaleTargetRef: { kind: "Deployment", name: "d" }, maxReplicas: "3" },
  };
  const modules = {
    "broken.ts": {
      name: "broken",
      ...writeModule(path.join(work, "broken.ts"), [
        { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [container] } },
        hpa,
      ]),
    },
  };
  const errors = typeCheck(modules);
  assert.ok(errors.some((e) => e.startsWith("broken Pod/p:") && e.includes("imagePullPolcy")), errors.join("\n"));
  assert.ok(errors.some((e) => e.startsWith("broken HorizontalPodAutoscaler/h:")), errors.join("\n"));
});
