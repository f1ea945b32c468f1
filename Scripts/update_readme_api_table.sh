#!/usr/bin/env bash
# Regenerates the "Supported APIs" table in README.md (the block between
# <!-- api-table:begin --> and <!-- api-table:end -->) from `cu2hip apis --summary --format markdown`,
# building cu2hip first if needed. MappingTests fail while the README's block is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product cu2hip >&2
binary="$(swift build --show-bin-path)/cu2hip"

begin='<!-- api-table:begin -->'
end='<!-- api-table:end -->'
if [ "$(grep -cxF "$begin" README.md)" != 1 ] || [ "$(grep -cxF "$end" README.md)" != 1 ]; then
    echo "update_readme_api_table.sh: README.md needs exactly one '$begin' line and one '$end' line" >&2
    exit 1
fi

table="$(mktemp)"
updated="$(mktemp)"
trap 'rm -f "$table" "$updated"' EXIT
"$binary" apis --summary --format markdown >"$table"

awk -v begin="$begin" -v end="$end" -v table="$table" '
    $0 == begin { print; while ((getline line < table) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0 }
    !skipping { print }
' README.md >"$updated"

if cmp -s README.md "$updated"; then
    echo "README.md's API table is up to date" >&2
else
    cat "$updated" >README.md
    echo "README.md's API table updated" >&2
fi
