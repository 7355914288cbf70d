// The chart: helm lint (which also checks values against values.schema.json) with each values file, the same
// validation by Ajv on its own, and the rendered objects equal to the kustomize overlay of the same deployment.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import Ajv from "ajv";
import { parse } from "yaml";
import { baseName, binary, chart, helmEnvironment, run, variants } from "../lib.mjs";

const valuesFiles = ["values.yaml", "values-prod.yaml", "values-prod-external-db.yaml"];
const schema = JSON.parse(readFileSync(path.join(chart, "values.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const defaults = parse(readFileSync(path.join(chart, "values.yaml"), "utf8"));

/** Helm's merge of a values file over the defaults (maps merge key by key, everything else replaces). */
function merge(base, over) {
  if (over === null || typeof over !== "object" || Array.isArray(over) || base === null || typeof base !== "object" || Array.isArray(base)) {
    return over;
  }
  const result = { ...base };
  for (const [key, value] of Object.entries(over)) {
    result[key] = merge(base[key], value);
  }
  return result;
}

for (const file of valuesFiles) {
  test(`helm lint passes with ${file}`, () => {
    const output = run(binary("helm"), ["lint", chart, "--strict", "--values", path.join(chart, file)], { env: helmEnvironment() });
    assert.match(output, /1 chart\(s\) linted, 0 chart\(s\) failed/);
  });

  test(`${file} (over the defaults) validates against values.schema.json`, () => {
    const values = merge(defaults, parse(readFileSync(path.join(chart, file), "utf8")));
    assert.ok(validate(values), JSON.stringify(validate.errors, null, 2));
  });
}

test("values.schema.json refuses wrong values (it can fail)", () => {
  const wrong = [
    merge(defaults, { silo: { replicas: 0 } }),
    merge(defaults, { database: { mode: "oracle" } }),
    merge(defaults, { database: { options: "Password=hunter2" } }),
    merge(defaults, { identityProvider: { authority: "http://idp.example.kz" } }),
    merge(defaults, { identityProvider: { machineClients: [] } }),
    merge(defaults, { identityProvider: { machineClients: ["exchange; Password=x"] } }),
    merge(defaults, { cluster: { liveness: { ProbeTimeout: "one second" } } }),
    merge(defaults, { gateway: { resources: { requests: { cpu: "lots" } } } }),
    merge(defaults, { unknownSetting: true }),
  ];
  wrong.forEach((values, index) => assert.equal(validate(values), false, `wrong values #${index} were accepted`));
});

test("helm refuses to render values the schema refuses", () => {
  assert.throws(() => run(binary("helm"), ["template", "recognition", chart, "--set", "silo.replicas=0"], { env: helmEnvironment() }),
    /silo.replicas/);
});

/** An object reduced to what both renderings must share: no release labels, no content hashes in names. */
function normalise(object) {
  const text = JSON.stringify(object, (key, value) => {
    if (typeof value === "string") {
      return baseName(value.replace(/^recognition-migrate-r\d+$/, "recognition-migrate"));
    }
    return value;
  });
  const copy = JSON.parse(text);
  const strip = (metadata) => {
    if (!metadata) return;
    delete metadata.namespace;
    delete metadata.annotations?.["checksum/config"];
    if (metadata.annotations && Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
    for (const label of ["app.kubernetes.io/instance", "app.kubernetes.io/version", "app.kubernetes.io/managed-by", "helm.sh/chart", "app.kubernetes.io/part-of"]) {
      delete metadata.labels?.[label];
    }
    if (metadata.labels?.["app.kubernetes.io/component"] === "network") delete metadata.labels;
    if (metadata.labels && Object.keys(metadata.labels).length === 0) delete metadata.labels;
  };
  strip(copy.metadata);
  strip(copy.spec?.template?.metadata);
  strip(copy.spec?.jobTemplate?.spec?.template?.metadata);
  for (const claim of copy.spec?.volumeClaimTemplates ?? []) strip(claim.metadata);
  // Image tags are each rendering's own (the overlay's images:, the chart's image.tag).
  for (const spec of [copy.spec?.template?.spec, copy.spec?.jobTemplate?.spec?.template?.spec]) {
    for (const container of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
      container.image = container.image.replace(/:[^:/]+$/, "");
    }
  }
  return copy;
}

for (const variant of variants.filter((v) => v.pairedWith)) {
  test(`${variant.name} produces the same objects as ${variant.pairedWith}`, () => {
    const overlay = variants.find((v) => v.name === variant.pairedWith).render()
      .filter((o) => o.kind !== "Namespace").map(normalise);
    const chartObjects = variant.render().map(normalise);
    const key = (o) => `${o.kind}/${o.metadata.name}`;
    assert.deepEqual(chartObjects.map(key).sort(), overlay.map(key).sort());
    for (const object of overlay) {
      assert.deepEqual(chartObjects.find((o) => key(o) === key(object)), object, key(object));
    }
  });
}

test("helm/README.md documents every value", () => {
  const readme = readFileSync(path.join(chart, "..", "README.md"), "utf8");
  const table = readme.split("## Values")[1];
  const missing = [];
  const walk = (value, prefix) => {
    for (const [key, child] of Object.entries(value)) {
      const name = prefix ? `${prefix}.${key}` : key;
      const leaf = child === null || typeof child !== "object" || Array.isArray(child) || Object.keys(child).length === 0
        || name.endsWith("resources");
      if (leaf) {
        // A row names the key whole, or its parent with ".key" among siblings.
        if (!table.includes(`\`${name}\``) && !table.includes(`\`.${key}\``)) missing.push(name);
      } else {
        walk(child, name);
      }
    }
  };
  walk(defaults, "");
  assert.deepEqual(missing, []);
});
