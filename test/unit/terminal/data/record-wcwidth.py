# Records glibc wcwidth/wcswidth (C.UTF-8) as test data for src/terminal/wcwidth.ts:
# every code point where glibc's width changes (both sides of each boundary) plus sample strings.
# Run: python3 record-wcwidth.py > wcwidth-glibc.json
import ctypes, json
libc = ctypes.CDLL('libc.so.6'); libc.setlocale(6, b'C.UTF-8')
libc.wcswidth.argtypes = [ctypes.c_wchar_p, ctypes.c_size_t]
pts = []
prev = None
for cp in range(0xa0, 0x110000):
    if 0xd800 <= cp <= 0xdfff: continue
    w = libc.wcwidth(cp)
    if w < 0: continue  # unassigned: the editor's width for these does not matter
    if prev is not None and prev[1] != w:
        pts += [prev, [cp, w]]
    prev = [cp, w]
strings = ["hello", "日本語のテキスト", "한국어", "e\u0301te\u0301", "😀 emoji 🐳", "ｆｕｌｌｗｉｄｔｈ", "a\u200bb",
           "中文 mixed ascii", "🇫🇷", "👨\u200d👩\u200d👧", "ﾊﾝｶｸ", "$ docker run -it ubuntu bash"]
print(json.dumps({'source': 'glibc 2.36 wcwidth, C.UTF-8', 'codePoints': pts,
                  'strings': [[s, libc.wcswidth(s, len(s))] for s in strings]}, ensure_ascii=False))
