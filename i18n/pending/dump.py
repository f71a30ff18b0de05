import polib, sys
p = polib.pofile(sys.argv[1])
for e in p:
    if e.obsolete: continue
    if e.translated() and 'fuzzy' not in e.flags and len(sys.argv) < 3: continue
    out = []
    if e.comment: out.append('#. ' + e.comment.replace('\n', ' | '))
    if e.flags: out.append('#, ' + ','.join(e.flags))
    if e.msgctxt: out.append('CTX: ' + repr(e.msgctxt))
    out.append('ID: ' + repr(e.msgid))
    if e.msgid_plural: out.append('PL: ' + repr(e.msgid_plural))
    if e.translated(): out.append('STR: ' + repr(e.msgstr or e.msgstr_plural))
    print('\n'.join(out)); print()
