#!/bin/sh
# Part of `npm test` (its pretest step): the HTML report's browser test (src/report/html.test.ts)
# renders the page in Debian's Chromium at /usr/bin/chromium, driven by playwright-core, which
# downloads no browser of its own. When it is missing, install it from Debian's packages — as root,
# or through sudo when sudo needs no password; otherwise stop with what to run. Never a skip.
set -eu
CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  AS=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  AS="sudo -n"
else
  echo "npm test: $CHROMIUM is missing; the HTML report's browser test needs Debian's Chromium." >&2
  echo "  Install it as root: apt-get update && apt-get install -y chromium   (then run npm test again)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test: $CHROMIUM is missing and this machine has no apt-get; install Chromium so that $CHROMIUM runs it." >&2
  exit 1
fi
echo "npm test: installing Debian's chromium for the HTML report's browser test (once) ..." >&2
$AS apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $AS apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "npm test: apt-get installed chromium, but $CHROMIUM is still missing." >&2; exit 1; }
