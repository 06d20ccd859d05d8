#!/bin/sh
# What the tests need beyond npm: Debian's Chromium (/usr/bin/chromium, the browser tests drive it) and PostgreSQL
# (initdb and pg_ctl; the tests start a throwaway cluster of their own). Installs what is missing; needs root and apt.
set -eu
missing=""
if ! command -v chromium >/dev/null 2>&1; then missing="chromium"; fi
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing="$missing postgresql"; fi
if [ -z "$missing" ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: no apt-get here; install$missing yourself (Chromium at /usr/bin/chromium; PostgreSQL's initdb and pg_ctl), or set REALITYCHECK_TEST_POSTGRES=0 to skip the PostgreSQL tests" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-test-deps: installing Debian's$missing for the tests" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq $missing >/dev/null
