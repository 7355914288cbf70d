// The part of CloudNativePG's postgresql.cnpg.io/v1 API that the manifests use, written here from the operator's
// documentation: the types and required fields of what we set. It is not the operator's CRD schema (that is not
// available offline here): a field the operator does not know is not caught, which the "not checked here" test says.
const string = { type: "string", minLength: 1 };
const quantity = { oneOf: [{ type: "string", pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$" }, { type: "number" }] };
const secretKey = { type: "object", required: ["name", "key"], properties: { name: string, key: string } };

export const cluster = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    metadata: { type: "object", required: ["name"] },
    spec: {
      type: "object",
      required: ["instances", "storage", "bootstrap", "backup"],
      properties: {
        instances: { type: "integer", minimum: 1 },
        imageName: string,
        primaryUpdateStrategy: { enum: ["supervised", "unsupervised"] },
        postgresql: {
          type: "object",
          properties: {
            synchronous: {
              type: "object",
              required: ["method", "number"],
              properties: { method: { enum: ["any", "first"] }, number: { type: "integer", minimum: 0 } },
            },
            parameters: { type: "object", additionalProperties: { type: "string" } },
          },
        },
        inheritedMetadata: { type: "object", properties: { labels: { type: "object", additionalProperties: { type: "string" } } } },
        affinity: {
          type: "object",
          properties: {
            enablePodAntiAffinity: { type: "boolean" },
            topologyKey: string,
            podAntiAffinityType: { enum: ["preferred", "required"] },
          },
        },
        resources: {
          type: "object",
          properties: {
            requests: { type: "object", additionalProperties: quantity },
            limits: { type: "object", additionalProperties: quantity },
          },
        },
        storage: { type: "object", required: ["size"], properties: { size: quantity } },
        walStorage: { type: "object", required: ["size"], properties: { size: quantity } },
        bootstrap: {
          type: "object",
          required: ["initdb"],
          properties: {
            initdb: {
              type: "object",
              required: ["database", "owner"],
              properties: {
                database: string,
                owner: string,
                secret: { type: "object", required: ["name"], properties: { name: string } },
                postInitApplicationSQL: { type: "array", items: string },
              },
            },
          },
        },
        managed: {
          type: "object",
          properties: {
            roles: {
              type: "array",
              items: {
                type: "object",
                required: ["name"],
                properties: {
                  name: string,
                  ensure: { enum: ["present", "absent"] },
                  login: { type: "boolean" },
                  passwordSecret: { type: "object", required: ["name"], properties: { name: string } },
                },
              },
            },
          },
        },
        backup: {
          type: "object",
          required: ["barmanObjectStore"],
          properties: {
            retentionPolicy: { type: "string", pattern: "^[1-9][0-9]*[dwm]$" },
            barmanObjectStore: {
              type: "object",
              required: ["destinationPath"],
              properties: {
                destinationPath: string,
                endpointURL: string,
                s3Credentials: {
                  type: "object",
                  required: ["accessKeyId", "secretAccessKey"],
                  properties: { accessKeyId: secretKey, secretAccessKey: secretKey },
                },
                wal: { type: "object", properties: { compression: { enum: ["gzip", "bzip2", "snappy", "lz4", "xz", "zstd"] } } },
                data: { type: "object", properties: { compression: { enum: ["gzip", "bzip2", "snappy"] } } },
              },
            },
          },
        },
      },
    },
  },
};

export const scheduledBackup = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    spec: {
      type: "object",
      required: ["schedule", "cluster"],
      properties: {
        // Six fields: seconds first.
        schedule: { type: "string", pattern: "^\\S+( \\S+){5}$" },
        backupOwnerReference: { enum: ["none", "self", "cluster"] },
        cluster: { type: "object", required: ["name"], properties: { name: string } },
      },
    },
  },
};
