package io.docstruct.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, the OCR quota shared among executors, secrets kept out of messages, one pipeline per JVM. */
class JobOptionsTest {
  @TempDir Path dir;

  private JobOptions parse(Map<String, String> env, String... args) throws Exception {
    return DocStructJob.parse(args, env, LocalSpark.session());
  }

  @Test
  void theOcrQuotaIsSharedAmongTheExecutorsAndTheSecretNeverShows() throws Exception {
    JobOptions options = parse(
        Map.of("CLOVA_OCR_URL_RECEIPT", "https://x.apigw.ntruss.com/custom/v1/1/abc/document/receipt",
            "CLOVA_OCR_SECRET_RECEIPT", "s3cr3t-value"),
        "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--ocr", "receipt",
        "--ocr-quota", "8");
    assertThat(options.ocr().callsPerExecutor()).as("local mode: one executor").isEqualTo(8);
    assertThat(options.toString()).doesNotContain("s3cr3t-value").contains("secret=(hidden)");

    SparkConf cluster = new SparkConf().set("spark.master", "yarn").set("spark.executor.instances", "3");
    assertThat(DocStructJob.executors(cluster)).isEqualTo(3);
    SparkConf dynamic = new SparkConf().set("spark.master", "yarn").set("spark.dynamicAllocation.enabled", "true");
    assertThatThrownBy(() -> DocStructJob.executors(dynamic))
        .hasMessageContaining("spark.dynamicAllocation.maxExecutors");
    assertThat(DocStructJob.executors(dynamic.set("spark.dynamicAllocation.maxExecutors", "20"))).isEqualTo(20);
  }

  @Test
  void badArgumentsAreExitTwoWithOneLineSayingWhich() {
    SparkSession spark = LocalSpark.session();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(DocStructJob.runMain(spark, new String[] {"--input", "x"}, Map.of(), System.out, stream))
        .isEqualTo(2);
    assertThat(DocStructJob.runMain(spark, new String[] {"--input", "x", "--output", "y", "--format", "csv"},
        Map.of(), System.out, stream)).isEqualTo(2);
    assertThat(DocStructJob.runMain(spark, new String[] {"--input", "x", "--output", "y", "--ocr", "receipt",
        "--ocr-quota", "4"}, Map.of(), System.out, stream)).isEqualTo(2);
    assertThat(DocStructJob.runMain(spark, new String[] {"--input", dir + "/none", "--output", "y"}, Map.of(),
        System.out, stream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("docstruct-spark: ")))
        .containsExactly(
            "docstruct-spark: --output is required",
            "docstruct-spark: --format must be one of parquet|json: csv",
            "docstruct-spark: no CLOVA OCR domain for --ocr receipt: set CLOVA_OCR_URL_RECEIPT and"
                + " CLOVA_OCR_SECRET_RECEIPT on the driver",
            "docstruct-spark: " + dir + "/none: no such file or folder, or the pattern matches nothing");
  }

  @Test
  void rulesAreCompiledOncePerJvmHoweverManyPartitions() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    io.docstruct.testing.Fixtures.copyFolder("fixtures/corpus/valid", in);
    Path rule = dir.resolve("big-meals.drl");
    Files.writeString(rule, """
        package io.docstruct.rules.unit;
        unit DocumentUnit;
        import io.docstruct.verify.Severity;
        rule "Every expense is reviewed"
        when
          $e : /expenses
        then
          results.violation(Severity.INFO, "expense.total", "queued for review");
        end
        """, StandardCharsets.UTF_8);
    int before = ExecutorPipelines.built();
    DocStructJob.JobSummary summary = DocStructJob.run(LocalSpark.session(), parse(Map.of(),
        "--input", in.toString(), "--output", dir.resolve("out").toString(), "--rules", rule.toString(),
        "--partitions", "4"));
    assertThat(ExecutorPipelines.built() - before).as("one pipeline for 4 partitions in this JVM").isEqualTo(1);
    assertThat(LocalSpark.session().read().parquet(dir.resolve("out/violations").toString())
        .where("rule = 'Every expense is reviewed'").count()).isEqualTo(summary.expenses()).isPositive();
  }
}
