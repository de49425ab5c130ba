#!/usr/bin/env bash
# Installs what Chronicle needs to build, test and serve, and nothing that is already there.
# Debian packages through apt-get (run as root), front-end packages through npm from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(
  g++ cmake make pkg-config
  libhowardhinnant-date-dev libsqlite3-dev libcpp-httplib-dev nlohmann-json3-dev catch2
  tzdata nodejs chromium clang-14 libclang-rt-14-dev nginx
)

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Installing nginx would start Debian's default site on port 80; the tests run their own nginx
  # on 127.0.0.1 only. A policy-rc.d that says no keeps services from starting during the install.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v npm >/dev/null; then
  apt-get install -y -qq --no-install-recommends npm >/dev/null
fi

# npm ci only when the lock file changed since the last install.
if [ -f package-lock.json ]; then
  stamp=node_modules/.chronicle-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    echo "Installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
  if [ -x scripts/vendor.sh ] || [ -f scripts/vendor.sh ]; then bash scripts/vendor.sh; fi
fi
