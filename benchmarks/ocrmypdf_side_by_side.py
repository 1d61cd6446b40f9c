#!/usr/bin/python3
"""The Python half of benchmarks/ocrmypdf-side-by-side.sh (run that script, not this file).

  prepare RECEIPTS_DIR PAGES_DIR   for each RECEIPTS_DIR/img/NNN.jpg with a RECEIPTS_DIR/box/NNN.csv
                                   (SROIE layout: x1,y1,...,x4,y4,TEXT per line), write into PAGES_DIR the
                                   image (a symbolic link), its words as hOCR (NNN.hocr) and as a CLOVA
                                   General OCR V2 answer (NNN.json): the same words and boxes for both.
  ocrmypdf PAGES_DIR OUT_DIR ROUNDS DPI
                                   OCRmyPDF's hOCR renderer (ocrmypdf.hocrtransform.HocrTransform, the
                                   image under an invisible text layer, interword_spaces as OCRmyPDF
                                   sets it) on every page, round after round in this one process; prints
                                   pages/s per round like SearchablePdfPages; then the same rounds without
                                   the image (the text layer alone, as OCRmyPDF's pipeline renders it
                                   before grafting it onto the page), their median only.

Words: each annotated line is split into words along its top and bottom edges in proportion to the
words' lengths (a space counts as one character), as the dataset's README describes.
"""
import json
import os
import sys
import time
from html import escape
from pathlib import Path


def words_of(line_corners, text):
    """(word, [(x, y) * 4]) for each word of a line, its box cut from the line's in proportion."""
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = line_corners
    total = len(text)
    out = []
    start = 0
    for word in text.split(' '):
        if word:
            a = start / total
            b = (start + len(word)) / total
            top_a = (x1 + (x2 - x1) * a, y1 + (y2 - y1) * a)
            top_b = (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b)
            bottom_b = (x4 + (x3 - x4) * b, y4 + (y3 - y4) * b)
            bottom_a = (x4 + (x3 - x4) * a, y4 + (y3 - y4) * a)
            out.append((word, [top_a, top_b, bottom_b, bottom_a]))
        start += len(word) + 1
    return out


def lines_of(csv_path):
    lines = []
    for row in csv_path.read_text(encoding='utf-8', errors='replace').splitlines():
        parts = row.split(',', 8)
        if len(parts) < 9 or not parts[8].strip():
            continue
        try:
            xy = [float(v) for v in parts[:8]]
        except ValueError:
            continue
        corners = [(xy[0], xy[1]), (xy[2], xy[3]), (xy[4], xy[5]), (xy[6], xy[7])]
        lines.append(words_of(corners, parts[8].strip()))
    return [line for line in lines if line]


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))


def prepare(receipts, pages):
    from PIL import Image

    pages.mkdir(parents=True, exist_ok=True)
    count = 0
    for image in sorted((receipts / 'img').glob('*.jpg')):
        box = receipts / 'box' / (image.stem + '.csv')
        if not box.exists():
            continue
        with Image.open(image) as im:
            width, height = im.size
        lines = lines_of(box)
        link = pages / image.name
        if not link.exists():
            os.symlink(image.resolve(), link)
        hocr = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>',
            f'<div class="ocr_page" title="bbox 0 0 {width} {height}">',
        ]
        fields = []
        for line in lines:
            l, t, r, b = bbox([p for _, quad in line for p in quad])
            hocr.append(f'<span class="ocr_line" title="bbox {l} {t} {r} {b}; baseline 0 0">')
            for i, (word, quad) in enumerate(line):
                wl, wt, wr, wb = bbox(quad)
                hocr.append(
                    f'<span class="ocrx_word" title="bbox {wl} {wt} {wr} {wb}; x_wconf 99">'
                    f'{escape(word)}</span>')
                fields.append({
                    'valueType': 'ALL',
                    'boundingPoly': {'vertices': [{'x': round(x, 2), 'y': round(y, 2)} for x, y in quad]},
                    'inferText': word,
                    'inferConfidence': 0.99,
                    'type': 'NORMAL',
                    'lineBreak': i == len(line) - 1,
                })
            hocr.append('</span>')
        hocr.append('</div></body></html>')
        (pages / (image.stem + '.hocr')).write_text('\n'.join(hocr), encoding='utf-8')
        answer = {
            'version': 'V2',
            'requestId': 'side-by-side-' + image.stem,
            'timestamp': 0,
            'images': [{
                'uid': image.stem,
                'name': image.stem,
                'inferResult': 'SUCCESS',
                'message': 'SUCCESS',
                'validationResult': {'result': 'NO_REQUESTED'},
                'convertedImageInfo': {'width': width, 'height': height, 'pageIndex': 0,
                                       'longImage': False},
                'fields': fields,
            }],
        }
        (pages / (image.stem + '.json')).write_text(json.dumps(answer, ensure_ascii=False),
                                                    encoding='utf-8')
        count += 1
    if count == 0:
        sys.exit(f'no img/NNN.jpg with a box/NNN.csv under {receipts}')
    print(f'prepared {count} pages in {pages}')


def render(pages, out, rounds, dpi):
    from ocrmypdf.hocrtransform import HocrTransform

    out.mkdir(parents=True, exist_ok=True)
    hocrs = sorted(pages.glob('*.hocr'))
    (out / 'text-only').mkdir(exist_ok=True)
    for image in (True, False):
        target = out if image else out / 'text-only'
        wall, cpu = [], []
        for r in range(rounds):
            w0 = time.perf_counter()
            c0 = time.process_time()
            for hocr in hocrs:
                # As OCRmyPDF's pipeline calls it (interword_spaces=True), but with the page image: the
                # pipeline renders the text layer alone (image_filename=None) and grafts it onto the page.
                HocrTransform(hocr_filename=hocr, dpi=dpi).to_pdf(
                    out_filename=target / (hocr.stem + '.pdf'),
                    image_filename=pages / (hocr.stem + '.jpg') if image else None,
                    invisible_text=True,
                    interword_spaces=True)
            wall.append(len(hocrs) / (time.perf_counter() - w0))
            cpu.append(len(hocrs) / (time.process_time() - c0))
            if image:
                print(f'ocrmypdf round {r + 1}: {len(hocrs)} pages, {wall[-1]:.1f} pages/s wall, '
                      f'{cpu[-1]:.1f} pages/s CPU')
        if image:
            print(f'ocrmypdf median of rounds {rounds // 2 + 1}-{rounds}: {median(wall):.1f} pages/s wall, '
                  f'{median(cpu):.1f} pages/s CPU')
        else:
            print(f'ocrmypdf text layer alone (no image, as its pipeline renders it), median of rounds '
                  f'{rounds // 2 + 1}-{rounds}: {median(wall):.1f} pages/s wall, {median(cpu):.1f} pages/s '
                  f'text-only CPU')


def median(values):
    """The median of the second half of the rounds, as SearchablePdfPages takes it."""
    v = sorted(values[len(values) // 2:])
    return v[len(v) // 2]


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'prepare':
        prepare(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 6 and sys.argv[1] == 'ocrmypdf':
        render(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
    else:
        sys.exit(__doc__)
