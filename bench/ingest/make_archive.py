#!/usr/bin/env python3
"""make_archive.py N OUT.jsonl [--seed S] [--long K]: N synthetic news articles as JSON Lines
({"title", "published", "text", "url", "source"}), published over 1995-2025 and written out in random
publication order (the order an archive dump comes in, the hard case for merging). Each article has
4-8 dated sentences (a full date, a weekday, "last <month>", "N days ago", a year, "earlier this
month") about a recurring cast of people, companies and places, so that many sentences of different
articles tell the same happening. --long K repeats each sentence's filler K times (real articles are
3-5 times longer than K=1). For the ingest benchmark only: the texts are plausible, not real."""
import argparse
import json
import random
from datetime import datetime, timedelta

parser = argparse.ArgumentParser()
parser.add_argument("n", type=int)
parser.add_argument("out")
parser.add_argument("--seed", type=int, default=19)
parser.add_argument("--long", type=int, default=1)
args = parser.parse_args()
rnd = random.Random(args.seed)

first = ["Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
last = ["Moreau", "Saleh", "Wang", "Bianchi", "Novak", "Mensah", "Costa", "Sato", "Lindqvist", "Adeyemi"]
people = [f"{a} {b}" for a in first for b in last]
companies = [f"{a} {b}" for a in ["Atlas", "Harbor", "Summit", "Meridian", "Pioneer", "Crescent"]
             for b in ["Shipping", "Foods", "Mining", "Insurance", "Textiles", "Chemicals", "Media", "Steel"]]
places = ["Lisbon", "Accra", "Santiago", "Busan", "Kampala", "Tallinn", "Cusco", "Da Nang", "Rabat", "Hobart",
          "Yerevan", "Tromso"]
actions = [("unveiled", "a new factory"), ("cancelled", "the merger talks"), ("approved", "the budget"),
           ("settled", "the lawsuit"), ("acquired", "a rival firm"), ("closed", "two branches"),
           ("launched", "a recall"), ("signed", "a supply contract"), ("postponed", "the shareholder vote"),
           ("announced", "record profits")]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
fillers = ["The figures surprised most observers.", "A spokesperson gave no further details.",
           "Unions said they would study the plan.", "Trading in the shares was briefly halted.",
           "Local officials welcomed the news.", "Critics called the timing unfortunate."]
outlets = ["Morning Courier", "Harbor Times", "Continental Wire"]

begin = datetime(1995, 1, 1)
span = int((datetime(2025, 12, 31) - begin).total_seconds())
with open(args.out, "w") as out:
    for i in range(args.n):
        published = begin + timedelta(seconds=rnd.randrange(span))
        sentences = []
        for _ in range(rnd.randint(4, 8)):
            back = published - timedelta(days=rnd.randint(1, 400))
            when = rnd.choice([
                f"on {weekdays[(published - timedelta(days=rnd.randint(1, 6))).weekday()]}",
                f"on {months[back.month - 1]} {back.day}, {back.year}",
                f"last {rnd.choice(months)}",
                f"{rnd.randint(2, 9)} days ago",
                f"in {back.year}",
                "earlier this month"])
            who = rnd.choice(people + companies)
            verb, what = rnd.choice(actions)
            sentences.append(f"{who} {verb} {what} in {rnd.choice(places)} {when}.")
            for _ in range(args.long):
                if rnd.random() < 0.6:
                    sentences.append(rnd.choice(fillers))
        verb, what = rnd.choice(actions)
        title = f"{rnd.choice(people + companies)} {verb} {what} in {rnd.choice(places)}"
        out.write(json.dumps({"title": title, "published": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
                              "text": " ".join(sentences), "url": f"https://archive.example/{i}",
                              "source": rnd.choice(outlets)}) + "\n")
