// What these machines cannot check, said as skipped tests (node's test runner reports each with its reason), and
// held equal to the list in docs/deployment.md so that the guide never claims more than was checked.
import assert from "node:assert/strict";
import test from "node:test";
import { readRepoFile } from "../lib.mjs";

export const notCheckedHere = [
  {
    what: "the images are built and run",
    why: "no Docker engine on these machines: docker/Dockerfile is linted and its stages, users and entry points are read, but no image is built, so neither the SDK stage's restore and publish, nor the base image tags, nor the images' users and read-only root file systems at run time were exercised",
  },
  {
    what: "the manifests are applied to a cluster",
    why: "no Kubernetes API server: objects are validated offline against the API's OpenAPI schemas and type-checked against its types (unknown fields), but not admitted (Pod Security \"restricted\", quotas, webhooks, defaulting, a server's own validation rules such as immutable fields)",
  },
  {
    what: "CloudNativePG's Cluster and ScheduledBackup against the operator's CRD",
    why: "the CRD schema is not available offline: they are checked against the part of the API the manifests use (tools/deploy-check/schemas), and fail-over, backups to object storage, managed roles and postInitApplicationSQL were not exercised",
  },
  {
    what: "Orleans' Kubernetes hosting against a real API server",
    why: "a unit test shows the switch wires it (silo name, address, cluster id from the pod); whether the Role suffices, and a silo declared dead when its pod is deleted, need a cluster",
  },
  {
    what: "network policies enforced by a CNI",
    why: "tools/deploy-check/netpol.mjs evaluates them as the NetworkPolicy API specifies; a real CNI, the Kubernetes API's address and the object storage's were not exercised",
  },
  {
    what: "the gateways' request-rate autoscaling",
    why: "it needs a Prometheus adapter serving http_server_requests_per_second from the gateways' /metrics (docs/deployment.md, \"Autoscaling\"); the rule is documented, not run",
  },
  {
    what: "the silos' health and metrics endpoints on port 8081",
    why: "the probes and scrape annotations name them (issue [11]); no silo ran in a pod here",
  },
  {
    what: "a rolling upgrade and a fail-over in a cluster",
    why: "the order (migration Job, then silos that wait for the schema) and the fail-over timings were measured with processes on one machine (docs/operations.md), not with pods, nodes and zones",
  },
];

for (const item of notCheckedHere) {
  test(`not checked here: ${item.what}`, { skip: item.why }, () => {});
}

test("docs/deployment.md lists everything the checks do not cover", () => {
  const guide = readRepoFile("docs", "deployment.md");
  const section = guide.split("## What the checks do not cover")[1];
  assert.ok(section, "docs/deployment.md has no section \"What the checks do not cover\"");
  for (const item of notCheckedHere) {
    assert.ok(section.includes(item.what), `docs/deployment.md does not say that ${item.what} is not checked`);
  }
});
