#!/usr/bin/env bash
# Runs `winnow run` on one bad input at a time (beside a good file) and prints what each gets:
# exit code, the messages, and the rejected.jsonl.gz records. The table in the issue-#6 report.
# Usage: Benchmarks/robustness/bad_inputs.sh [WINNOW=.build/release/winnow]
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=$(cd "$ROOT" && realpath "${1:-.build/release/winnow}")
W=$(mktemp -d /tmp/winnow-bad.XXXXXX)
chmod 777 "$W"
trap 'rm -rf "$W"' EXIT
cd "$ROOT"
good='A good story about the harbour and the ferry timetable this spring.'

case_() {  # name, then a command that creates files in $W/$name/in
    local name=$1; shift
    mkdir -p "$W/$name/in"; chmod 777 "$W/$name"
    echo "$good" > "$W/$name/in/good.txt"
    (cd "$W/$name/in" && eval "$@")
    echo "### $name"
    local pre=()
    [ "$name" = unreadable ] && pre=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    local extra=()
    [ -f "$W/$name/args" ] && read -ra extra < "$W/$name/args"
    timeout 20 "${pre[@]}" "$BIN" run "$W/$name/in" "${extra[@]}" --output "$W/$name/out" --pipeline Pipelines/dedup.yaml \
        2>&1 | sed -e "s|$W/||g" -e 's/^[0-9T:+-]* //' | cut -c1-220
    echo "exit ${PIPESTATUS[0]}"
    if [ -f "$W/$name/out/rejected.jsonl.gz" ]; then
        zcat "$W/$name/out/rejected.jsonl.gz" | sed -e "s|$W/||g" | cut -c1-220
    fi
    echo
}

case_ invalid_utf8 "printf 'Caf\xc3 au lait and \xff\xfe more words\n' > a.txt"
case_ truncated_gzip "python3 -c \"import gzip,sys; d=gzip.compress(('word '*20000+'\\n').encode()*3); open('t.txt.gz','wb').write(d[:len(d)//2])\""
case_ corrupt_gzip_header "printf '\x1f\x8bXXXXXXXXXXXXXXXX' > c.txt.gz"
case_ jsonl_not_json "printf '{\"text\": \"fine record one\"}\nnot json at all\n' > a.jsonl"
case_ jsonl_missing_text "printf '{\"id\": \"1\", \"body\": \"no text field\"}\n' > a.jsonl"
case_ jsonl_text_not_string "printf '{\"id\": \"1\", \"text\": 42}\n' > a.jsonl"
case_ line_50mb "{ echo before; python3 -c 'import sys; sys.stdout.write(\"a\" * 52428800)'; echo; echo after; } > big.txt"
case_ empty_file ": > empty.txt"
case_ empty_directory "mkdir -p $W/empty_directory/emptydir; echo $W/empty_directory/emptydir > ../args"
case_ binary_nul "head -c 20000 /dev/urandom > blob.txt; head -c 2000 /dev/zero >> blob.txt"
case_ bom_crlf_nbsp "printf '\xef\xbb\xbfFirst line\r\nsecond\xc2\xa0line\r\n' > a.txt"
case_ unreadable "echo secret > locked.txt; chmod 000 locked.txt"
case_ directory_named_txt "mkdir odd.txt"
case_ fifo "mkfifo pipe.txt"
case_ hostile_ids "printf '{\"id\": \"../../escape\", \"text\": \"one story\"}\n{\"id\": \"/etc/passwd\", \"text\": \"two story\"}\n' > a.jsonl"
echo "### missing_path"
"$BIN" run "$W/nope.txt" --output "$W/missing-out" 2>&1 | sed -e "s|$W/||g" | head -3
echo "exit ${PIPESTATUS[0]}"
