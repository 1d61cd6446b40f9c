package io.docstruct.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.pipeline.DocumentInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job lists a folder as {@code docstruct batch} does ({@link DocumentInput#folder}), and globs too. */
class InputListingTest {
  @TempDir Path dir;

  private static void touch(Path folder, String... names) throws Exception {
    Files.createDirectories(folder);
    for (String name : names) {
      Files.writeString(folder.resolve(name), name);
    }
  }

  /** What batch makes of the folder: name, kind, sources, as the job's listing has them. */
  private static List<String> batch(Path folder) throws Exception {
    return DocumentInput.folder(folder).stream()
        .map(i -> (i instanceof DocumentInput.Image im ? im.answerFile().getFileName() + " image " : i.name() + " response ")
            + i.sources().stream().map(p -> p.getFileName().toString()).toList())
        .toList();
  }

  private static List<String> job(List<InputFile> files) {
    return files.stream()
        .map(f -> f.name() + " " + f.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
            + f.sources().stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList())
        .toList();
  }

  @Test
  void aFolderIsListedAsBatchListsIt() throws Exception {
    Path in = dir.resolve("in");
    touch(in, "a.json", "a.png", "a.jpg",                   // the .jpg comes first in SOURCE_EXTENSIONS
        "b.JSON", "b.PNG",                                   // either case
        "IMG_7.json", "img_7.Jpg",                           // the base name and the extension in any case
        "c.json",                                            // no image
        "d.png", "d.tif",                                    // images without a response: the first one
        "scan.pdf", "scan.json", "scan.part-01.json", "scan.part-02.json",   // a split PDF's parts
        "lonely.part-01.json",                               // a part without its merged answer is a document
        "영수증 5월.json", "영수증 5월.jpg",                      // Korean names with a space, as phones save them
        "notes.txt");
    Files.createDirectories(in.resolve("sub"));
    touch(in.resolve("sub"), "ignored.json");

    List<InputFile> listed = InputListing.list(new Configuration(), List.of(in.toString()));

    assertThat(job(listed)).isEqualTo(batch(in)).containsExactly(
        // b.PNG and img_7.Jpg are their responses' images, not images to read by OCR
        "IMG_7.json response [img_7.Jpg]", "a.json response [a.jpg]", "b.JSON response [b.PNG]", "c.json response []",
        "d.json image [d.png]",
        "lonely.part-01.json response []", "scan.json response [scan.pdf]", "영수증 5월.json response [영수증 5월.jpg]");
    assertThat(listed).allMatch(f -> f.folder().equals("in") && f.file().startsWith("file:/"));
    try (TaskFiles files = new TaskFiles(new Configuration())) {
      assertThat(files.local(listed.get(listed.size() - 1).file())).isEqualTo(in.resolve("영수증 5월.json"));
    }
  }

  @Test
  void globsAndSeveralFoldersComeInFolderThenNameOrder() throws Exception {
    touch(dir.resolve("2026-05"), "x.json", "y.json");
    touch(dir.resolve("2026-04"), "z.json", "z.png");

    List<InputFile> listed = InputListing.list(new Configuration(), List.of(dir + "/2026-0*/*.json"));

    assertThat(listed).extracting(InputFile::name).containsExactly("z.json", "x.json", "y.json");
    assertThat(listed.get(0).sources()).as("a glob selects files: the image was not selected").isEmpty();
    assertThat(listed).extracting(InputFile::folder).containsExactly("2026-04", "2026-05", "2026-05");
  }

  @Test
  void anInputThatMatchesNothingIsNamed() {
    assertThatThrownBy(() -> InputListing.list(new Configuration(), List.of(dir + "/nowhere")))
        .hasMessageEndingWith("/nowhere: no such file or folder, or the pattern matches nothing");
  }
}
