#!/bin/sh
# Reproduce the figures of bench/README.md: run-time lookups (Google Benchmark,
# ratios against baselines measured in the same run), the search for a hash
# cheaper than a multiply, pixfmt against FFmpeg and GStreamer in one process,
# instructions per operation (callgrind), the kernel C helpers over the full
# table and a 10-format subset with both tables' read-only data, the
# compile-time cost of including pixfmt, and the generated header's size.
# Usage: bench/run.sh [build dir]   (default: build-bench, configured Release)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build-bench}
# the peers of peers_bench: FFmpeg's libavutil and GStreamer's video library
scripts/setup-debian.sh libavutil-dev libgstreamer-plugins-base1.0-dev
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DPIXFMT_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target lookup_bench lookup_count peers_bench kernel_bench >/dev/null

echo "== run time (Google Benchmark)"
"$BUILD"/bench/lookup_bench --benchmark_min_time=0.2 --benchmark_repetitions=7 \
	--benchmark_report_aggregates_only=true 2>&1 | sed -n '/^ns\|^pixfmt\|^the hash\|^layout\|V4L2 codes/p'

echo "== hashes cheaper than a multiply that would keep every code in its own slot"
/usr/bin/python3 bench/cheap_hashes.py

echo "== instructions per lookup (callgrind)"
N=100000
ir() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BUILD"/bench/lookup_count "$1" "$2" 2>&1 \
		| sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
base1=$(ir none $N); base2=$(ir none $((N * 2)))
for mode in pixfmt linear index; do
	a=$(ir $mode $N); b=$(ir $mode $((N * 2)))
	# Difference of two run lengths cancels start-up; minus the empty loop.
	echo "$mode: $(( ((b - a) - (base2 - base1)) / N )) instructions per lookup"
done

echo "== pixfmt, FFmpeg and GStreamer in one process (Google Benchmark, medians of 7)"
"$BUILD"/bench/peers_bench --benchmark_min_time=0.2 --benchmark_repetitions=7 \
	--benchmark_report_aggregates_only=true 2>&1 | tee "$BUILD/peers.txt" | sed -n '/formats all three\|median/p'
ns() { sed -n "s/^$1_median *\([0-9.]*\) ns.*/\1/p" "$BUILD/peers.txt"; }
/usr/bin/python3 - "$(ns layout_pixfmt)" "$(ns layout_into_pixfmt)" "$(ns layout_gstreamer)" \
	"$(ns layout_ffmpeg)" "$(ns lookup_pixfmt)" "$(ns lookup_direct_index)" <<'PY'
import sys
pix, into, gst, ff, look, index = map(float, sys.argv[1:])
best = min(gst, ff)
print("lookup + 1080p layout: layout() %.2fx, layout_into() %.2fx faster than the faster peer "
      "(GStreamer %.2fx, FFmpeg %.2fx)" % (best / pix, best / into, gst / pix, ff / pix))
print("lookup: %.2fx a direct array index" % (look / index))
PY

echo "== instructions per operation (callgrind)"
for mode in lookup-pixfmt lookup-gstreamer lookup-ffmpeg lookup-index layout-pixfmt \
	layout-into-pixfmt layout-gstreamer layout-ffmpeg; do
	cnt() {
		valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BUILD"/bench/peers_bench --count "$1" "$2" 2>&1 |
			sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
	}
	a=$(cnt "$mode" $N); b=$(cnt "$mode" $((N * 2))); a0=$(cnt none $N); b0=$(cnt none $((N * 2)))
	echo "$mode: $(( ((b - a) - (b0 - a0)) / N )) instructions"
done

echo "== kernel C helpers in user space (kernel_bench: medians of 7, shuffled codes)"
"$BUILD"/bench/kernel_bench
for table in kernel/pixfmt_table.c "$BUILD"/bench/kernel_subset/pixfmt_table.c; do
	# no PIC, as the kernel builds: the tables stay in .rodata
	gcc -std=gnu11 -O2 -fno-pic -Itests/kernel/shim -I"$(dirname "$table")" -c "$table" -o "$BUILD/table.o"
	size -A "$BUILD/table.o" | awk -v t="$table" '/^\.rodata/ { s += $2 } END { print ".rodata and .rodata.str of " t ": " s " bytes" }'
done

echo "== compile time (g++ -std=c++20 -O2 -c, best of 3)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo 'int main() { return 0; }' > "$tmp/empty.cpp"
printf '#include <string>\nint main() { return 0; }\n' > "$tmp/string.cpp"
printf '#include <pixfmt/pixfmt.hpp>\nint main() { return 0; }\n' > "$tmp/include.cpp"
# the standard headers pixfmt.hpp includes, alone
printf '#include <array>\n#include <limits>\n#include <optional>\n#include <span>\n#include <string_view>\nint main() { return 0; }\n' > "$tmp/std.cpp"
printf '#include <pixfmt/format_table.hpp>\nint main() { return 0; }\n' > "$tmp/table.cpp"
# what a program that looks codes up carries: the hash slots (it only asks
# whether a code is known, so the formats themselves are left out)
printf '#include <pixfmt/pixfmt.hpp>\nint main(int c, char **) { return pixfmt::find_v4l2(c) ? 1 : pixfmt::find_drm(c) ? 2 : 0; }\n' > "$tmp/use.cpp"
/usr/bin/python3 - "$tmp/asserts.cpp" <<'PY'
import sys
sys.path.insert(0, "gen")
import model
db = model.load("formats.yaml")
checks = ["pixfmt::get_v4l2(0x%08xu).format" % c.code for f in db.formats for c in f.v4l2]
checks += ["pixfmt::get_drm(0x%08xu)" % f.drm.code for f in db.formats if f.drm]
lines = ["#include <pixfmt/pixfmt.hpp>"]
lines += ["static_assert(%s.color_planes() <= 4);" % checks[i % len(checks)] for i in range(500)]
lines.append("int main() { return 0; }")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
best() {
	b=""
	for _ in 1 2 3; do
		s=$(date +%s%N)
		g++ -std=c++20 -O2 -Iinclude -c "$1" -o "$tmp/out.o"
		e=$(( ($(date +%s%N) - s) / 1000000 ))
		if [ -z "$b" ] || [ "$e" -lt "$b" ]; then b=$e; fi
	done
	echo "$b"
}
e=$(best "$tmp/empty.cpp"); st=$(best "$tmp/string.cpp"); i=$(best "$tmp/include.cpp"); a=$(best "$tmp/asserts.cpp")
sd=$(best "$tmp/std.cpp"); tb=$(best "$tmp/table.cpp")
echo "empty TU: ${e} ms; #include <string>: ${st} ms; #include <pixfmt/pixfmt.hpp>: ${i} ms (+$((i - e)) ms); 500 static_assert lookups: ${a} ms (+$((a - i)) ms over the include)"
echo "of which: the standard headers pixfmt.hpp includes ${sd} ms; those and format_table.hpp ${tb} ms"

echo "== the generated header"
g++ -std=c++20 -O2 -Iinclude -c "$tmp/use.cpp" -o "$tmp/use.o"
echo "include/pixfmt/format_table.hpp: $(wc -l < include/pixfmt/format_table.hpp) lines, $(wc -c < include/pixfmt/format_table.hpp) bytes"
size -A "$tmp/use.o" | awk '/^\.rodata/ { s += $2 } END { print "read-only data of a program that looks codes up: " s " bytes" }'
