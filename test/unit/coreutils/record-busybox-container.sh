#!/bin/bash
# Records busybox applets' output inside a real busybox:latest container (Debian's busybox-static
# 1.35.0) for busybox-formats.test.ts. Needs the real Docker of /work/shared/tools/real-docker.sh:
#   /work/shared/tools/real-docker.sh start; eval "$(/work/shared/tools/real-docker.sh env)"
#   bash test/unit/coreutils/record-busybox-container.sh
# Each file holds one command's stdout verbatim; nothing is normalized here (the test says which
# figures it takes from the recording: pids, the machine's disk and memory numbers).
set -e
out="$(dirname "$0")/busybox-recorded"
mkdir -p "$out"
docker rm -f llbbps >/dev/null 2>&1 || true
docker run -d --name llbbps busybox sleep 1000 >/dev/null 2>&1
for a in "ps" "ps aux" "ps -ef" "ps -o pid,comm" "ps -o pid,user,args" "ps -o pid,ppid,user,group,comm,args"; do
  docker exec llbbps $a > "$out/exec-${a// /_}.txt"
done
# Usage errors: stderr and status.
for a in "ps -x" "ps -o foo"; do
  docker exec llbbps $a > "$out/exec-${a// /_}.err" 2>&1 && echo 0 >> "$out/exec-${a// /_}.err" || echo "$?" >> "$out/exec-${a// /_}.err"
done
docker rm -f llbbps >/dev/null
docker run --rm busybox ps > "$out/run-ps.txt" 2>/dev/null
# df and free twice in one container, so the -h forms are of the same numbers as the plain ones.
docker run --rm busybox sh -c 'df; echo ==; df -h; echo ==; df -k /' > "$out/df.txt" 2>/dev/null
docker run --rm busybox sh -c 'free; echo ==; free -m; echo ==; free -h; echo ==; free -k; echo ==; free -g; echo ==; free -b' > "$out/free.txt" 2>/dev/null
docker run --rm busybox sh -c 'cat /proc/meminfo' > "$out/meminfo.txt" 2>/dev/null
docker run --rm busybox sh -c 'du /etc; du -s /etc; du -sh /etc; du -h /etc; ls -l /etc' > "$out/du-etc.txt" 2>/dev/null
docker run --rm busybox sh -c 'uname -a; date; id; echo hi | wc; echo hi | wc -l' > "$out/misc.txt" 2>/dev/null
docker run --rm busybox sh -c 'top -bn1' > "$out/top.txt" 2>/dev/null || true
