package io.docstruct.tesseract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A shell script that answers as {@code tesseract} does ({@code --version}, {@code --list-langs}, and a page
 * read from standard input as TSV and plain text), for tests of what the engine does around the process:
 * the pool, the timeout, the errors. It notes in {@code overlap} when two runs were ever inside at once, and
 * in {@code finished} that a run ran to its end.
 *
 * <pre>{@code
 * Path fake = FakeTesseract.write(dir, 0.3);   // each page takes 0.3 s
 * }</pre>
 */
final class FakeTesseract {
  /** One line of two words, 합계 and 12,000, in TSV and as plain text. */
  static final String PAGE =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
          + "1\t1\t0\t0\t0\t0\t0\t0\t200\t100\t-1\t\n"
          + "4\t1\t1\t1\t1\t0\t10\t10\t150\t20\t-1\t\n"
          + "5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t91.5\t합\n"
          + "5\t1\t1\t1\t1\t2\t32\t10\t20\t20\t88.25\t계\n"
          + "5\t1\t1\t1\t1\t3\t90\t10\t70\t20\t95\t12,000\n"
          + "합계 12,000\n\n";

  private FakeTesseract() {}

  static Path write(Path dir, double secondsPerPage) throws IOException {
    Path script = dir.resolve("tesseract");
    String body = "#!/bin/sh\n"
        + "case \"$1\" in\n"
        + "  --version) echo 'tesseract 5.3.0'; echo ' leptonica-1.82.0'; exit 0 ;;\n"
        + "  --list-langs) echo 'List of available languages in \"/fake/\" (3):'; echo eng; echo kor; echo osd; exit 0 ;;\n"
        + "esac\n"
        + "cat > /dev/null\n"
        + "mkdir '" + dir.resolve("running") + "' 2>/dev/null || touch '" + dir.resolve("overlap") + "'\n"
        + "sleep " + secondsPerPage + "\n"
        + "rmdir '" + dir.resolve("running") + "' 2>/dev/null\n"
        + "touch '" + dir.resolve("finished") + "'\n"
        + "printf '%s' '" + PAGE.replace("'", "'\\''") + "'\n";
    Files.writeString(script, body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
