/**
 * The DocStruct pipeline as an Apache Spark job ({@link io.docstruct.spark.DocStructJob}): inputs listed on the
 * driver from folders or globs on any Hadoop file system, each partition processed by one {@code DocStruct} per
 * executor JVM ({@link io.docstruct.spark.ExecutorPipelines}), results written as tables ({@link
 * io.docstruct.spark.Tables}), searchable PDFs named by content hash and workbooks split by a key ({@link
 * io.docstruct.spark.Workbooks}).
 */
@NullMarked
package io.docstruct.spark;

import org.jspecify.annotations.NullMarked;
