// kubectl kustomize renders every overlay, helm renders the chart with every values file, and every rendered object
// validates against the Kubernetes API schema of its apiVersion and kind (the OpenAPI schemas compiled into
// kubernetes-models); CloudNativePG's resources against the part of their API written in schemas/.
import assert from "node:assert/strict";
import test from "node:test";
import Ajv from "ajv";
import * as cnpg from "../schemas/cloudnative-pg.mjs";
import { describe, isCustomResource, validateAgainstKubernetesSchema, variants } from "../lib.mjs";

const ajv = new Ajv({ allErrors: true, strict: false });
const customSchemas = {
  "postgresql.cnpg.io/v1 Cluster": ajv.compile(cnpg.cluster),
  "postgresql.cnpg.io/v1 ScheduledBackup": ajv.compile(cnpg.scheduledBackup),
};

for (const variant of variants) {
  test(`${variant.name} renders`, () => {
    const objects = variant.render();
    assert.ok(objects.length >= 20, `only ${objects.length} objects rendered`);
    for (const object of objects) {
      assert.ok(object.apiVersion && object.kind && object.metadata?.name, `an object without apiVersion, kind or name: ${JSON.stringify(object).slice(0, 200)}`);
    }
  });

  test(`${variant.name}: every object validates against the Kubernetes API schemas`, async () => {
    const failures = [];
    for (const object of variant.render()) {
      if (isCustomResource(object)) {
        const validate = customSchemas[`${object.apiVersion} ${object.kind}`];
        if (!validate) {
          failures.push(`${describe(object)}: no schema for ${object.apiVersion} ${object.kind}`);
        } else if (!validate(object)) {
          failures.push(`${describe(object)}: ${ajv.errorsText(validate.errors)}`);
        }
        continue;
      }
      try {
        await validateAgainstKubernetesSchema(object);
      } catch (error) {
        failures.push(`${describe(object)}: ${error.message}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test(`${variant.name}: object names are unique`, () => {
    const keys = variant.render().map((o) => `${o.kind}/${o.metadata.name}`);
    assert.deepEqual(keys.filter((key, index) => keys.indexOf(key) !== index), []);
  });
}

test("the schema check rejects an invalid object (it can fail)", async () => {
  const broken = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "broken" },
    spec: { selector: {}, template: { spec: { containers: [{ name: "c", image: "i", ports: [{ containerPort: "http" }] }] } } },
  };
  await assert.rejects(() => validateAgainstKubernetesSchema(broken), /containerPort must be integer/);
  await assert.rejects(() => validateAgainstKubernetesSchema({ apiVersion: "apps/v1", kind: "Deploymnet", metadata: { name: "x" } }), /not a Kubernetes API type/);
});
