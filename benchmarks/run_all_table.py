#!/usr/bin/env python3
"""Prints the README's Performance table from the JMH JSON files run-all.sh wrote into a folder.

Each figure is a ratio of a subject to its baseline measured in the same run (or, where the README quotes
one, an absolute figure), with its error: JMH's 99.9 % confidence half-width, combined for a ratio as the
relative errors in quadrature. A figure whose error exceeds a tenth of itself is marked "do not quote".
Usage: run_all_table.py RESULTS_DIR
"""
import json
import math
import sys
from pathlib import Path


def read_results(folder):
    results = {}
    for f in Path(folder).glob('*.json'):
        try:
            rows = json.loads(f.read_text())
        except ValueError:
            continue
        for r in rows:
            name = r['benchmark'].rsplit('.', 2)
            key = (name[-2], name[-1], tuple(sorted(r.get('params', {}).items())))
            m = r['primaryMetric']
            err = m.get('scoreError')
            err = float(err) if err not in (None, 'NaN') and not math.isnan(float(err)) else float('inf')
            results[key] = (m['score'], err, m['scoreUnit'], r.get('forks'), r.get('mode'))
    return results


def get(results, cls, method, **params):
    want = {k: str(v) for k, v in params.items()}
    for (c, m, p), v in results.items():
        if c == cls and m == method and all(dict(p).get(k) == val for k, val in want.items()):
            return v
    return None


def ratio(a, b):
    """a / b with its error, from two (score, error, ...) results."""
    r = a[0] / b[0]
    return r, r * math.hypot(a[1] / a[0], b[1] / b[0])


def show(value, error, fmt='{:.2f}'):
    quotable = error <= value / 10
    text = (fmt + ' ± ' + fmt).format(value, error)
    return text, 'yes' if quotable else 'no: error above a tenth, re-measure with more forks'


def main(folder):
    res = read_results(folder)
    rows = []

    def add(what, subject, baseline, goal, test, how='ratio', fmt='{:.2f}', unit='×'):
        if subject is None or (baseline is None and how == 'ratio'):
            rows.append((what, 'not run', '', goal, ''))
            return
        if how == 'ratio':
            v, e = ratio(subject, baseline)
        else:
            v, e = subject[0], subject[1]
        text, quote = show(v, e, fmt)
        verdict = ('met' if test(v) else 'NOT MET') if test else ''
        if verdict and quote != 'yes':
            verdict += ' (not settled: error too large)'
        rows.append((what, text + ' ' + unit, quote, goal, verdict))

    add('read a 5,000-word response: canonical model / Jackson wire parse',
        get(res, 'ReadResponseBenchmark', 'canonicalModel'), get(res, 'ReadResponseBenchmark', 'wireParseOnly'),
        '≤ 1.3× (aim 1.1×)', lambda v: v <= 1.3)
    add('read a 100-item Document OCR receipt with derived words / wire parse',
        get(res, 'ReadDocumentBenchmark', 'canonicalModel'), get(res, 'ReadDocumentBenchmark', 'wireParseOnly'),
        '— (shown)', None)
    grid = dict(layout='grid', pages='distinct')
    add('reading order of a 5,000-word page / its parse',
        get(res, 'LayoutBenchmark', 'structure', words=5000, **grid),
        get(res, 'LayoutBenchmark', 'parse', words=5000, **grid), '≤ 1×', lambda v: v <= 1)
    add('reading order, 50,000 / 5,000 words (distinct pages)',
        get(res, 'LayoutBenchmark', 'structure', words=50000, **grid),
        get(res, 'LayoutBenchmark', 'structure', words=5000, **grid), '≤ 12×', lambda v: v <= 12,
        fmt='{:.1f}')
    add('  (parse, 50,000 / 5,000 words, same run, for comparison)',
        get(res, 'LayoutBenchmark', 'parse', words=50000, **grid),
        get(res, 'LayoutBenchmark', 'parse', words=5000, **grid), '—', None, fmt='{:.1f}')
    add('span-aware grid of a 1,000-cell table / its parse',
        get(res, 'TableBenchmark', 'buildGrid'), get(res, 'TableBenchmark', 'parseJson'), '< 1×',
        lambda v: v < 1)
    add('verify a passport', get(res, 'VerifyBenchmark', 'passport'), None, 'microseconds',
        lambda v: v < 1000, how='abs', fmt='{:.1f}', unit='µs')
    add('verify a 100-item receipt', get(res, 'VerifyBenchmark', 'receipt100Items'), None, 'microseconds',
        lambda v: v < 1000, how='abs', fmt='{:.1f}', unit='µs')
    add('built-in rules per receipt (receipts/s, one core)', get(res, 'RulesBenchmark', 'builtInRules'), None,
        'tens of thousands/s', lambda v: v >= 10_000, how='abs', fmt='{:,.0f}', unit='/s')
    plain, rules = get(res, 'RulesBenchmark', 'plainJava'), get(res, 'RulesBenchmark', 'builtInRules')
    add('  (rules cost / plain-Java cost)', plain, rules, '—', None, fmt='{:.1f}')
    add('first mapped document: precompiled / compiled at run time',
        get(res, 'RulesStartupBenchmark', 'precompiled'), get(res, 'RulesStartupBenchmark', 'compiledAtRunTime'),
        '< 1×', lambda v: v < 1)
    add('`docstruct batch` of 100 receipts: 2 jobs / 1 job', get(res, 'BatchBenchmark', 'batch', jobs=2),
        get(res, 'BatchBenchmark', 'batch', jobs=1), '< 1 (uses the cores)', lambda v: v < 1, unit='')
    add('Excel export of 2,000 receipts / raw SXSSF (throughput)', get(res, 'ExcelBenchmark', 'exportReceipts'),
        get(res, 'ExcelBenchmark', 'rawSxssf'), '≥ 0.7 (aim 0.85)', lambda v: v >= 0.7, unit='')
    pdf = get(res, 'SearchablePdfBenchmark', 'imageAndTextLayer')
    add('searchable PDF, A4 JPEG + 500 words (pages/s)', pdf, None,
        '≥ 10× OCRmyPDF: benchmarks/ocrmypdf-side-by-side.sh', None, how='abs', fmt='{:,.0f}', unit='/s')
    img = get(res, 'SearchablePdfBenchmark', 'imageOnly')
    if pdf and img:
        layer = 1000 / pdf[0] - 1000 / img[0]
        rows.append(('  (its text layer, ms per page: 1/imageAndTextLayer − 1/imageOnly)',
                     '{:.3f} ms'.format(layer), '', '—', ''))
    add('200 OCR calls, 100 ms latency, 8 in flight: ideal / client',
        get(res, 'ClientThroughputBenchmark', 'idealSleeps'), get(res, 'ClientThroughputBenchmark', 'clientCalls'),
        '≥ 0.85', lambda v: v >= 0.85, unit='')
    for sample in ('receipt', 'general'):
        add(f'pipeline / the same stages by hand ({sample})', get(res, 'PipelineBenchmark', 'pipeline', sample=sample),
            get(res, 'PipelineBenchmark', 'byHand', sample=sample), '≤ 1.05×', lambda v: v <= 1.05)

    machine = Path(folder, 'machine.txt')
    loads = Path(folder, "load.txt")
    if machine.exists():
        print(machine.read_text().strip())
    if loads.exists():
        values = [float(line.split()[-1]) for line in loads.read_text().split('\n') if line.strip()]
        print(f'load average (1 min) seen between benchmarks: {min(values):.1f} to {max(values):.1f}')
    print()
    print('| what | figure ± error (99.9 %) | quote? | goal | within goal |')
    print('|---|---|---|---|---|')
    for r in rows:
        print('| ' + ' | '.join(r) + ' |')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
