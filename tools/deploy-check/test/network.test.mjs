// The network policies as an enforcing CNI would apply them (netpol.mjs): who may reach the silos and PostgreSQL.
import assert from "node:assert/strict";
import test from "node:test";
import { connectionAllowed } from "../netpol.mjs";
import { variants } from "../lib.mjs";

const namespace = "national-recognition";
const pod = (component, extra = {}) => ({
  namespace,
  labels: { "app.kubernetes.io/name": "national-recognition", "app.kubernetes.io/component": component, ...extra },
});
const silo = pod("silo");
const gateway = pod("gateway");
const migrator = pod("migrator");
const projector = pod("projector");
const retention = pod("privacy");
const stranger = { namespace, labels: { app: "something-else" } };
const elsewhere = { namespace: "other-team", labels: { "app.kubernetes.io/name": "national-recognition", "app.kubernetes.io/component": "gateway" } };
const prometheus = { namespace: "monitoring", labels: { app: "prometheus" } };
const tcp = (port) => ({ protocol: "TCP", port });

function databasePeer(variant, objects) {
  if (variant.database === "external") {
    const policy = objects.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "database-clients-external");
    const [base] = policy.spec.egress[0].to[0].ipBlock.cidr.split("/");
    return { ip: base.replace(/\d+$/, (last) => String(Number(last) + 1)) };
  }
  return pod("database", variant.database === "cloudnative-pg" ? { "cnpg.io/cluster": "recognition-db" } : {});
}

for (const variant of variants) {
  const policies = () => variant.render().filter((o) => o.kind === "NetworkPolicy");
  const allowed = (from, to, port) => connectionAllowed(policies(), from, to, tcp(port));

  test(`${variant.name}: only gateways and silos reach the silos' Orleans ports`, () => {
    assert.ok(allowed(gateway, silo, 30000), "gateway → silo gateway port");
    assert.ok(allowed(silo, silo, 11111), "silo → silo");
    assert.ok(allowed(silo, silo, 30000), "silo → silo gateway port");
    assert.ok(!allowed(gateway, silo, 11111), "gateway → silo-to-silo port");
    for (const [name, from] of Object.entries({ migrator, projector, retention, stranger, elsewhere })) {
      assert.ok(!allowed(from, silo, 30000), `${name} → silo gateway port`);
      assert.ok(!allowed(from, silo, 11111), `${name} → silo port`);
    }
    assert.ok(allowed(prometheus, silo, 8081), "Prometheus → silo metrics");
    assert.ok(!allowed(stranger, silo, 8081), "another pod → silo metrics");
  });

  test(`${variant.name}: only silos, the projector, the retention Job and the migrator reach PostgreSQL, never a gateway`, () => {
    const database = databasePeer(variant, variant.render());
    for (const [name, from] of Object.entries({ silo, projector, retention, migrator })) {
      assert.ok(allowed(from, database, 5432), `${name} → PostgreSQL`);
    }
    assert.ok(!allowed(gateway, database, 5432), "gateway → PostgreSQL (it finds the silos through their headless Service, ADR 0011)");
    assert.ok(!allowed(stranger, database, 5432), "another pod of the namespace → PostgreSQL");
    if (database.ip === undefined) {
      assert.ok(!allowed(elsewhere, database, 5432), "a pod of another namespace → PostgreSQL");
    }
    assert.ok(!allowed(silo, database, 5433), "silo → another port of the database");
  });

  test(`${variant.name}: the public API is open, and everything else is denied`, () => {
    assert.ok(allowed({ ip: "203.0.113.10" }, gateway, 8080), "the load balancer → gateway");
    assert.ok(!allowed({ ip: "203.0.113.10" }, silo, 30000), "outside → silo");
    assert.ok(!allowed(gateway, { ip: "203.0.113.10" }, 5432), "gateway → an unknown PostgreSQL");
    assert.ok(!allowed(migrator, { ip: "203.0.113.10" }, 443), "the migrator reaches nothing but the database");
    assert.ok(!allowed(retention, { ip: "203.0.113.10" }, 443), "the retention Job reaches nothing but the database");
  });
}

test("the evaluator denies what no policy allows and allows what one does (it can fail)", () => {
  const deny = [{ metadata: { name: "deny" }, spec: { podSelector: {}, policyTypes: ["Ingress"] } }];
  assert.ok(!connectionAllowed(deny, gateway, silo, tcp(30000)));
  assert.ok(connectionAllowed([], gateway, silo, tcp(30000)));
});
