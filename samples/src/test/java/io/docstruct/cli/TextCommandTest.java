package io.docstruct.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.testing.Fixtures;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct text}: reading-order text of a response, plain or Markdown, and its failures. */
class TextCommandTest {
  @TempDir Path dir;

  private Path sample(SampleResponse sample) throws IOException {
    Path file = dir.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String field(String text, double left, double top, boolean lineBreak) {
    double right = left + 20 * text.length();
    double bottom = top + 20;
    return ("{'inferText':'%s','lineBreak':%s,'boundingPoly':{'vertices':[{'x':%s,'y':%s},{'x':%s,'y':%s},"
            + "{'x':%s,'y':%s},{'x':%s,'y':%s}]}}")
        .formatted(text, lineBreak, left, top, right, top, right, bottom, left, bottom)
        .replace('\'', '"');
  }

  /** Two pages; the first lists its line's words right to left. */
  private Path twoPages() throws IOException {
    String json =
        ("{'version':'V2','requestId':'r','timestamp':0,'images':["
                + "{'name':'a','inferResult':'SUCCESS','message':'SUCCESS','fields':[%s,%s,%s,%s,%s]},"
                + "{'name':'b','inferResult':'SUCCESS','message':'SUCCESS','fields':[%s]}]}")
            .replace('\'', '"')
            .formatted(
                field("world", 170, 10, true),
                field("hello", 60, 10, false),
                field("next", 60, 40, true),
                field("again", 60, 70, true),
                field("end", 60, 250, true),
                field("two", 60, 10, true));
    return Files.writeString(dir.resolve("two-pages.json"), json, UTF_8);
  }

  @Test
  void plainTextHasOneLinePerLineABlankLineBetweenBlocksAndAFormFeedBetweenPages() throws IOException {
    CliRun run = CliRun.of("text", twoPages().toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("hello world\nnext\nagain\n\nend\n\f\ntwo\n");
  }

  @Test
  void markdownFormatPutsTheTableInPlace() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("text", file.toString(), "--format", "markdown");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("| --- |");
  }

  @Test
  void generalSampleReadsAsPlainText() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("text", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isNotBlank().doesNotContain("| --- |");
  }

  @Test
  void aRealReceiptAnswerPrintsTheReceiptsTextInReadingOrder() throws IOException {
    // A real CLOVA Document OCR answer (King Mart): typed values with polygons, no words of its own.
    Path file = dir.resolve("kingmart.json");
    Files.write(file, Fixtures.bytes("fixtures/clova/document/receipt-kingmart.json"));

    CliRun run = CliRun.of("text", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().filter(l -> !l.isBlank()).toList())
        .startsWith("(주)킹마트")
        .containsSubsequence(
            "경기 고양시 일산서구 중앙로1391",
            "레이크타운 지하1층",
            "20-09-26 18: 14",
            "공주알밤술 750ml",
            "8809409970097 1,300 2 2,600",
            "웰치소다포도 1.5L",
            "상추 1봉",
            "팔도)비빔면멀티팩 5입",
            "8801128503051 3,980 1 3,980")
        .endsWith("10,540");
  }

  @Test
  void anAnswerWithoutAnyTextSaysSoInsteadOfPrintingNothing() throws IOException {
    String json =
        "{'version':'V2','requestId':'r','timestamp':0,'images':[{'name':'a','inferResult':'FAILURE',"
            + "'message':'image too small','fields':[]}]}";
    Path file = Files.writeString(dir.resolve("empty.json"), json.replace('\'', '"'), UTF_8);

    CliRun run = CliRun.of("text", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: " + file + ": no text: page 0 was not recognised (FAILURE: image too small)");
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.of("text", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("docstruct: " + missing + ": no such file");
  }

  @Test
  void directoryIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("text", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: " + dir + ": is a directory, not a response file");
  }

  @Test
  void malformedJsonIsOneLineAndExitTwo() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"images\": [", UTF_8);

    CliRun run = CliRun.of("text", bad.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("docstruct: ").contains("malformed JSON");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    CliRun run = CliRun.of("text", twoPages().toString(), "--format", "html");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }
}
