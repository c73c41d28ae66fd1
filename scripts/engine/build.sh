#!/usr/bin/env bash
# Builds the Pulumi engine toolchain the engine suite runs (the CLI, the Node.js language host and the
# dynamic-provider launcher) from the Go module proxy, pinned by the go.mod/go.sum files beside this script,
# and caches it outside the clone in a directory keyed by every version that goes into it. A second run, or
# CI's fresh clone on the same machine, finds the cache and returns at once.
#
#   bash scripts/engine/build.sh            build (or reuse) and print the toolchain directory
#   bash scripts/engine/build.sh --dir      print the toolchain directory if it is built; exit 1 if not
#
# Nothing is downloaded from anywhere but the Go module proxy; no binary is committed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

fail() {
  echo "engine:build: $*" >&2
  exit 1
}

command -v go >/dev/null || fail "Go is not installed (the engine toolchain is built with Go 1.26 or later)."
command -v node >/dev/null || fail "node is not on PATH."

# The CLI's version is the @pulumi/pulumi of the lockfile; the wrapper module must pin the same release.
sdk_version="$(node -p "require('$root/package-lock.json').packages['node_modules/@pulumi/pulumi'].version")"
# The version a go.mod requires of a module, in either require form.
required() { sed -nE "s#^(require)?[[:space:]]*$2 v([^ ]+).*#\\2#p" "$here/$1/go.mod" | head -1; }
cli_version="$(required cli github.com/pulumi/pulumi/pkg/v3)"
[ "$cli_version" = "$sdk_version" ] ||
  fail "scripts/engine/cli/go.mod pins pkg/v3 v$cli_version but package-lock.json has @pulumi/pulumi $sdk_version: run 'go get github.com/pulumi/pulumi/pkg/v3@v$sdk_version github.com/pulumi/pulumi/sdk/v3@v$sdk_version && go mod tidy' in scripts/engine/cli."
base_host_version="$(required langhost-base github.com/pulumi/pulumi/sdk/v3)"
go_version="$(go env GOVERSION)"

# The key covers everything that changes a binary: versions, the Go toolchain and our own sources.
sources_hash="$(cat "$here"/*/go.mod "$here"/*/go.sum "$here"/*/*.go "$0" | sha256sum | cut -c1-12)"
cache_root="${KONNECT_ENGINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/konnect-auth0-dcr/engine}"
dir="$cache_root/pulumi-v$cli_version-nodejs-host-v$base_host_version-$go_version-$sources_hash"

if [ "${1:-}" = "--dir" ]; then
  [ -f "$dir/ready" ] || exit 1
  echo "$dir"
  exit 0
fi
if [ -f "$dir/ready" ]; then
  echo "engine:build: toolchain already built for pulumi v$cli_version ($go_version)" >&2
  echo "$dir"
  exit 0
fi

started=$SECONDS
step() { printf 'engine:build: [%4ds] %s\n' "$((SECONDS - started))" "$*" >&2; }

# Probe first: every module the three builds need must come from the proxy, or we stop before compiling.
step "probing the Go module proxy ($(go env GOPROXY)) for the modules of pulumi v$cli_version and the language host"
missing=""
for module in cli langhost-base langhost; do
  if ! out="$(cd "$here/$module" && go mod download 2>&1)"; then
    missing="$missing\n  scripts/engine/$module: $(echo "$out" | grep -E 'go: |reading|403|404|410' | head -5 | tr '\n' ' ')"
  fi
done
[ -z "$missing" ] || fail "the Go module proxy does not serve what the toolchain needs:$(printf '%b' "$missing")"

mkdir -p "$cache_root"
tmp="$(mktemp -d "$cache_root/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"

# go build -v names each package as it compiles it: show a count every 100 so a cold build (many minutes)
# visibly progresses.
build() {
  local label="$1" module="$2" out="$3" pkg="$4"
  shift 4
  step "building $label"
  (cd "$here/$module" && CGO_ENABLED=0 go build -v -trimpath "$@" -o "$out" "$pkg" 2>&1) |
    awk -v label="$label" '/^(go: |#|.*\.go:[0-9]+)/ { print; fflush(); next } { n++; if (n % 100 == 0) { printf "engine:build:        %s: %d packages compiled\n", label, n; fflush() } }' >&2
  [ "${PIPESTATUS[0]}" -eq 0 ] && [ -x "$out" ] || fail "building $label failed (see above)"
}

# Release flags of the CLI (its .goreleaser.yml): static, trimmed paths, these tags, the version stamped in.
build "pulumi v$cli_version" cli "$tmp/bin/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
  -tags osusergo,grpcnotrace -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$cli_version"
build "the Node.js language host (sdk/v3 v$base_host_version)" langhost-base "$tmp/bin/pulumi-language-nodejs-base" \
  github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs
build "the language host's policy-pack launcher" langhost "$tmp/bin/pulumi-language-nodejs" .

# The dynamic-provider launcher is a shell script shipped in the sdk/v3 module of the CLI's release.
sdk_dir="$(cd "$here/cli" && go list -m -f '{{.Dir}}' github.com/pulumi/pulumi/sdk/v3)"
install -m 755 "$sdk_dir/nodejs/dist/pulumi-resource-pulumi-nodejs" "$tmp/bin/pulumi-resource-pulumi-nodejs"

"$tmp/bin/pulumi" version >/dev/null || fail "the built CLI does not run"
cat >"$tmp/manifest.json" <<JSON
{
  "pulumi": "$cli_version",
  "nodejsHostBase": "$base_host_version",
  "go": "$go_version",
  "builtInSeconds": $((SECONDS - started))
}
JSON
touch "$tmp/ready"
rm -rf "$dir"
mv "$tmp" "$dir"
trap - EXIT
step "toolchain ready in $dir"
echo "$dir"
