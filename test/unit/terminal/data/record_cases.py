import json, sys
sys.path.insert(0, '/tmp/h5')
from pty_rec import run
cases = [
  dict(name='ctrl-c', cols=40, keys=['echo hello', '\x02\x02', '\x03']),
  dict(name='completion', cols=40, keys=['ls ', '\t', '\t', 'al', '\t', '\t', 'i', '\t', '\x15', 'cat be', '\t']),
  dict(name='completion-columns', cols=60, keys=['ls ', '\t', '\t', 'd', '\t', '\t', 'o', '\t']),
  dict(name='wrap-cjk', cols=20, ps1='日本$ ', keys=['echo 中文中文中文 hello world', '\x1b[D', '\x1b[D', '\x1b[D', '\x01', '\x05', '\x02', '\x7f']),
  dict(name='wrap-boundary', cols=20, keys=['echo abcdefghijklm', 'nop', 'q', '\x7f', '\x7f', 'XY', '\x02\x02\x02', '\x7f']),
  dict(name='exact-fill-enter', cols=10, rows=5, keys=[': abcdefg', '\r', ': xy', '\r']),
  dict(name='exact-fill-ctrl-c', cols=10, rows=5, keys=[': abcdefg', '\x03']),
  dict(name='clear', cols=30, keys=[': one', '\r', 'echo to be cleared', '\x02\x02', '\x0c']),
  dict(name='history', cols=40, keys=[': one', '\r', ': two', '\r', 'draft', '\x1b[A', '\x1b[A', 'X', '\x1b[B', '\x1b[B', ' kept', '\x1b[A', '\x1b[A']),
  dict(name='continuation', cols=40, keys=[": 'open", '\r', 'still', '\r', "done'", '\r', 'cat <<EOF >/dev/null', '\r', 'body', '\r', 'EOF', '\r']),
  dict(name='paste', cols=40, keys=['echo one\recho two\recho three\r']),
  dict(name='kill-yank', cols=40, keys=['echo alpha beta gamma', '\x17', '\x01', '\x1bf', '\x1bf', '\x0b', '\x19', '\x01', '\x1b[1;5C', '\x15', '\x05', '\x1bb', '\x1b[1;5D', '\x19']),
]
out = []
for c in cases:
    c.setdefault('ps1', '$ '); c.setdefault('rows', 10)
    c['output'] = run(c['keys'], cols=c['cols'], rows=c['rows'], ps1=c['ps1'])
    out.append(c)
print(json.dumps(out, ensure_ascii=False, indent=1))
