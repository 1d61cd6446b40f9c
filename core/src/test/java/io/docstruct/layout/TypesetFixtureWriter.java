package io.docstruct.layout;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the typeset two-column fixtures ({@code fixtures/layout/typeset/*.json} and {@code *.lines.txt})
 * from PDFs that LibreOffice made of the {@code .fodt} sources beside them: {@code pdftotext -bbox-layout}
 * gives the word boxes, {@link PdfWordBoxes} the CLOVA answer and the lines in the PDF's order. Run once
 * after editing a source, then review and commit (see {@link TypesetColumnsTest}):
 *
 * <pre>{@code
 * soffice --headless --convert-to pdf --outdir /tmp/typeset \
 *     core/src/test/resources/fixtures/layout/typeset/*.fodt
 * ./mvnw -q -B -pl core test -Dtest=TypesetFixtureWriter -Ddocstruct.layout.typeset.pdfs=/tmp/typeset \
 *     -Ddocstruct.layout.typeset=$PWD/core/src/test/resources/fixtures/layout/typeset
 * }</pre>
 */
class TypesetFixtureWriter {
  @Test
  @EnabledIfSystemProperty(named = "docstruct.layout.typeset", matches = ".+")
  void write() throws IOException, InterruptedException {
    Path pdfs = Path.of(System.getProperty("docstruct.layout.typeset.pdfs"));
    Path out = Path.of(System.getProperty("docstruct.layout.typeset"));
    for (String name : TypesetColumnsTest.DOCUMENTS) {
      Path bbox = Files.createTempFile(name, ".html");
      Process p =
          new ProcessBuilder("pdftotext", "-bbox-layout", pdfs.resolve(name + ".pdf").toString(),
                  bbox.toString())
              .inheritIO()
              .start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
      PdfWordBoxes boxes = PdfWordBoxes.parse(Files.readString(bbox, UTF_8));
      Files.delete(bbox);
      Files.writeString(out.resolve(name + ".json"), boxes.clovaV2(name), UTF_8);
      Files.writeString(out.resolve(name + ".lines.txt"), String.join("\n", boxes.lines()) + "\n", UTF_8);
    }
  }
}
