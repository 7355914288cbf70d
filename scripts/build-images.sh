#!/usr/bin/env bash
# Builds the platform's images from the repository: silo (also the schema migrator), gateway, importer.
#   bash scripts/build-images.sh [TAG]                 # default TAG: the commit, e.g. 3f2c1ab
#   REGISTRY=registry.example.kz/recognition PUSH=1 bash scripts/build-images.sh 1.4.0
# Needs a Docker engine with BuildKit (or podman with a `docker` alias). The images are
#   $REGISTRY/silo:TAG, $REGISTRY/gateway:TAG, $REGISTRY/importer:TAG
# as the manifests (k8s/base/kustomization.yaml `images:`) and the chart (helm/national-recognition/values.yaml) name them.
set -euo pipefail
cd "$(dirname "$0")/.."

tag=${1:-$(git rev-parse --short HEAD)}
registry=${REGISTRY:-national-recognition}
docker=${DOCKER:-docker}

for target in silo gateway importer; do
  echo "building $registry/$target:$tag"
  DOCKER_BUILDKIT=1 "$docker" build -f docker/Dockerfile --target "$target" \
    --label "org.opencontainers.image.revision=$(git rev-parse HEAD)" \
    --label "org.opencontainers.image.version=$tag" \
    -t "$registry/$target:$tag" .
  if [[ ${PUSH:-0} == 1 ]]; then
    "$docker" push "$registry/$target:$tag"
  fi
done
