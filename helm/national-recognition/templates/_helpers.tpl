{{/* Object names: <fullname>-silo, <fullname>-gateway, ... (recognition-silo by default, as in k8s/). */}}
{{- define "nr.fullname" -}}
{{- .Values.fullnameOverride | default "recognition" | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{- define "nr.labels" -}}
app.kubernetes.io/name: national-recognition
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/part-of: national-recognition
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "nr.selectorLabels" -}}
app.kubernetes.io/name: national-recognition
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "nr.image" -}}
{{- $tag := .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if eq .name "gateway" -}}{{- $tag = .root.Values.gateway.imageTag | default $tag -}}{{- end -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .name $tag -}}
{{- end -}}

{{/* The pod's security context: non-root user 1654 of the images, the runtime's default seccomp profile. */}}
{{- define "nr.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1654
runAsGroup: 1654
fsGroup: 1654
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "nr.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
{{- end -}}

{{/* The connection string, assembled from the database ConfigMap and a basic-auth Secret (.secret). */}}
{{- define "nr.databaseEnv" -}}
{{- $config := printf "%s-database" (include "nr.fullname" .root) -}}
- name: DB_HOST
  valueFrom:
    configMapKeyRef: { name: {{ $config }}, key: DB_HOST }
- name: DB_PORT
  valueFrom:
    configMapKeyRef: { name: {{ $config }}, key: DB_PORT }
- name: DB_NAME
  valueFrom:
    configMapKeyRef: { name: {{ $config }}, key: DB_NAME }
- name: DB_OPTIONS
  valueFrom:
    configMapKeyRef: { name: {{ $config }}, key: DB_OPTIONS }
- name: DB_USERNAME
  valueFrom:
    secretKeyRef: { name: {{ .secret }}, key: username }
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ .secret }}, key: password }
- name: Recognition__ConnectionString
  value: Host=$(DB_HOST);Port=$(DB_PORT);Database=$(DB_NAME);Username=$(DB_USERNAME);Password=$(DB_PASSWORD);$(DB_OPTIONS)
{{- end -}}

{{- define "nr.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: 64Mi
{{- end -}}

{{- define "nr.topologySpread" -}}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: {{ .zoneSpread }}
  labelSelector:
    matchLabels:
      {{- include "nr.selectorLabels" . | nindent 6 }}
  matchLabelKeys: ["pod-template-hash"]
- maxSkew: 1
  topologyKey: kubernetes.io/hostname
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "nr.selectorLabels" . | nindent 6 }}
  matchLabelKeys: ["pod-template-hash"]
{{- end -}}

{{/* Rolls the pods when a ConfigMap of the chart changes (kustomize puts a hash into the names instead). */}}
{{- define "nr.configChecksum" -}}
checksum/config: {{ include (print .Template.BasePath "/configmaps.yaml") . | sha256sum }}
{{- end -}}
