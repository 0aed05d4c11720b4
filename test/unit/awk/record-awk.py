# Records real mawk's outputs for awk.test.ts: python3 test/unit/awk/record-awk.py (writes recorded-awk.json).
import json, subprocess, os
PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnginx:x:101:101:nginx user:/nonexistent:/bin/false\n"
PS = "  PID TTY          TIME CMD\n    1 pts/0    00:00:00 bash\n   42 pts/0    00:00:01 sleep\n  107 pts/0    00:00:00 ps\n"
NUMS = "3 apples 1.5\n10 pears 2.25\n7 plums 0.1\n\n  12   figs   3\n"
CASES = [
  (['{print $1}'], PS), (['-F:', '{print $1}'], PASSWD), (['{print $NF}'], PS), (['NR==2'], PS),
  (['/sleep/ {print}'], PS), (['/ps$/'], PS), (['-F', ':', '$3 >= 100 {print $1, $6}'], PASSWD),
  (['BEGIN {n=0} {n++} END {print n, NR}'], NUMS), (['{s += $1 * $3} END {print s; print s/3}'], NUMS),
  (['{print length($2), length}'], NUMS), (['{printf "%-8s|%5.2f|%3d|%x|%c\\n", $2, $3, $1, $1, 65}'], NUMS),
  (['{print ($1 > 5) ? "big" : "small", $1 ~ /^1/, $2 !~ /p/}'], NUMS), (['{print $2 "-" $1 "/" NF}'], NUMS),
  (['-v', 'x=5', 'BEGIN {print x + 1, x "a"; y = 7 % 3; print y, 2^10, -x}'], ''),
  (['BEGIN { for (name in ENVIRON) { print ( name ~ /^NGINX_/ ) ? name : "" } }'], ''),
  (['END { for (name in ENVIRON) { print ( name ~ /^NGINX_/ ) ? name : "" } }'], ''),
  (['BEGIN {print substr("hello world", 7), substr("hello", 2, 3), index("hello", "ll"), toupper("abc")}'], ''),
  (['{n = split($0, a, ":"); print n, a[1], a[n]}'], PASSWD),
  (['{gsub(/o/, "0"); sub(/:x:/, "[&]"); print}'], PASSWD),
  (['-F:', '{$2 = "*"; print; print NF}'], PASSWD),
  (['-F:', 'BEGIN {OFS="\\t"} {$1 = $1; print}'], PASSWD),
  (['NR==1, NR==2 {print NR": "$0}'], PS), (['NR > 1 {c[$4]++} END {for (k in c) n++; print n}'], PS),
  (['{ if ($1 > 5) print "gt", $1; else print "le", $1 }'], NUMS),
  (['BEGIN { i = 0; while (i < 3) { i++; if (i == 2) continue; print i } for (j = 0; j < 10; j++) { if (j == 2) break; print "j" j } }'], ''),
  (['BEGIN { printf "%s %d%%\\n", "rate", 42.9; printf("%5s|%-5s|%05d\\n", "a", "b", 42) }'], ''),
  (['BEGIN {print 1/3, 100000 * 100000, 0.1 + 0.2, 1e6, 1234567.5, int(-3.7)}'], ''),
  (['NR==3 {exit} {print}'], PS), (['{print $1; next; print "never"}'], 'a b\nc d\n'),
  (['BEGIN {print match("foobar", /ob/), RSTART, RLENGTH}'], ''), (['{print $1 $2}'], 'x y z\n'),
  (['BEGIN {x["a"]=1; delete x["a"]; print ("a" in x), length(x)}'], ''),
  (['{print $1'], ''), (['--nope', '{print}'], ''),
]
env = {'PATH': '/usr/bin:/bin', 'HOME': '/root', 'NGINX_VERSION': '1.29.3', 'NGINX_ENVSUBST_TEMPLATE_DIR': '/etc/nginx/templates'}
out = []
for args, stdin in CASES:
    p = subprocess.run(['mawk'] + args, input=stdin, capture_output=True, text=True, env=env)
    out.append({'args': args, 'stdin': stdin, 'stdout': p.stdout, 'stderr': p.stderr.replace('mawk:', 'awk:'), 'status': p.returncode})
json.dump({'tool': 'mawk 1.3.4 20200120 (Debian 12)', 'env': env, 'cases': out}, open(os.path.join(os.path.dirname(__file__), 'recorded-awk.json'), 'w'), indent=1)
