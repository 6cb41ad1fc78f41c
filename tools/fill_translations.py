"""Fill a catalogue from a numbered list of translations (N|text, plural forms separated by |), numbered
in the template's order. A translator's convenience; most people edit the .po file directly (docs/translating.md).

    python tools/fill_translations.py LANGUAGE FILE
"""
import sys
from babel.messages.pofile import read_po, write_po
lang, src = sys.argv[1], sys.argv[2]
path = f"literacy_app/locale/{lang}/LC_MESSAGES/literacy_app.po"
cat = read_po(open(path, "rb"))
rows = {}
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip(): continue
    n, *forms = line.split("|")
    rows[int(n)] = [f.replace("\\n", "\n") for f in forms]
template = read_po(open("literacy_app/locale/literacy_app.pot", "rb"))
numbers = {}
for t in template:
    if t.id:
        numbers[t.id if isinstance(t.id, str) else t.id[0]] = len(numbers) + 1
n = 0
for m in cat:
    if not m.id: continue
    n = numbers.get(m.id if isinstance(m.id, str) else m.id[0], 0)
    if n not in rows: continue
    forms = rows[n]
    if isinstance(m.id, tuple):
        m.string = tuple(forms)
    else:
        m.string = "|".join(forms)
    m.flags.discard("fuzzy"); m.previous_id = []
write_po(open(path, "wb"), cat, width=0, include_previous=True)
print(n, len(rows))
