#!/usr/bin/env bash
# Runs the CI build (.ci/run, that is `mvn -B verify`) N times, each time on a fresh clone, while CPU hogs keep
# the machine busy, and prints how many runs passed and failed. A test that fails here fails on a slow machine.
#
#   tools/soak-ci.sh 10                  # ten runs of the committed HEAD beside two `sha256sum /dev/zero`
#   SOAK_REF=main tools/soak-ci.sh 3     # another commit, branch or tag of this repository
#   SOAK_HOGS=0 tools/soak-ci.sh 1       # no hogs
#
# Environment: SOAK_REF (default HEAD), SOAK_HOGS (default 2), SOAK_OUT (default target/soak: a log per run,
# and the test reports of each failed run). Each clone sits next to a link to ../shared (the servers' specs), as
# the checkout does. Only committed work is tested. Exit status 0 when every run passed, 1 otherwise.
set -euo pipefail

usage() {
    echo "usage: $0 N   (N runs of .ci/run on fresh clones beside \${SOAK_HOGS:-2} CPU hogs)" >&2
    exit 2
}
[[ $# -eq 1 && "$1" =~ ^[1-9][0-9]*$ ]] || usage
runs=$1

repo=$(cd "$(dirname "$0")/.." && pwd)
ref=${SOAK_REF:-HEAD}
hogs=${SOAK_HOGS:-2}
[[ "$hogs" =~ ^[0-9]+$ ]] || { echo "SOAK_HOGS must be a number, not '$hogs'" >&2; exit 2; }
out=${SOAK_OUT:-$repo/target/soak}
rev=$(git -C "$repo" rev-parse --verify --quiet "$ref^{commit}") \
    || { echo "$ref is not a commit of $repo" >&2; exit 2; }
source_repo=$(cd "$repo" && cd "$(git rev-parse --git-common-dir)" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/soak-ci.XXXXXX")
mkdir -p "$out"
# the build reads the servers' specs from ../shared, next to the checkout: the clones get the same neighbour
if [[ -d "$repo/../shared" ]]; then
    ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
else
    echo "soak: no $repo/../shared: the contract tests will be skipped" >&2
fi

hog_pids=()
stop_hogs() {
    for pid in "${hog_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    hog_pids=()
}
cleanup() {
    stop_hogs
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for ((h = 0; h < hogs; h++)); do
    sha256sum /dev/zero > /dev/null 2>&1 < /dev/null &
    hog_pids+=("$!")
done

echo "soak: $runs run(s) of .ci/run on fresh clones of $(git -C "$repo" log -1 --format='%h %s' "$rev")"
echo "soak: $hogs CPU hog(s) (sha256sum /dev/zero, pids ${hog_pids[*]:-none}) on $(nproc) cores; logs in $out"

passed=0
failed=0
for ((i = 1; i <= runs; i++)); do
    clone="$work/run-$i"
    log="$out/run-$i.log"
    git clone --quiet --no-checkout "$source_repo" "$clone"
    git -C "$clone" checkout --quiet --detach "$rev"
    start=$(date +%s)
    if "$clone/.ci/run" > "$log" 2>&1; then
        status=passed
        passed=$((passed + 1))
    else
        status=FAILED
        failed=$((failed + 1))
        mkdir -p "$out/run-$i-reports"
        cp -r "$clone/target/surefire-reports" "$clone/target/failsafe-reports" "$out/run-$i-reports/" \
            2>/dev/null || true
    fi
    seconds=$(($(date +%s) - start))
    tests=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' \
        "$log" | head -1 | sed -E 's/^\[[A-Z]+\] //' || true)
    printf 'run %d/%d: %s in %dm%02ds (%s)\n' "$i" "$runs" "$status" $((seconds / 60)) $((seconds % 60)) \
        "${tests:-no test summary}"
    if [[ $status == FAILED ]]; then
        # what failed: tests, or another step of the build (static analysis, bundle checks); XSD fetches are noise
        grep -E '^\[ERROR\]|^org\.openhab\.binding\.jellyfin\.[A-Za-z.]+\.java:\[' "$log" \
            | grep -v -e 'Unable to get XSD' -e '^\[ERROR\] *$' -e 'Help 1' -e 'Re-run Maven' -e 'full stack trace' \
            | head -12 | sed 's/^/    /' || true
    fi
    rm -rf "$clone"
done

stop_hogs
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
