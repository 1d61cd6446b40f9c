"""Dumps an .xlsx workbook as JSON with openpyxl, an xlsx reader independent of Apache POI.

Usage: python3 xlsx_dump.py WORKBOOK.xlsx

For every sheet, in workbook order: its name, dimensions, frozen pane, autofilter range, merged ranges
(sorted) and every non-empty cell with its value, openpyxl's data type (n number, s string, d date,
f formula), number format, "quotePrefix": true when the cell's style marks its text as text (what Excel
keeps when such a cell is edited) and, for formulas, the cached value stored in the file. Dates and
times are ISO strings. The Java test compares this with a golden JSON file.
"""
import datetime
import json
import sys

import openpyxl


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def main(path):
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in formulas.worksheets:
        cached = values[ws.title]
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                entry = {"ref": cell.coordinate, "type": cell.data_type, "value": plain(cell.value)}
                if cell.number_format != "General":
                    entry["format"] = cell.number_format
                if cell.font is not None and cell.font.b:
                    entry["bold"] = True
                if cell.quotePrefix:
                    entry["quotePrefix"] = True
                if cell.data_type == "f":
                    entry["cached"] = plain(cached[cell.coordinate].value)
                cells.append(entry)
        sheets.append({
            "name": ws.title,
            "dimensions": ws.dimensions,
            "freeze": ws.freeze_panes,
            "autoFilter": ws.auto_filter.ref,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "cells": cells,
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
