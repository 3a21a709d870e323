#!/usr/bin/env bash
# Measures the web app on a generated WhatsApp export of N messages (default 100000): creating the encrypted case,
# upload and preserve, the first timeline page (import + assess + render), a repeat (timeline cached, assessment
# re-run), the assessment page, and the PDF report and evidence bundle downloads. Needs cli/target/malcomms.jar
# (mvn -B -DskipTests package) and curl.
# Usage: web/bench/timeline.sh [N]
set -euo pipefail
n="${1:-100000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) { d = int(i / 1440) % 28 + 1; m = int(i / 40320) % 12 + 1;
  printf "%02d/%02d/2024, %02d:%02d - %s: message %d, you are a liar and I will find you\n", d, m,
  int(i / 60) % 24, i % 60, (i % 3 ? "Sam Reed" : "Alex Kerr"), i + 1 } }' > "$work/chat.txt"
java -jar "$here/cli/target/malcomms.jar" serve --no-browser --data "$work/cases" > "$work/out" 2>/dev/null &
pid=$!
until [ -s "$work/out" ]; do sleep 0.2; done
url="$(head -1 "$work/out")"; base="${url%%/\?*}"
curl -s -c "$work/cj" "$url" > /dev/null
csrf="$(curl -s -b "$work/cj" "$base/" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -b "$work/cj" -o /dev/null -w "create the encrypted case (scrypt): %{time_total} s\n" \
  --data-urlencode "csrf=$csrf" -d "mode=new&name=bench&passphrase=bench-passphrase&passphrase2=bench-passphrase" \
  "$base/cases"
echo "messages: $n ($(du -h "$work/chat.txt" | cut -f1))"
curl -s -b "$work/cj" -o /dev/null -w "upload and preserve: %{time_total} s\n" -F "csrf=$csrf" \
  -F "files=@$work/chat.txt" "$base/case/upload"
curl -s -b "$work/cj" -o /dev/null -w "timeline page 1, first (import + assess + render): %{time_total} s, %{size_download} bytes\n" "$base/case/timeline"
curl -s -b "$work/cj" -o /dev/null -w "timeline page 1, again: %{time_total} s\n" "$base/case/timeline"
curl -s -b "$work/cj" -o /dev/null -w "assessment page: %{time_total} s\n" "$base/case/assessment"
curl -s -b "$work/cj" -o /dev/null -w "PDF report: %{time_total} s, %{size_download} bytes\n" "$base/case/download/pdf"
curl -s -b "$work/cj" -o /dev/null -w "evidence bundle (PDF again + bundle): %{time_total} s, %{size_download} bytes\n" \
  "$base/case/download/bundle"
echo "server RSS: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MB", $1 / 1024}')"
