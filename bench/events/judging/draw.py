#!/usr/bin/env python3
"""draw.py EXPORT.json CORPUS_DIR OUT_DIR: the fixed-seed samples a reader judges events on.

EXPORT.json is `chronicle export --format json` of a database holding the TimeML files of CORPUS_DIR
(TimeBank in our runs). Writes to OUT_DIR:
  events.md  80 events drawn with random.seed(7), each with its date, state, headline and every
             source: the article file, its publication time, the sentence before and the sentence;
  pairs.md   30 pairs of events dated the same day that share a participant, drawn with the same
             seed: is each pair one happening or two?
A judge reads only these files and the articles (never the code), as EVENT_RUBRIC.md asks."""
import html, json, os, random, re, sys
from itertools import combinations

export, corpus, out = sys.argv[1], sys.argv[2], sys.argv[3]
events = json.load(open(export, encoding='utf-8'))['events']
norm = lambda s: re.sub(r'\s+', ' ', s).strip()

# Article texts, to name the file of a source and find the sentence before it.
texts = {}
for name in sorted(os.listdir(corpus)):
    if name.endswith('.tml'):
        raw = open(os.path.join(corpus, name), encoding='utf-8').read()
        body = re.search(r'<TEXT>(.*?)</TEXT>', raw, re.S)
        texts[name] = norm(html.unescape(re.sub(r'<[^>]+>', '', body.group(1) if body else raw)))


def locate(sentence):
    s = norm(sentence)
    for name, text in texts.items():
        at = text.find(s)
        if at >= 0:
            before = re.split(r'(?<=[.!?])\s+', text[:at].strip())
            return name, before[-1] if before and before[-1] else ''
    return '?', ''


def describe(e):
    lines = [f"- date {e['date']['value']} ({e['date']['granularity']}); headline: {e['headline']}"]
    for s in e['sources']:
        name, before = locate(s['sentence']['text'])
        trigger = (s.get('trigger') or {}).get('text') or '-'
        lines.append(f"  - source {name}, published {s['published']}, state {s.get('state', '?')}, "
                     f"expression \"{s['timex']['text'] or '(none: the publication day)'}\", trigger \"{trigger}\"")
        lines.append(f"    - before: {before}")
        lines.append(f"    - sentence: {norm(s['sentence']['text'])}")
    return '\n'.join(lines)


os.makedirs(out, exist_ok=True)
random.seed(7)
sample = random.sample(events, min(80, len(events)))
with open(os.path.join(out, 'events.md'), 'w', encoding='utf-8') as f:
    f.write(f'# 80 events drawn with random.seed(7) from {len(events)}\n\n')
    for i, e in enumerate(sample, 1):
        f.write(f'## {i}. event {e["id"]}\n{describe(e)}\n\n')

by_day = {}
for e in events:
    if e['date']['granularity'] == 'day':
        by_day.setdefault(e['date']['value'], []).append(e)
pairs = []
for day, group in sorted(by_day.items()):
    for a, b in combinations(group, 2):
        if {x['name'] for x in a['entities']} & {x['name'] for x in b['entities']}:
            pairs.append((a, b))
random.seed(7)
drawn = random.sample(pairs, min(30, len(pairs)))
with open(os.path.join(out, 'pairs.md'), 'w', encoding='utf-8') as f:
    f.write(f'# 30 pairs drawn with random.seed(7) from {len(pairs)} same-day pairs sharing a participant\n\n')
    for i, (a, b) in enumerate(drawn, 1):
        f.write(f'## pair {i}\n### A\n{describe(a)}\n### B\n{describe(b)}\n\n')
print(f'{len(sample)} events, {len(drawn)} pairs written to {out}')
