#!/bin/sh
# Remakes the README's pictures from today's output, with one command (from the repository root):
#
#   docs/pictures.sh
#
# docs/workbook-expenses.png  the Expenses sheet of the workbook `docstruct demo` writes (LibreOffice prints it)
# docs/searchable-pdf-overlay.png  the demo's supermarket receipt as a searchable PDF with the debug overlay
#
# Needs a JDK 17, LibreOffice (soffice) and poppler-utils (pdftoppm). Builds the jar and the test classes first.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl samples -am package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar samples/target/docstruct.jar demo --out "$work/demo" > /dev/null
java -cp samples/target/docstruct.jar:samples/target/test-classes io.docstruct.samples.DocsPictures \
  "$work/demo" "$work"
soffice --headless --convert-to pdf --outdir "$work" "$work/workbook.xlsx" > /dev/null
# The first page is the Expenses sheet; keep its header and the demo's three rows.
pdftoppm -r 220 -png -singlefile -f 1 -l 1 -x 145 -y 158 -W 2095 -H 80 "$work/workbook.pdf" "$work/workbook"
pdftoppm -r 200 -png -singlefile "$work/overlay.pdf" "$work/overlay"
cp "$work/workbook.png" docs/workbook-expenses.png
cp "$work/overlay.png" docs/searchable-pdf-overlay.png
echo "wrote docs/workbook-expenses.png and docs/searchable-pdf-overlay.png"
