#!/usr/bin/env python3
"""Makes N distinct responses from a few real ones, for throughput runs (issue #22).

    benchmarks/distinct-responses.py CORPUS_DIR N OUT_DIR

Copies the responses of CORPUS_DIR (*.json) round-robin into OUT_DIR/d000000.json … and makes every copy of a
receipt a different receipt: copy k of a receipt is dated k days after the original (the date written in the
original's own format, the formatted year/month/day kept consistent) and carries a different approval number
of the same length. Amounts, items and the business number stay as they were, so every copy still verifies.

Without this, 10,000 round-robin copies of three receipts are about 700 copies of the same purchase each:
every copy is a duplicate of every other, the duplicate checks' work grows with the square of the copies,
and that, not reading and mapping, is what a run measures. Real months have few duplicates.
Other documents (passports, cards, licences) are copied unchanged: no check compares them across documents.
"""
import datetime
import json
import pathlib
import sys

FORMATS = ("%Y.%m.%d %H:%M", "%Y-%m-%d %H:%M", "%Y.%m.%d", "%Y-%m-%d", "%y-%m-%d", "%Y%m%d%H%M%S", "%Y%m%d")


def shifted(text, days):
    """The date of `text` moved by `days`, written the same way; None when no known format reads it."""
    for fmt in FORMATS:
        try:
            when = datetime.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return when + datetime.timedelta(days=days), fmt
    return None


def make_distinct(response, k):
    """Changes copy k of a receipt response in place; returns whether it was a receipt with a date."""
    changed = False
    for image in response.get("images", []):
        payment = image.get("receipt", {}).get("result", {}).get("paymentInfo")
        if not payment:
            continue
        date = payment.get("date")
        if date and date.get("text") and k:
            moved = shifted(date["text"], k)
            if moved is None:
                raise SystemExit("unknown date format in a receipt: %r" % date["text"])
            when, fmt = moved
            date["text"] = when.strftime(fmt)
            formatted = date.get("formatted", {})
            for key, value in (("year", when.strftime("%Y")), ("month", when.strftime("%m")),
                               ("day", when.strftime("%d"))):
                # a part the provider left empty or read as 00 stays as the provider gave it
                if formatted.get(key) not in (None, "", "00"):
                    formatted[key] = value
            changed = True
        confirm = payment.get("confirmNum")
        if confirm and confirm.get("text", "").isdigit() and k:
            digits = len(confirm["text"])
            confirm["text"] = str((int(confirm["text"]) + k * 7919) % 10 ** digits).zfill(digits)
    return changed


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    corpus = sorted(pathlib.Path(sys.argv[1]).glob("*.json"))
    count = int(sys.argv[2])
    out = pathlib.Path(sys.argv[3])
    if not corpus:
        raise SystemExit("no *.json in " + sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    originals = [(path.name, path.read_text(encoding="utf-8")) for path in corpus]
    receipts = 0
    for i in range(count):
        name, text = originals[i % len(originals)]
        response = json.loads(text)
        if make_distinct(response, i // len(originals)):
            receipts += 1
        (out / ("d%06d.json" % i)).write_text(json.dumps(response, ensure_ascii=False), encoding="utf-8")
    print("%d responses from %d originals, %d receipts made distinct" % (count, len(originals), receipts))


if __name__ == "__main__":
    main()
