# Shared set-up for scripts/run and scripts/test: Debian packages, configure, build.
# Sourced, not run. Idempotent: a second run installs nothing and rebuilds incrementally.

TIGRIS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TIGRIS_BUILD="${TIGRIS_BUILD:-$TIGRIS_ROOT/build}"
TIGRIS_BUILD_TARGETS=("${TIGRIS_BUILD_TARGETS[@]}")

TIGRIS_PACKAGES=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-svg-dev libgl-dev
  libsqlite3-dev sqlite3 catch2 zlib1g-dev libicu-dev libssl-dev
  postgresql-15 postgresql-15-postgis-3 libpq-dev
  libgdal-dev gdal-bin
  xvfb xauth
  ffmpeg
  desktop-file-utils appstream shared-mime-info file
  poppler-utils qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)

tigris_missing_packages() {
  local missing=() p
  for p in "${TIGRIS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]}"
}

tigris_install_packages() {
  local missing
  missing="$(tigris_missing_packages)"
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    elif command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
      echo "tigris: installing Debian packages needs your password: $missing" >&2
    else
      echo "tigris: these Debian packages are missing and I cannot install them (not root, no sudo):" >&2
      echo "  apt-get install $missing" >&2
      return 1
    fi
  fi
  echo "tigris: installing Debian packages: $missing" >&2
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing ||
    { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends $missing; }
}

tigris_build() {
  local launcher=()
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  if [ ! -f "$TIGRIS_BUILD/CMakeCache.txt" ] || [ $# -gt 0 ]; then # options given: apply them
    cmake -S "$TIGRIS_ROOT" -B "$TIGRIS_BUILD" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
  fi
  local targets=() t
  for t in "${TIGRIS_BUILD_TARGETS[@]}"; do targets+=(--target "$t"); done
  cmake --build "$TIGRIS_BUILD" -j"$(nproc)" "${targets[@]}"
}
