// What every rendering must hold, whatever the overlay or values: non-root, read-only, bounded containers; probes on
// the health endpoints; Prometheus annotations on the metrics ports; secrets only referenced; one cluster id for
// silos and gateways; Orleans' Kubernetes hosting with its RBAC; the schema migrated before silos start.
import assert from "node:assert/strict";
import test from "node:test";
import { baseName, describe, environment, find, podLabels, podSpec, variants } from "../lib.mjs";

// docs/operations.md, "Failover": the PostgreSQL-mode defaults, i.e. the fast-failover settings of issue [5].
const fastFailover = {
  Recognition__Liveness__ProbeTimeout: "00:00:01",
  Recognition__Liveness__NumMissedProbesLimit: "2",
  Recognition__Liveness__NumVotesForDeathDeclaration: "1",
  Recognition__Liveness__TableRefreshTimeout: "00:00:01",
  Recognition__Liveness__IAmAliveTablePublishTimeout: "00:00:05",
  Recognition__Liveness__ResponseTimeout: "00:00:05",
  Recognition__Liveness__GatewayListRefreshPeriod: "00:00:01",
};

const documentedSecrets = ["recognition-db-owner", "recognition-db-app", "recognition-backup-storage"];

function workloads(objects) {
  return objects.filter((o) => podSpec(o) !== undefined);
}

function containers(spec) {
  return [...(spec.initContainers ?? []), ...spec.containers];
}

for (const variant of variants) {
  const objects = () => variant.render();
  const deployment = (component) => find(objects(), "Deployment", `recognition-${component}`);

  test(`${variant.name}: every pod runs as non-root with a read-only root file system and no capabilities`, () => {
    for (const workload of workloads(objects())) {
      const spec = podSpec(workload);
      assert.equal(spec.securityContext?.runAsNonRoot, true, `${describe(workload)} runAsNonRoot`);
      assert.ok(spec.securityContext?.runAsUser > 0, `${describe(workload)} numeric non-root runAsUser`);
      assert.equal(spec.securityContext?.seccompProfile?.type, "RuntimeDefault", `${describe(workload)} seccomp`);
      for (const container of containers(spec)) {
        const where = `${describe(workload)} container ${container.name}`;
        assert.equal(container.securityContext?.allowPrivilegeEscalation, false, `${where} allowPrivilegeEscalation`);
        assert.equal(container.securityContext?.readOnlyRootFilesystem, true, `${where} readOnlyRootFilesystem`);
        assert.deepEqual(container.securityContext?.capabilities?.drop, ["ALL"], `${where} drops all capabilities`);
      }
    }
  });

  test(`${variant.name}: every container has CPU and memory requests and limits`, () => {
    for (const workload of workloads(objects())) {
      for (const container of containers(podSpec(workload))) {
        for (const kind of ["requests", "limits"]) {
          for (const resource of ["cpu", "memory"]) {
            assert.ok(container.resources?.[kind]?.[resource] !== undefined, `${describe(workload)} ${container.name} ${kind}.${resource}`);
          }
        }
      }
    }
  });

  test(`${variant.name}: silos and gateways are probed on /health/live and /health/ready and scraped on /metrics of the same port`, () => {
    for (const [component, port] of [["silo", 8081], ["gateway", 8080]]) {
      const workload = deployment(component);
      const container = workload.spec.template.spec.containers[0];
      const http = container.ports.find((p) => p.name === "http");
      assert.equal(http?.containerPort, port, `${component} http port`);
      assert.equal(container.livenessProbe.httpGet.path, "/health/live");
      assert.equal(container.startupProbe.httpGet.path, "/health/live");
      assert.equal(container.readinessProbe.httpGet.path, "/health/ready");
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
        assert.equal(probe.httpGet.port, "http");
      }
      const annotations = workload.spec.template.metadata.annotations;
      assert.equal(annotations["prometheus.io/scrape"], "true");
      assert.equal(annotations["prometheus.io/port"], String(port));
      assert.equal(annotations["prometheus.io/path"], "/metrics");
    }
    const silo = deployment("silo").spec.template.spec.containers[0];
    assert.deepEqual(silo.ports.map((p) => p.containerPort).sort(), [11111, 30000, 8081].sort());
  });

  test(`${variant.name}: no Secret is rendered and no container holds a credential`, () => {
    const all = objects();
    assert.deepEqual(all.filter((o) => o.kind === "Secret").map(describe), []);
    for (const workload of workloads(all)) {
      for (const container of containers(podSpec(workload))) {
        for (const variable of container.env ?? []) {
          if (typeof variable.value === "string") {
            assert.doesNotMatch(variable.value, /password=(?!\$\(DB_PASSWORD\))/i, `${describe(workload)} ${variable.name}`);
          }
          if (variable.valueFrom?.secretKeyRef) {
            assert.ok(documentedSecrets.includes(variable.valueFrom.secretKeyRef.name), `${describe(workload)} ${variable.name} uses an undocumented Secret ${variable.valueFrom.secretKeyRef.name}`);
          }
        }
      }
    }
    for (const map of all.filter((o) => o.kind === "ConfigMap")) {
      assert.doesNotMatch(JSON.stringify(map.data), /password/i, describe(map));
    }
  });

  test(`${variant.name}: silos and gateways name the same Orleans cluster and service`, () => {
    const all = objects();
    const labels = deployment("silo").spec.template.metadata.labels;
    const gateway = environment(all, deployment("gateway").spec.template.spec.containers[0]);
    assert.equal(gateway.Recognition__ClusterId, labels["orleans/clusterId"]);
    assert.equal(gateway.Recognition__ServiceId, labels["orleans/serviceId"]);
    assert.equal(gateway.Recognition__Mode, "PostgreSql");
    const silo = environment(all, deployment("silo").spec.template.spec.containers[0]);
    assert.equal(silo.Recognition__Mode, "PostgreSql");
    assert.equal(silo.Recognition__ServiceId, labels["orleans/serviceId"]);
    assert.deepEqual(silo.ORLEANS_CLUSTER_ID, { fieldRef: { fieldPath: "metadata.labels['orleans/clusterId']" } });
    assert.deepEqual(silo.ORLEANS_SERVICE_ID, { fieldRef: { fieldPath: "metadata.labels['orleans/serviceId']" } });
  });

  test(`${variant.name}: gateways find the silos through a headless Service of ready silos and hold no database setting`, () => {
    const all = objects();
    const gateway = environment(all, deployment("gateway").spec.template.spec.containers[0]);
    const [host, port] = String(gateway.Recognition__Gateways__0).split(":");
    const service = find(all, "Service", host);
    assert.equal(service.spec.clusterIP, "None", "headless: the name resolves to every silo pod's address");
    assert.notEqual(service.spec.publishNotReadyAddresses, true, "ready silos only: a listed silo's gateway port is open");
    assert.deepEqual(service.spec.selector, deployment("silo").spec.selector.matchLabels);
    assert.ok(service.spec.ports.some((p) => p.port === Number(port) && p.targetPort === "orleans-gw"), `${host} publishes port ${port}`);
    const siloGatewayPort = deployment("silo").spec.template.spec.containers[0].ports.find((p) => p.name === "orleans-gw");
    assert.equal(siloGatewayPort.containerPort, Number(port));
    assert.deepEqual(Object.keys(gateway).filter((key) => key.startsWith("DB_") || key === "Recognition__ConnectionString"), []);
  });

  test(`${variant.name}: gateways name the machine clients whose role claims they honour, and no issuer of people's role claims`, () => {
    const gateway = environment(objects(), deployment("gateway").spec.template.spec.containers[0]);
    const clients = Object.keys(gateway).filter((key) => key.startsWith("Authentication__Jwt__MachineClients__")).sort();
    // ADR 0014: without the exchange's client id its tokens act as a person with no roles and the feed is refused.
    assert.ok(clients.length > 0, "no Authentication__Jwt__MachineClients__0: the exchange's tokens would lose their role");
    assert.deepEqual(clients, clients.map((_, index) => `Authentication__Jwt__MachineClients__${index}`), "indexes from 0 without gaps");
    for (const key of clients) {
      assert.match(String(gateway[key]), /^[A-Za-z0-9][-A-Za-z0-9._:]*$/, `${key} is a client id`);
    }
    // A person's role claim is honoured only for development issuers; the national provider's never (ADR 0014).
    assert.deepEqual(Object.keys(gateway).filter((key) => key.startsWith("Authentication__Jwt__RoleClaimIssuers")), []);
    assert.match(String(gateway.Authentication__Jwt__Authority), /^https:\/\//);
  });

  test(`${variant.name}: silos use Orleans' Kubernetes hosting with a service account that may manage pods`, () => {
    const all = objects();
    const pod = deployment("silo").spec.template.spec;
    const silo = environment(all, pod.containers[0]);
    assert.equal(silo.Recognition__KubernetesHosting, "true");
    assert.deepEqual(silo.POD_NAME, { fieldRef: { fieldPath: "metadata.name" } });
    assert.deepEqual(silo.POD_NAMESPACE, { fieldRef: { fieldPath: "metadata.namespace" } });
    assert.deepEqual(silo.Recognition__AdvertisedAddress, { fieldRef: { fieldPath: "status.podIP" } });
    const binding = all.find((o) => o.kind === "RoleBinding" && o.subjects.some((s) => s.kind === "ServiceAccount" && s.name === pod.serviceAccountName));
    assert.ok(binding, `no RoleBinding for ${pod.serviceAccountName}`);
    const role = find(all, "Role", binding.roleRef.name);
    const rule = role.rules.find((r) => r.resources.includes("pods"));
    for (const verb of ["get", "list", "watch", "patch"]) {
      assert.ok(rule.verbs.includes(verb), `pods ${verb}`);
    }
    assert.deepEqual(role.rules.flatMap((r) => r.resources), ["pods"], "nothing but pods");
    assert.ok(!rule.verbs.includes("delete") && !rule.verbs.includes("*"), "no pod deletion (DeleteDefunctSiloPods is off)");
    assert.equal(pod.automountServiceAccountToken, true);
    for (const component of ["gateway"]) {
      assert.equal(deployment(component).spec.template.spec.automountServiceAccountToken, false, `${component} gets no API token`);
    }
  });

  test(`${variant.name}: the schema is migrated by a Job with the owner account and silos wait for it`, () => {
    const all = objects();
    const job = all.find((o) => o.kind === "Job" && /^recognition-migrate(-r\d+)?$/.test(o.metadata.name));
    assert.ok(job, "no migration Job");
    const migrate = job.spec.template.spec.containers[0];
    assert.deepEqual(migrate.args, ["migrate"]);
    assert.equal(podLabels(job)["app.kubernetes.io/component"], "migrator");
    assert.equal(migrate.env.find((e) => e.name === "DB_USERNAME").valueFrom.secretKeyRef.name, "recognition-db-owner");
    const silo = deployment("silo");
    const wait = silo.spec.template.spec.initContainers.find((c) => c.name === "wait-for-schema");
    assert.deepEqual(wait.args, ["migrate", "--verify-only"]);
    assert.equal(wait.image, migrate.image, "the check and the migration are the same version");
    assert.equal(wait.image, silo.spec.template.spec.containers[0].image);
    assert.equal(environment(all, silo.spec.template.spec.containers[0]).Recognition__ApplySchemaOnStartup, "false");
    assert.equal(silo.spec.strategy.rollingUpdate.maxUnavailable, 0);
  });

  test(`${variant.name}: personal data's retention runs nightly, one run at a time, with the data account`, () => {
    const all = objects();
    const cronJob = find(all, "CronJob", "recognition-retention");
    assert.equal(cronJob.spec.concurrencyPolicy, "Forbid");
    assert.match(cronJob.spec.schedule, /^\d+ [0-5] \* \* \*$/, "daily, at night");
    assert.equal(cronJob.spec.timeZone, "Asia/Almaty");
    assert.equal(podLabels(cronJob)["app.kubernetes.io/component"], "privacy");
    const pod = podSpec(cronJob);
    assert.equal(pod.automountServiceAccountToken, false);
    const [retention] = pod.containers;
    assert.deepEqual(retention.args, ["privacy", "retention"]);
    const silo = deployment("silo").spec.template.spec.containers[0];
    assert.equal(retention.image, silo.image, "the command is the running silos' version");
    // It deletes and updates rows of the data tables: the app account's rights, never the owner's (docs/deployment.md).
    assert.equal(retention.env.find((e) => e.name === "DB_USERNAME").valueFrom.secretKeyRef.name, "recognition-db-app");
    assert.equal(environment(all, retention).Recognition__ConnectionString,
      "Host=$(DB_HOST);Port=$(DB_PORT);Database=$(DB_NAME);Username=$(DB_USERNAME);Password=$(DB_PASSWORD);$(DB_OPTIONS)");
  });

  test(`${variant.name}: autoscalers (gateways on requests, silos on CPU), disruption budgets and topology spread`, () => {
    const all = objects();
    const gatewayHpa = find(all, "HorizontalPodAutoscaler", "recognition-gateway");
    assert.equal(gatewayHpa.spec.metrics[0].type, "Pods");
    assert.equal(gatewayHpa.spec.metrics[0].pods.metric.name, "http_server_requests_per_second");
    const siloHpa = find(all, "HorizontalPodAutoscaler", "recognition-silo");
    assert.deepEqual(siloHpa.spec.metrics.map((m) => m.resource?.name), ["cpu"]);
    for (const component of ["silo", "gateway"]) {
      const hpa = find(all, "HorizontalPodAutoscaler", `recognition-${component}`);
      assert.equal(hpa.spec.scaleTargetRef.name, `recognition-${component}`);
      const budget = find(all, "PodDisruptionBudget", `recognition-${component}`);
      assert.deepEqual(budget.spec.selector.matchLabels, deployment(component).spec.selector.matchLabels);
      const spread = deployment(component).spec.template.spec.topologySpreadConstraints.map((c) => c.topologyKey);
      assert.deepEqual(spread, ["topology.kubernetes.io/zone", "kubernetes.io/hostname"]);
      if (variant.production) {
        assert.ok(hpa.spec.minReplicas >= 3, `${component} at least three replicas in production`);
        assert.ok(deployment(component).spec.replicas >= 3);
        assert.equal(deployment(component).spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable, "DoNotSchedule");
      }
    }
  });

  test(`${variant.name}: ${variant.production ? "silos and gateways get the fast-failover settings" : "the liveness settings are the mode's defaults"}`, () => {
    const all = objects();
    for (const component of ["silo", "gateway"]) {
      const env = environment(all, deployment(component).spec.template.spec.containers[0]);
      const liveness = Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith("Recognition__Liveness__")));
      assert.deepEqual(liveness, variant.production ? fastFailover : {}, component);
    }
  });

  test(`${variant.name}: the database is ${variant.database}`, () => {
    const all = objects();
    const statefulSets = all.filter((o) => o.kind === "StatefulSet");
    const clusters = all.filter((o) => o.kind === "Cluster");
    const config = all.find((o) => o.kind === "ConfigMap" && baseName(o.metadata.name) === "recognition-database").data;
    switch (variant.database) {
      case "bundled":
        assert.equal(statefulSets.length, 1);
        assert.equal(statefulSets[0].spec.replicas, 1);
        assert.equal(clusters.length, 0);
        assert.equal(config.DB_HOST, find(all, "Service", "recognition-db-rw").metadata.name);
        break;
      case "cloudnative-pg": {
        assert.equal(statefulSets.length, 0);
        assert.equal(clusters.length, 1);
        const spec = clusters[0].spec;
        assert.ok(spec.instances >= 3);
        assert.ok(spec.postgresql.synchronous.number >= 1, "a synchronous standby: no acknowledged write lost in a fail-over");
        assert.match(spec.backup.barmanObjectStore.destinationPath, /^s3:\/\//);
        assert.equal(spec.affinity.topologyKey, "topology.kubernetes.io/zone");
        assert.equal(spec.inheritedMetadata.labels["app.kubernetes.io/component"], "database");
        assert.equal(config.DB_HOST, `${clusters[0].metadata.name}-rw`);
        assert.ok(all.some((o) => o.kind === "ScheduledBackup" && o.spec.cluster.name === clusters[0].metadata.name));
        break;
      }
      case "external":
        assert.equal(statefulSets.length + clusters.length, 0);
        assert.match(config.DB_OPTIONS, /SSL Mode=VerifyFull/);
        assert.ok(all.some((o) => o.kind === "NetworkPolicy" && o.spec.egress?.some((rule) => rule.to?.some((peer) => peer.ipBlock))));
        break;
      default:
        assert.fail(variant.database);
    }
  });
}
