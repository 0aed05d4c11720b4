# Records Debian 12's busybox 1.35.0 stderr for busybox-wording.test.ts:
# python3 test/unit/coreutils/record-busybox.py (writes recorded-busybox.json). The version banner
# is rewritten to the images' 1.36.1 line (the dispatcher's), the rest is busybox's own text.
import json, os, subprocess
CASES = [['ls', '/nope'], ['ls', '/tmp/a', '/nope'], ['rm', '/nope'], ['rm', '-r', '/nope'], ['mkdir', '/tmp'], ['mkdir', '/nope/x'],
         ['cat', '/nope'], ['rmdir', '/nope'], ['cp', '/nope', '/tmp/x'], ['mv', '/nope', '/tmp/x'], ['touch', '/nope/x'],
         ['chmod', '644', '/nope', '/nope2'], ['head', '/nope'], ['wc', '/nope'], ['ls', '--x'], ['ls', '-z'], ['cat', '-z'], ['rm', '--bogus']]
out = []
for argv in CASES:
    p = subprocess.run(['busybox'] + argv, capture_output=True, text=True, cwd='/')
    err = p.stderr.replace('BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.', 'BusyBox v1.36.1 (Debian 1:1.36.1-3) multi-call binary.')
    out.append({'argv': argv, 'stdout': p.stdout, 'stderr': err, 'status': p.returncode})
json.dump({'tool': 'busybox 1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)', 'cases': out}, open(os.path.join(os.path.dirname(__file__), 'recorded-busybox.json'), 'w'), indent=1)
