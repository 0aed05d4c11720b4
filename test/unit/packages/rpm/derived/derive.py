"""Runs dnf 4.7.0's and yum 3.4's own layout methods (Output.calcColumns, fmtColumns,
_pto_callback, CliTransactionDisplay/YumCliRPMCallBack._makefmt), pulled out of their
output.py with ast, over the sandbox's vim transactions at a given terminal width; prints
the table, rules and the rpm callback's final lines as dnf/yum would on such a terminal.
usage: derive.py dnf|yum OUTPUT_PY WIDTH"""
import ast, sys

flavor, src, W = sys.argv[1], sys.argv[2], int(sys.argv[3])
import re, textwrap
text = open(src).read()

class Floor(ast.NodeTransformer):  # yum is Python 2: int / int is floor division
    def visit_BinOp(self, n):
        self.generic_visit(n)
        if flavor == 'yum' and isinstance(n.op, ast.Div): n.op = ast.FloorDiv()
        return n

def methods(cls, names):
    """The named methods of class `cls`, cut out of the source by indentation (yum's file is
    Python 2 as a whole; these methods parse as Python 3). Static ones stay unbound."""
    body = text[text.index('\nclass %s' % cls):]
    body = body[:(re.search(r'\n(class |def )', body[1:]) or re.search('$', body)).start() + 1]
    out = {}
    for name in names:
        m = re.search(r'\n((    @staticmethod\n)?    def %s\(.*?)(?=\n    (def |@)|\Z)' % name, body, re.S)
        code = textwrap.dedent(m.group(1))
        static = code.startswith('@staticmethod')
        f = ast.parse(code.replace('@staticmethod\n', '')).body[0]
        ns = dict(G)
        exec(compile(ast.fix_missing_locations(ast.Module(body=[Floor().visit(f)], type_ignores=[])), src, 'exec'), ns)
        out[name] = (ns[name], static)
    return out

def fill(msg, fill, chop=None, left=True, prefix='', suffix=''):
    if chop is not None: msg = msg[:max(chop, 0)]
    extra = ' ' * max(0, fill - len(msg))
    return prefix + msg + suffix + extra if left else extra + prefix + msg + suffix

G = dict(xrange=range, exact_width=len, utf8_width=len, ucd=str, to_unicode=str, fill_exact_width=fill, utf8_width_fill=fill, long=int)

class Term: pass
class Self: pass
s = Self(); s.term = Term()
s.term.columns = max(20, W) if W else 80
s.term.real_columns = W or None
out_cls = 'Output' if flavor == 'dnf' else 'YumOutput'
for k, (f, static) in methods(out_cls, ['calcColumns', '_calc_columns_spaces_helps', 'fmtColumns', '_fmt_column_align_width', '_col_data'] + (['_pto_callback'] if flavor == 'dnf' else [])).items():
    setattr(s, k, f if static else (lambda f: lambda *a, **kw: f(s, *a, **kw))(f))
s._highlight = lambda h: ('', '')
cb = methods('CliTransactionDisplay' if flavor == 'dnf' else 'YumCliRPMCallBack', ['_makefmt'])['_makefmt'][0]
c = Self(); c.width = s.term.columns; c.mark = '='

rows = {
  'dnf': [('Installing', [('vim-enhanced', 'x86_64', '2:8.0.1763-16.el8', 'appstream', '1.5 M')]),
          ('Installing dependencies', [('gpm-libs', 'x86_64', '1.20.7-17.el8', 'appstream', '14 k'), ('vim-common', 'x86_64', '2:8.0.1763-16.el8', 'appstream', '122 k'),
                                       ('vim-filesystem', 'noarch', '2:8.0.1763-16.el8', 'appstream', '6.7 M'), ('which', 'x86_64', '2.21-12.el8', 'baseos', '41 k')])],
  'yum': [('Installing', [('vim-enhanced', 'x86_64', '2:7.4.629-8.el7_9', 'updates', '1.5 M')]),
          ('Installing for dependencies', [('gpm-libs', 'x86_64', '1.20.7-6.el7', 'base', '14 k'), ('vim-common', 'x86_64', '2:7.4.629-8.el7_9', 'updates', '122 k'),
                                           ('vim-filesystem', 'x86_64', '2:7.4.629-8.el7_9', 'updates', '6.7 M'), ('which', 'x86_64', '2.20-7.el7', 'base', '41 k')])],
}[flavor]
# list_transaction (dnf output.py 1213-1290, yum output.py 1590-1625), without hawkey
data = {'n': {}, 'v': {}, 'r': {}}
a_wid = 0
for _, lines in rows:
    for (n, a, evr, r, size) in lines:
        for d, v in (('n', len(n)), ('v', len(evr)), ('r', len(r))): data[d][v] = data[d].get(v, 0) + 1
        a_wid = max(a_wid, len(a))
cols = s.calcColumns([data['n'], {}, data['v'], data['r'], {}], indent='  ', columns=[1, a_wid, 1, 1, 5], remainder_column=2,
                     **({'total_width': None} if flavor == 'dnf' else {}))
n_wid, a_wid, v_wid, r_wid, s_wid = cols
width = max(s.term.columns, sum(cols) + 5) if flavor == 'dnf' else s.term.columns
short = lambda w, sh, lo: lo if flavor == 'dnf' and len(lo) <= w else sh
print('=' * width)
print(s.fmtColumns((('Package', -n_wid), (short(a_wid, 'Arch', 'Architecture'), -a_wid), ('Version', -v_wid),
                    ('Repository' if flavor == 'yum' else short(r_wid, 'Repo', 'Repository'), -r_wid), ('Size', s_wid)), ' '))
print('=' * width)
for action, lines in rows:
    sys.stdout.write(action + ':\n')
    for (n, a, evr, r, size) in lines:
        sys.stdout.write(s.fmtColumns(((n, -n_wid), (a, -a_wid), (evr, -v_wid), (r, -r_wid), (size, s_wid)), ' ', '\n'))
print('\nTransaction Summary\n' + '=' * width)
# the rpm callback's final line per package (progress=False, percent 100), then print(" ")
wid1 = 17 if flavor == 'dnf' else 11
names = ([(1, 'which-2.21-12.el8.x86_64'), (2, 'vim-filesystem-2:8.0.1763-16.el8.noarch'), (5, 'vim-enhanced-2:8.0.1763-16.el8.x86_64')] if flavor == 'dnf'
         else [(1, 'which-2.20-7.el7.x86_64'), (2, '2:vim-filesystem-7.4.629-8.el7_9.x86_64'), (5, '2:vim-enhanced-7.4.629-8.el7_9.x86_64')])
for i, name in names:
    fmt, w1, w2 = cb(c, 100, i, 5, progress=False, pkgname=name, wid1=wid1)
    print(fmt % (fill('Installing', w1, w1), fill(name, w2, w2)) + ' ')
if flavor == 'dnf':
    msgs = ['gpm-libs-1.20.7-17.el8.x86_64', 'vim-common-2:8.0.1763-16.el8.x86_64', 'vim-enhanced-2:8.0.1763-16.el8.x86_64', 'vim-filesystem-2:8.0.1763-16.el8.noarch', 'which-2.21-12.el8.x86_64']
    print('\n'.join(s._pto_callback('Installed', [type('T', (), {'__str__': (lambda m: lambda self: m)(m)})() for m in msgs])))
