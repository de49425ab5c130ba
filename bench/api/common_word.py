#!/usr/bin/env python3
"""common_word.py DB: the word found in the most event headlines that is not a stop word (nor a
number), read from the headline column of the full-text index, and how many headlines hold it.
The database is opened read-only."""
import sqlite3
import sys

STOP = set("""a about after against all also an and any are as at be been before being between both but by
can could did do does during each for from had has have he her his how i if in into is it its last
more most new next no not of on one or other our out over said says she so some than that the their
them then there these they this those through to two under up was we were what when where which while
who will with would year years""".split())

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
db.execute("CREATE VIRTUAL TABLE temp.headline_words USING fts5vocab(main, events_fts, col)")
for term, documents in db.execute(
        "SELECT term, doc FROM temp.headline_words WHERE col = 'headline' ORDER BY doc DESC LIMIT 200"):
    if term not in STOP and not term.isdigit():
        print(term, documents)
        break
