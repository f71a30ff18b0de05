import re, sys, subprocess
from pathlib import Path
import polib
PH = re.compile(r'%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]|%[sdif]|\{[^{}]*\}')
TAG = re.compile(r'<[^>]+>|&[a-zA-Z#0-9]+;')
def ph(s): return sorted(PH.findall(s))
def tags(s): return sorted(t for t in TAG.findall(s))
bad = 0
for p in sorted(Path(sys.argv[2]).glob(f'*/locale/{sys.argv[1]}/LC_MESSAGES/django.po')):
    po = polib.pofile(str(p))
    nplur = int(re.search(r'nplurals=(\d+)', po.metadata['Plural-Forms']).group(1))
    for e in po:
        if e.obsolete: continue
        strs = [e.msgstr] if not e.msgid_plural else [e.msgstr_plural[k] for k in sorted(e.msgstr_plural)]
        if e.msgid_plural and sorted(int(k) for k in e.msgstr_plural) != list(range(nplur)):
            print('PLURAL COUNT', p, e.msgid); bad += 1
        srcs = [e.msgid] if not e.msgid_plural else [e.msgid_plural]
        for s in strs:
            if not s: continue
            if set(ph(s)) != set(ph(srcs[0])) and not (e.msgid_plural and set(ph(s)) == set(ph(e.msgid))):
                print('PLACEHOLDER', p.parts[-5], repr(e.msgid), ph(s)); bad += 1
            if tags(s) != tags(srcs[0]):
                print('TAGS', p.parts[-5], repr(e.msgid)[:80], tags(s), tags(srcs[0])); bad += 1
            for a, b in ((s, srcs[0]),):
                la = len(a) - len(a.lstrip('\n')); lb = len(b) - len(b.lstrip('\n'))
                ta = len(a) - len(a.rstrip('\n')); tb = len(b) - len(b.rstrip('\n'))
                if la != lb or ta != tb: print('NEWLINES', p.parts[-5], repr(e.msgid)[:60]); bad += 1
    r = subprocess.run(['msgfmt', '--check', '-o', '/dev/null', str(p)], capture_output=True, text=True)
    print(p.parts[-5], 'entries', len([e for e in po if not e.obsolete]), 'untranslated', len(po.untranslated_entries()), 'fuzzy', len(po.fuzzy_entries()), 'msgfmt', ('OK' if not [l for l in r.stderr.splitlines() if 'header field' not in l] else r.stderr.strip()) if r.returncode == 0 else 'ERROR ' + r.stderr.strip(), '(header-default warnings only)' if r.stderr.strip() and r.returncode == 0 else '')
print('problems:', bad)
