package io.docstruct.spark;

import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.executor.TaskMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line in the driver's log for each finished stage, besides the Spark UI: its name, tasks, time, records
 * read and written, and why it failed if it did.
 *
 * <pre>{@code
 * spark.sparkContext().addSparkListener(new StageSummary());
 * // docstruct stage 0 (docstruct: process 10000 inputs): 8 tasks, 37.5 s (executor CPU 30.1 s), 0 records in, 10000 out
 * }</pre>
 */
final class StageSummary extends SparkListener {
  private static final Logger LOG = LoggerFactory.getLogger(StageSummary.class);

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    LOG.info(line(completed.stageInfo()));
  }

  static String line(StageInfo stage) {
    TaskMetrics metrics = stage.taskMetrics();
    long ms = stage.completionTime().isDefined() && stage.submissionTime().isDefined()
        ? (Long) stage.completionTime().get() - (Long) stage.submissionTime().get()
        : 0L;
    String failure = stage.failureReason().isDefined() ? ", FAILED: " + stage.failureReason().get() : "";
    return String.format(Locale.ROOT, "docstruct stage %d (%s): %d tasks, %.1f s (executor CPU %.1f s), %d records in, %d out%s",
        stage.stageId(), stage.name(), stage.numTasks(), ms / 1000.0,
        metrics == null ? 0.0 : metrics.executorCpuTime() / 1e9,
        metrics == null ? 0 : metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead(),
        metrics == null ? 0 : metrics.outputMetrics().recordsWritten() + metrics.shuffleWriteMetrics().recordsWritten(),
        failure);
  }
}
