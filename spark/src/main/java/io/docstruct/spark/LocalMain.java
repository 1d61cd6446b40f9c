package io.docstruct.spark;

import org.apache.spark.sql.SparkSession;

/**
 * {@code java -jar spark/target/docstruct-spark-local.jar --input DIR --output DIR [--format parquet|json]
 * [--partitions N] …}: the job on one machine without a Spark installation, Spark in local mode inside
 * ({@code local[*]}, or {@code -Dspark.master=local[2]}). The jar's manifest opens the JDK packages Spark needs
 * ({@code Add-Opens}); the Netty settings Spark's launcher would add are set here, before Spark starts.
 */
public final class LocalMain {
  private LocalMain() {}

  public static void main(String[] args) {
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    SparkSession spark = SparkSession.builder()
        .appName("docstruct")
        .master(System.getProperty("spark.master", "local[*]"))
        .getOrCreate();
    int exit;
    try {
      exit = DocStructJob.runMain(spark, args, System.getenv(), System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }
}
