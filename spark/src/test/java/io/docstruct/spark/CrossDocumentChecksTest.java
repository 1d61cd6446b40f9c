package io.docstruct.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.pipeline.ComplianceCheck;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.ResultStream;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.Duplicate;
import io.docstruct.rules.compliance.ReconciliationLine;
import io.docstruct.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22 point 3: duplicates and a card statement's reconciliation over receipts in different partitions, per
 * amount group, give what one session over the whole batch gives (issue #20's {@link ComplianceCheck}).
 */
class CrossDocumentChecksTest {
  @TempDir Path dir;

  @Test
  void aStatementIsReconciledAcrossPartitionsAsOneSessionReconcilesIt() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Fixtures.copyFolder("fixtures/corpus/valid", in);
    Fixtures.copyFolder("fixtures/corpus/corrupt", in);
    Files.deleteIfExists(in.resolve("README.md"));
    // The bakery receipt (빵굽는오후, 2024.05.16 08:51, ₩14,700, approval 31920476) three times, far apart in
    // name order so that the three partitions each get one: the same receipt again, then the same approval
    // number with another total (which bridges the groups of ₩14,700 and ₩15,700).
    String bakery = Fixtures.text("io/docstruct/testing/samples/clova-receipt.json");
    Files.writeString(in.resolve("a-bakery.json"), bakery, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("m-bakery-again.json"), bakery, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("z-bakery-other-total.json"),
        bakery.replace("14,700", "15,700").replace("14700", "15700"), StandardCharsets.UTF_8);
    Path statement = Files.writeString(dir.resolve("법인카드_202405.csv"), """
        법인카드 승인내역
        승인일자,승인시각,승인번호,가맹점명,이용금액,승인구분
        2024.05.16,08:51:40,31920476,빵굽는오후,"14,700",정상
        2024.05.20,10:00:00,30000001,교보문고,"27,000",정상
        2024.05.20,11:00:00,30000001,교보문고,"-27,000",취소
        2024.05.21,12:00:00,30000002,을지로 포차,"54,000",정상
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    SparkSession spark = LocalSpark.session();
    DocStructJob.run(spark, DocStructJob.parse(new String[] {"--input", in.toString(), "--output", out.toString(),
        "--partitions", "3", "--card-statement", statement.toString()}, Map.of(), spark));

    List<String> duplicates = new ArrayList<>();
    for (Row r : spark.read().parquet(out + "/duplicates").collectAsList()) {
      duplicates.add(String.join(" | ", r.<String>getAs("kind"), r.<String>getAs("severity"),
          r.<String>getAs("first_document"), r.<String>getAs("second_document"), r.<String>getAs("reason")));
    }
    List<String> reconciliation = new ArrayList<>();
    for (Row r : spark.read().parquet(out + "/reconciliation").collectAsList()) {
      reconciliation.add(String.join(" | ", r.<String>getAs("kind"), r.<String>getAs("severity"),
          String.valueOf(r.<String>getAs("basis")), String.valueOf(r.<String>getAs("first_document")),
          r.isNullAt(r.fieldIndex("statement_row")) ? "null" : String.valueOf(r.<Integer>getAs("statement_row")),
          r.<String>getAs("reason")));
    }

    // One session over the whole batch, as docstruct batch runs it.
    ComplianceReport whole;
    try (DocStruct docstruct = DocStruct.create();
        ResultStream results = docstruct.processAll(DocumentInput.folder(in))) {
      ComplianceCheck check = docstruct.complianceCheck();
      check.addStatement(statement);
      for (DocumentResult r : results) {
        check.add(r);
      }
      whole = check.report();
    }
    List<String> expectedDuplicates = new ArrayList<>();
    for (Duplicate d : whole.duplicates()) {
      expectedDuplicates.add(String.join(" | ", d.kind().name(), d.severity().name(), d.first().document(),
          d.second().document(), d.reason()));
    }
    List<String> expectedReconciliation = new ArrayList<>();
    for (ReconciliationLine l : whole.reconciliation()) {
      expectedReconciliation.add(String.join(" | ", l.status().name(), l.severity().name(),
          String.valueOf(l.basis()), l.claim() == null ? "null" : l.claim().document(),
          l.transaction() == null ? "null" : String.valueOf(l.transaction().row()), l.reason()));
    }

    assertThat(sorted(duplicates)).isEqualTo(sorted(expectedDuplicates))
        .anyMatch(d -> d.startsWith("SAME_RECEIPT | WARNING | a-bakery.json | m-bakery-again.json"))
        .anyMatch(d -> d.startsWith("SAME_APPROVAL | WARNING | a-bakery.json | z-bakery-other-total.json"));
    assertThat(sorted(reconciliation)).isEqualTo(sorted(expectedReconciliation))
        .anyMatch(l -> l.startsWith("MATCHED | ") && l.contains(" | a-bakery.json | "))
        .anyMatch(l -> l.startsWith("NO_RECEIPT | "))
        .anyMatch(l -> l.startsWith("CANCELLED | "));
  }

  @Test
  void withoutAStatementAnApprovalNumberBridgesAmountsAcrossPartitionsAsInOneSession() throws Exception {
    // No statement: the groups are made without statement rows to join (their own path), still merged by the
    // approval number that appears with two totals.
    Path in = Files.createDirectories(dir.resolve("in"));
    String bakery = Fixtures.text("io/docstruct/testing/samples/clova-receipt.json");
    Files.writeString(in.resolve("a-bakery.json"), bakery, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("m-bakery-again.json"), bakery, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("z-bakery-other-total.json"),
        bakery.replace("14,700", "15,700").replace("14700", "15700"), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("k-dinner.json"),
        Fixtures.text("io/docstruct/testing/samples/clova-receipt-dinner.json"), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    SparkSession spark = LocalSpark.session();
    DocStructJob.run(spark, DocStructJob.parse(new String[] {"--input", in.toString(), "--output", out.toString(),
        "--partitions", "3"}, Map.of(), spark));

    List<String> duplicates = new ArrayList<>();
    for (Row r : spark.read().parquet(out + "/duplicates").collectAsList()) {
      duplicates.add(String.join(" | ", r.<String>getAs("kind"), r.<String>getAs("severity"),
          r.<String>getAs("first_document"), r.<String>getAs("second_document"), r.<String>getAs("reason")));
    }
    ComplianceReport whole;
    try (DocStruct docstruct = DocStruct.create();
        ResultStream results = docstruct.processAll(DocumentInput.folder(in))) {
      ComplianceCheck check = docstruct.complianceCheck();
      for (DocumentResult r : results) {
        check.add(r);
      }
      whole = check.report();
    }
    List<String> expected = new ArrayList<>();
    for (Duplicate d : whole.duplicates()) {
      expected.add(String.join(" | ", d.kind().name(), d.severity().name(), d.first().document(),
          d.second().document(), d.reason()));
    }
    assertThat(sorted(duplicates)).isEqualTo(sorted(expected))
        .anyMatch(d -> d.startsWith("SAME_RECEIPT | WARNING | a-bakery.json | m-bakery-again.json"))
        .anyMatch(d -> d.startsWith("SAME_APPROVAL | WARNING | a-bakery.json | z-bakery-other-total.json"));
    assertThat(spark.read().parquet(out + "/reconciliation").count()).as("no statement, no reconciliation")
        .isZero();
    assertThat(whole.reconciliation()).isEmpty();
  }

  @Test
  void amountsBridgedByAnApprovalNumberAreOneGroup() {
    var groups = CrossDocumentChecks.mergedGroups(List.of(
        new scala.Tuple2<>("31920476", List.of("14700", "15700")),
        new scala.Tuple2<>("555", List.of("15700", "none")),
        new scala.Tuple2<>("777", List.of("100", "200"))));
    assertThat(groups.get("14700")).isEqualTo(groups.get("15700")).isEqualTo(groups.get("none"));
    assertThat(groups.get("100")).isEqualTo(groups.get("200")).isNotEqualTo(groups.get("14700"));
    assertThat(groups).as("amounts no approval number bridges keep their own group").doesNotContainKey("300");
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }
}
