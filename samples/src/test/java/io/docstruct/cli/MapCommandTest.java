package io.docstruct.cli;

import io.docstruct.testing.server.SampleResponse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct map} with the built-in rules, the shipped sample rules, and broken rule files. */
class MapCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path copy(String resource, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = MapCommandTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path receipt() throws IOException {
    Path file = dir.resolve(SampleResponse.CLOVA_RECEIPT.fileName());
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void receiptBecomesAnExpenseInJson() throws IOException {
    Path file = receipt();

    CliRun run = CliRun.of("map", file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("source").asText()).isEqualTo(file.toString());
    assertThat(root.get("kind").asText()).isEqualTo("clova-receipt");
    JsonNode expense = root.get("expenses").get(0);
    assertThat(expense.get("merchant").get("name").asText()).isEqualTo("빵굽는오후");
    assertThat(expense.get("merchant").get("phone").asText()).isEqualTo("02-335-7281");
    assertThat(expense.get("date").asText()).isEqualTo("2024-05-16");
    assertThat(expense.get("time").asText()).isEqualTo("08:51:00");
    assertThat(expense.get("total").get("amount").asInt()).isEqualTo(14700);
    assertThat(expense.get("total").get("currency").asText()).isEqualTo("KRW");
    // Printed 9430-12**-****-5521; masked as `verify` and the workbook show it: first and last four digits.
    assertThat(expense.get("payment").get("maskedCardNumber").asText()).isEqualTo("9430-****-****-5521");
    assertThat(expense.get("category").get("name").asText()).isEqualTo("식비");
    assertThat(root.get("violations")).isEmpty();
    assertThat(root.get("firedRules").get(0).get("rule").asText()).isEqualTo("Map a receipt to an expense");
    assertThat(run.out()).doesNotContain("\"negative\"");
  }

  @Test
  void sampleDecisionTableBooksMealsWithAlcoholAsEntertainment() throws IOException {
    Path file = receipt();
    Files.writeString(file, Files.readString(file, UTF_8).replace("아이스 아메리카노", "생맥주 500cc"), UTF_8);
    Path table = copy("/io/docstruct/samples/rules/meals-with-alcohol.xlsx", "meals-with-alcohol.xlsx");
    Path drl = copy("/io/docstruct/samples/rules/weekend-expenses.drl", "weekend-expenses.drl");

    CliRun run = CliRun.of("map", file.toString(), "--rules", table.toString(), "--rules", drl.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("expenses").get(0).get("category").get("name").asText()).isEqualTo("접대비");
    assertThat(root.get("firedRules").findValuesAsText("origin")).contains(table.toString());
  }

  @Test
  void sampleDrlFlagsLargeWeekendExpenses() throws IOException {
    Path file = receipt();
    // 2024-05-18 is a Saturday; make the total 14,700 → 514,700.
    Files.writeString(file, Files.readString(file, UTF_8)
        .replace("2024.05.16", "2024.05.18").replace("\"day\": \"16\"", "\"day\": \"18\"")
        .replace("14,700", "514,700").replace("\"14700\"", "\"514700\""), UTF_8);
    Path drl = copy("/io/docstruct/samples/rules/weekend-expenses.drl", "weekend-expenses.drl");

    CliRun run = CliRun.of("map", file.toString(), "--rules", drl.toString());

    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("expenses").get(0).get("date").asText()).isEqualTo("2024-05-18");
    assertThat(root.get("violations").findValuesAsText("rule")).contains("Expense over 500,000 won on a weekend");
  }

  @Test
  void brokenRuleFileIsOneLineNamingFileAndLineAndExitTwo() throws IOException {
    Path file = receipt();
    Path drl = Files.writeString(dir.resolve("broken.drl"),
        "package io.docstruct.rules.unit;\nunit DocumentUnit;\nrule \"x\"\nwhen\n  $e : /expenses[ total ==\nthen\nend\n",
        UTF_8);

    CliRun run = CliRun.of("map", file.toString(), "--rules", drl.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.err()).startsWith("docstruct: " + drl + ":7: ");
  }

  @Test
  void missingResponseIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("map", dir.resolve("nope.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("docstruct: " + dir.resolve("nope.json") + ": no such file\n");
  }

  /** A General V2 answer of one page of prose: words, no amounts, no dates. */
  static byte[] prose() {
    return """
        {"version":"V2","requestId":"r-prose","timestamp":1715849512087,"images":[{"uid":"u","name":"minutes",
         "inferResult":"SUCCESS","message":"SUCCESS",
         "convertedImageInfo":{"width":400,"height":200,"pageIndex":0,"longImage":false},
         "fields":[
          {"valueType":"ALL","boundingPoly":{"vertices":[{"x":20,"y":20},{"x":120,"y":20},{"x":120,"y":44},{"x":20,"y":44}]},
           "inferText":"주간","inferConfidence":0.99,"type":"NORMAL","lineBreak":false},
          {"valueType":"ALL","boundingPoly":{"vertices":[{"x":130,"y":20},{"x":230,"y":20},{"x":230,"y":44},{"x":130,"y":44}]},
           "inferText":"회의록","inferConfidence":0.99,"type":"NORMAL","lineBreak":true},
          {"valueType":"ALL","boundingPoly":{"vertices":[{"x":20,"y":60},{"x":120,"y":60},{"x":120,"y":84},{"x":20,"y":84}]},
           "inferText":"참석자","inferConfidence":0.98,"type":"NORMAL","lineBreak":false},
          {"valueType":"ALL","boundingPoly":{"vertices":[{"x":130,"y":60},{"x":230,"y":60},{"x":230,"y":84},{"x":130,"y":84}]},
           "inferText":"김민수","inferConfidence":0.97,"type":"NORMAL","lineBreak":true}]}]}"""
        .getBytes(UTF_8);
  }

  @Test
  void aGeneralOcrReceiptShowsWhyEachFieldHoldsItsValue() throws IOException {
    // A restaurant receipt answered by CLOVA General OCR: words only (exporters' test fixture).
    Path file = copy("/io/docstruct/export/excel/general-v2-restaurant.json", "restaurant.json");

    CliRun run = CliRun.of("map", file.toString());

    assertThat(run.exit()).isZero();
    JsonNode expense = JSON.readTree(run.out()).get("expenses").get(0);
    assertThat(expense.get("total").get("amount").asInt()).isEqualTo(34000);
    JsonNode total = null;
    for (JsonNode f : expense.get("evidence")) {
      if (f.get("field").asText().equals("expense.total")) {
        total = f.get("evidence");
      }
    }
    assertThat(total).as("the total's evidence").isNotNull();
    assertThat(total.get("rule").asText()).isEqualTo("label");
    assertThat(total.get("label").asText()).isEqualTo("합계");
    assertThat(total.get("page").asInt()).isZero();
    JsonNode word = total.get("words").get(0);
    assertThat(word.get("text").asText()).isEqualTo("34,000");
    assertThat(word.get("confidence").asDouble()).isBetween(0.9, 1.0);
    assertThat(word.get("polygon").get("p0").get("x").asDouble()).isPositive();
  }

  @Test
  void aPageThatIsNotAReceiptIsMappedWithANoteSayingWhy() throws IOException {
    Path file = dir.resolve("minutes.json");
    Files.write(file, prose());

    CliRun run = CliRun.of("map", file.toString());

    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("expenses")).isEmpty();
    assertThat(root.get("violations")).hasSize(1);
    assertThat(root.get("violations").get(0).get("severity").asText()).isEqualTo("INFO");
    assertThat(root.get("violations").get(0).get("message").asText())
        .isEqualTo("not a receipt: no amounts or dates found (page 1)");
  }
}
