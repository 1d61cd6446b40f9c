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
  void anImageIsPairedWithItsResponseWhateverTheCaseOfEitherName() throws IOException {
    // As phones and Windows name them: the response is there, so none of these images is sent to OCR again.
    touch("b.JSON");
    touch("b.PNG");
    touch("IMG_0042.json");
    touch("img_0042.Jpg");
    touch("scan.json");
    touch("SCAN.part-01.json");              // a split PDF's evidence, whatever its case
    touch("Scan.PDF");
    touch("new.Jpeg");                      // an image still to read, in any case of its extension
    touch("new.TIF");                       // .jpeg comes first

    List<DocumentInput> inputs = DocumentInput.folder(dir);

    assertThat(inputs)
        .containsExactly(
            DocumentInput.response(dir.resolve("IMG_0042.json"), dir.resolve("img_0042.Jpg")),
            DocumentInput.response(dir.resolve("b.JSON"), dir.resolve("b.PNG")),
            DocumentInput.image(dir.resolve("new.Jpeg")).savingAnswerAs(dir.resolve("new.json")),
            DocumentInput.response(dir.resolve("scan.json"), dir.resolve("Scan.PDF")));
  }

  @Test
  void theRuleIsByNameAlone() {
    assertThat(FolderDocuments.of(List.of("a.json", "a.JPG", "b.png", "B.tif", "notes.txt", "c.PART-01.JSON")))
        .containsExactly(
            new FolderDocuments.Found("a.json", true, "a.JPG"),
            new FolderDocuments.Found("b.json", false, "b.png"),
            new FolderDocuments.Found("c.PART-01.JSON", true, null));   // no c.json: a response of its own
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
