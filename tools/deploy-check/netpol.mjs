// Evaluates Kubernetes NetworkPolicies (networking.k8s.io/v1) for one connection, as a CNI that enforces them
// would: a pod selected by any policy of a direction allows, in that direction, only what some rule allows.
// Peers are pods ({ namespace, labels }) or addresses outside the cluster ({ ip }).

export function selectorMatches(selector, labels) {
  if (!selector) {
    return true;
  }
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) {
      return false;
    }
  }
  for (const expression of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, expression.key);
    const value = labels[expression.key];
    switch (expression.operator) {
      case "In":
        if (!has || !expression.values.includes(value)) return false;
        break;
      case "NotIn":
        if (has && expression.values.includes(value)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        throw new Error(`unknown selector operator ${expression.operator}`);
    }
  }
  return true;
}

function ipToNumber(ip) {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function inCidr(ip, cidr) {
  const [base, bits] = cidr.split("/");
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToNumber(base) / size) * size;
  const n = ipToNumber(ip);
  return n >= start && n < start + size;
}

/** Whether a rule's peer list (from/to) admits the peer, for a policy of namespace policyNamespace. */
function peerMatches(peers, peer, policyNamespace, namespaceLabels) {
  if (!peers || peers.length === 0) {
    return true;
  }
  return peers.some((entry) => {
    if (entry.ipBlock) {
      return peer.ip !== undefined && inCidr(peer.ip, entry.ipBlock.cidr)
        && !(entry.ipBlock.except ?? []).some((cidr) => inCidr(peer.ip, cidr));
    }
    if (peer.ip !== undefined) {
      return false;
    }
    const namespaceOk = entry.namespaceSelector
      ? selectorMatches(entry.namespaceSelector, namespaceLabels(peer.namespace))
      : peer.namespace === policyNamespace;
    const podOk = entry.podSelector ? selectorMatches(entry.podSelector, peer.labels) : true;
    return namespaceOk && podOk;
  });
}

function portMatches(ports, port) {
  if (!ports || ports.length === 0) {
    return true;
  }
  return ports.some((p) => (p.protocol ?? "TCP") === port.protocol && (p.port === undefined || p.port === port.port
    || (p.endPort !== undefined && port.port >= p.port && port.port <= p.endPort)));
}

function directionAllows(policies, subject, peer, port, direction, namespaceLabels, policyNamespace) {
  const type = direction === "ingress" ? "Ingress" : "Egress";
  const selecting = policies.filter((policy) => (policy.metadata.namespace ?? policyNamespace) === subject.namespace
    && (policy.spec.policyTypes ?? ["Ingress"]).includes(type)
    && selectorMatches(policy.spec.podSelector, subject.labels));
  if (selecting.length === 0) {
    return true;
  }
  return selecting.some((policy) => (policy.spec[direction] ?? []).some((rule) =>
    peerMatches(direction === "ingress" ? rule.from : rule.to, peer, subject.namespace, namespaceLabels)
    && portMatches(rule.ports, port)));
}

/**
 * Whether `from` may open a connection to `to` on `port` ({ protocol, port }). `to` may be a pod or { ip } outside
 * the cluster; pods are { namespace, labels }. Policies without a namespace (helm template's) are in policyNamespace.
 */
export function connectionAllowed(policies, from, to, port, policyNamespace = "national-recognition",
  namespaceLabels = (name) => ({ "kubernetes.io/metadata.name": name })) {
  const egress = from.ip !== undefined || directionAllows(policies, from, to, port, "egress", namespaceLabels, policyNamespace);
  const ingress = to.ip !== undefined || directionAllows(policies, to, from, port, "ingress", namespaceLabels, policyNamespace);
  return egress && ingress;
}
