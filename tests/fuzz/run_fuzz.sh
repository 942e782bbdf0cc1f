#!/bin/sh
# Build the CLI fuzz target with clang 14 (libFuzzer, ASan, UBSan) and run it
# for a bounded time over a copy of the seed corpus in tests/fuzz/corpus.
# Usage: run_fuzz.sh SOURCE_DIR WORK_DIR [SECONDS]
set -eu
SRC=$1
WORK=$2
SECONDS_=${3:-30}
CXX=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$CXX" ]; then
	echo "run_fuzz: clang++ not found (scripts/setup-debian.sh installs clang-14)" >&2
	exit 1
fi
mkdir -p "$WORK/corpus"
"$CXX" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-DPIXFMT_VERSION='"fuzz"' -I"$SRC/include" -I"$SRC/cli" \
	"$SRC/cli/cli.cpp" "$SRC/cli/picture.cpp" "$SRC/tests/fuzz/cli_fuzz.cpp" -lfmt -o "$WORK/cli_fuzz"
cp "$SRC"/tests/fuzz/corpus/* "$WORK/corpus/"
"$WORK/cli_fuzz" -max_total_time="$SECONDS_" -max_len=256 -timeout=10 \
	-artifact_prefix="$WORK/" "$WORK/corpus" 2>&1 | tail -n 5
