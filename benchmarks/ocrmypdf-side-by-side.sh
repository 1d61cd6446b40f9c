#!/usr/bin/env bash
# Searchable PDFs of the same pages and words, made by OCRmyPDF's hOCR renderer and by DocStruct in one run;
# prints pages per second for both and the ratio (issue #18: DocStruct at least 10x).
#
#   benchmarks/ocrmypdf-side-by-side.sh RECEIPTS_DIR [ROUNDS] [DPI]
#
# RECEIPTS_DIR holds img/NNN.jpg and box/NNN.csv (SROIE layout: one text line per row, x1,y1,...,x4,y4,TEXT),
# for example the 40 scans of the SROIE development set. Each line is cut into words; the words go to
# OCRmyPDF as hOCR and to DocStruct as a CLOVA General OCR V2 answer (same boxes, same text). Each tool reads
# its word file and writes one PDF per page (image embedded as is, invisible text layer) to a plain file,
# ROUNDS times (default 10) in one process; the figure is the median of the second half of the rounds (the
# JVM compiles its hot code during the first ones; OCRmyPDF's rounds are all alike). Wall-clock and CPU
# pages/s are both printed: on a shared machine read the CPU figures (the JVM's compiler threads starve
# there too, so give it more rounds). OCRmyPDF's CPU time is its process's (Python runs the renderer on one
# thread); DocStruct's is given twice, its writing thread's and every JVM thread's (compiler and garbage
# collector too). Both are timed inside their process, after start-up and imports. Only the renderer is
# timed, called as OCRmyPDF calls it (interword spaces) but given the page image: OCRmyPDF itself renders
# the text layer alone and grafts it onto the page with pikepdf, which this leaves out in its favour; the
# text layer alone is timed too and printed last.
#
# Needs: Debian's ocrmypdf (apt-get install -y ocrmypdf; only its hocrtransform module is used, Tesseract
# is not run), Java 17, and the benchmark jar (./mvnw -B -q -pl benchmarks -am package -DskipTests).
set -euo pipefail
if [[ $# -lt 1 ]]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
receipts=$1
rounds=${2:-10}
dpi=${3:-200}
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/benchmarks.jar
python=${PYTHON:-/usr/bin/python3}
[[ -f $jar ]] || { echo "no $jar: build it with ./mvnw -B -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
"$python" -c 'import ocrmypdf.hocrtransform' 2>/dev/null \
  || { echo "$python cannot import ocrmypdf.hocrtransform: apt-get install -y ocrmypdf" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" "$here/ocrmypdf_side_by_side.py" prepare "$receipts" "$work/pages"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ocr=$("$python" "$here/ocrmypdf_side_by_side.py" ocrmypdf "$work/pages" "$work/ocrmypdf" "$rounds" "$dpi")
echo "$ocr"
ds=$(java -cp "$jar" io.docstruct.bench.SearchablePdfPages "$work/pages" "$work/docstruct" "$rounds" "$dpi")
echo "$ds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The text both layers give back, first page: the same words, or the comparison is void.
first=$(ls "$work/pages" | grep '\.json$' | head -1 | sed 's/\.json$//')
words_o=$(pdftotext "$work/ocrmypdf/$first.pdf" - 2>/dev/null | wc -w || echo '?')
words_d=$(pdftotext "$work/docstruct/$first.pdf" - 2>/dev/null | wc -w || echo '?')
bytes_o=$(du -cb "$work"/ocrmypdf/*.pdf | tail -1 | cut -f1)
bytes_d=$(du -cb "$work"/docstruct/*.pdf | tail -1 | cut -f1)
echo "page $first as extracted by pdftotext: OCRmyPDF $words_o words, DocStruct $words_d words"
echo "all PDFs: OCRmyPDF $bytes_o bytes, DocStruct $bytes_d bytes"

median() { grep -m1 "$1" <<<"$2" | sed -E "s/.* ([0-9.]+) pages\/s $3.*/\1/"; }
ow=$(median 'median of rounds' "$ocr" wall); oc=$(median 'median of rounds' "$ocr" CPU)
ot=$(median 'text layer alone' "$ocr" 'text-only CPU')
dw=$(median 'median of rounds' "$ds" wall); dc=$(median 'median of rounds' "$ds" CPU)
dp=$(median 'median of rounds' "$ds" 'process CPU')
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1fx", a/b}'; }
printf '\n| | OCRmyPDF hOCR renderer | DocStruct | DocStruct / OCRmyPDF |\n|---|---|---|---|\n'
printf '| pages/s, wall clock | %s | %s | %s |\n' "$ow" "$dw" "$(ratio "$dw" "$ow")"
printf '| pages/s, CPU time (DocStruct: its thread) | %s | %s | %s |\n' "$oc" "$dc" "$(ratio "$dc" "$oc")"
printf '| pages/s, CPU time (DocStruct: every JVM thread) | %s | %s | %s |\n' "$oc" "$dp" "$(ratio "$dp" "$oc")"
printf 'OCRmyPDF text layer alone (no image, as its pipeline renders it): %s pages/s CPU; DocStruct / that: %s\n' \
  "$ot" "$(ratio "$dc" "$ot")"
