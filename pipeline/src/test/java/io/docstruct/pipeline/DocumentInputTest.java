package io.docstruct.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.ocr.OcrModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder's documents as {@code docstruct batch} finds them. */
class DocumentInputTest {
  @TempDir Path dir;

  private Path touch(String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[] {1});
  }

  @Test
  void aFolderHoldsItsResponsesWithTheirImagesAndTheImagesStillToRead() throws IOException {
    touch("a.json");
    touch("a.png");
    touch("a.pdf");                       // .png comes first
    touch("b.JSON");                      // a response in any case, without an image
    touch("c.JPG");                       // an image without a response, either case
    touch("d.png");
    touch("d.tif");                       // only the first of d's images is read
    touch("s.json");
    touch("s.part-01.json");              // the evidence of s.json, not a document
    touch("s.part-02.json");
    touch("t.part-01.json");              // no t.json beside it: a response of its own
    touch("notes.txt");
    Files.createDirectories(dir.resolve("sub"));
    touch("sub/e.png");

    List<DocumentInput> inputs = DocumentInput.folder(dir);

    assertThat(inputs)
        .containsExactly(
            DocumentInput.response(dir.resolve("a.json"), dir.resolve("a.png")),
            DocumentInput.response(dir.resolve("b.JSON")),
            DocumentInput.image(dir.resolve("c.JPG")).savingAnswerAs(dir.resolve("c.json")),
            DocumentInput.image(dir.resolve("d.png")).savingAnswerAs(dir.resolve("d.json")),
            DocumentInput.response(dir.resolve("s.json")),
            DocumentInput.response(dir.resolve("t.part-01.json")));
  }

  @Test
  void namesAndBaseNames() {
    DocumentInput.Image photo = DocumentInput.image(Path.of("in/receipt.jpg"), OcrModel.RECEIPT);

    assertThat(photo.name()).isEqualTo("receipt.jpg");
    assertThat(photo.baseName()).isEqualTo("receipt");
    assertThat(photo.sources()).containsExactly(Path.of("in/receipt.jpg"));
    assertThat(photo.named("upload-17").name()).isEqualTo("upload-17");
    assertThat(DocumentInput.response(Path.of("r.json")).sources()).isEmpty();
  }
}
