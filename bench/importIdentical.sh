#!/bin/bash
# Byte-identical check of `import` outputs between two builds (e.g. main's and a branch's):
#   bench/importIdentical.sh BUILD_A BUILD_B MAPPING DATASETS|- [csv|arrow|both] [fail|quarantine]
# BUILD_* are checkouts with dist/ built (and node_modules). Imports MAPPING with each build
# into a temporary folder and compares every file but the output-set manifest's timestamps
# (.planbench-outputs.json is compared too, minus lines naming a time). Exit 1 on a difference.
# A 1 M-row maven-crm export: node -e 'import("./dist/bench/importMapping.js").then(m => m.writeMavenExport("/tmp/x", 1e6))'
set -euo pipefail
a=$1; b=$2; mapping=$3; datasets=${4:--}; format=${5:-csv}; policy=${6:-fail}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  node --max-old-space-size=4096 --input-type=module -e "
    const { importDataset } = await import('$1/dist/sim/data/importDataset.js');
    const o = { out: '$2', format: '$format', onBadRows: '$policy' };
    if ('$datasets' !== '-') o.datasetsDir = '$datasets';
    importDataset('$mapping', o);" >"$2.stdout" 2>"$2.stderr" || echo "exit $?" >>"$2.stderr"
}
run "$a" "$work/a"
run "$b" "$work/b"
status=0
cmp -s "$work/a.stderr" "$work/b.stderr" || { echo "stderr differs"; status=1; }
if [ -d "$work/a" ] || [ -d "$work/b" ]; then
  diff -r -x .planbench-outputs.json "$work/a" "$work/b" >/dev/null || { diff -rq -x .planbench-outputs.json "$work/a" "$work/b"; status=1; }
  diff <(grep -v '"at"\|Time\|time' "$work/a/.planbench-outputs.json") <(grep -v '"at"\|Time\|time' "$work/b/.planbench-outputs.json") >/dev/null || { echo ".planbench-outputs.json differs"; status=1; }
fi
[ $status -eq 0 ] && echo "identical: $(find "$work/a" -type f | wc -l) files, $(du -sb "$work/a" | cut -f1) bytes"
exit $status
