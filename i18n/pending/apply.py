"""Apply the dictionaries in i18n/pending/LANG/dict to the LANG catalogues.
usage: apply.py LANG ROOT   (ROOT = directory holding the pkhub apps, e.g. src/pkhub)
Only fills entries that are empty or fuzzy; keeps existing translations."""
import importlib.util, re, sys
from pathlib import Path
import polib

LANG = sys.argv[1]
D = Path(__file__).parent / LANG / 'dict'

def load(name, attr='T'):
    p = D / f'{name}.py'
    if not p.exists(): return {}
    spec = importlib.util.spec_from_file_location(name, p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return getattr(m, attr, {})

def tables():
    """{app: {msgid or (msgctxt, msgid): translation}}: dict/APP.py's T, or for core, accounts,
    library and search the CORE, ACCOUNTS, … tables of dict/small.py."""
    t = {}
    for app in ('core', 'accounts', 'library', 'search', 'community', 'eguide', 'news', 'pledges', 'training', 'ingest'):
        t[app] = load(app) if (D / f'{app}.py').exists() else load('small', app.upper()) if (D / 'small.py').exists() else {}
    return t

def main(root):
    root = Path(root); T = tables(); report = {}
    for po_path in sorted(root.glob(f'*/locale/{LANG}/LC_MESSAGES/django.po')):
        app = po_path.parents[3].name
        table = T.get(app, {})
        po = polib.pofile(str(po_path), wrapwidth=78)
        nplurals = int(re.search(r'nplurals=(\d+)', po.metadata['Plural-Forms']).group(1))
        n = 0; missing = []
        for e in po:
            if e.obsolete: continue
            if e.translated() and 'fuzzy' not in e.flags: continue
            key = (e.msgctxt, e.msgid) if e.msgctxt else e.msgid
            v = table.get(key)
            if v is None: missing.append(e.msgid); continue
            if e.msgid_plural:
                assert isinstance(v, list) and len(v) == nplurals, (app, e.msgid, nplurals)
                e.msgstr_plural = {i: s for i, s in enumerate(v)}
            else:
                assert isinstance(v, str), (app, e.msgid)
                e.msgstr = v
            if 'fuzzy' in e.flags: e.flags.remove('fuzzy')
            e.previous_msgid = e.previous_msgid_plural = e.previous_msgctxt = None
            n += 1
        if n: po.save(str(po_path))
        report[app] = (n, missing)
        print(f'{app}: translated {n}, missing {len(missing)}')
        for m in missing[:20]: print('   MISSING', repr(m))
    return report

if __name__ == '__main__':
    main(sys.argv[2])
