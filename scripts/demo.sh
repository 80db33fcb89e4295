#!/usr/bin/env bash
# Set up, then run the main job on the bundled samples in a throwaway data home:
# add the sample recaps, search them, show one.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export DEBRIEF_HOME="${DEBRIEF_HOME:-$(mktemp -d -t debrief-demo.XXXXXX)}"
echo "demo: data home $DEBRIEF_HOME"
debrief=.venv/bin/debrief
set -x
$debrief add samples/recap-maria-lopez.wav samples/recap-priya-shah.flac samples/recap-short-note.ogg
$debrief list
$debrief search promotion
$debrief search "learning budget"
$debrief show 1
