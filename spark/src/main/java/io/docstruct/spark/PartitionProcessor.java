package io.docstruct.spark;

import io.docstruct.client.ResponseBytes;
import io.docstruct.export.excel.WorkbookRows;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.Stage;
import io.docstruct.pipeline.WorkbookSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Processes one partition of inputs with this executor's {@link DocStruct} ({@link ExecutorPipelines}), one
 * document at a time as Spark pulls the rows, so that a partition of any size needs the memory of one document.
 * Each input becomes exactly one {@linkplain Tables#RESULT result row}: processed, or failed with its stage and
 * reason; nothing is thrown for a bad input.
 *
 * <p>An image read by OCR has its answer saved as {@code answers/<SHA-256 of the image>.json}; a later run (a
 * retried task, a job started again) reads that answer instead of calling OCR again. A document's PDF is {@code
 * pdfs/<SHA-256 of its input>.pdf}, written once: an existing one is kept. When the job writes workbooks, a
 * processed document's row also carries the rows it adds to a workbook ({@link Workbooks}).
 *
 * <pre>{@code
 * JavaRDD<Row> rows = inputs.mapPartitions(new PartitionProcessor(options, hadoopConf));
 * }</pre>
 */
final class PartitionProcessor implements FlatMapFunction<Iterator<InputFile>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<JobOptions> options;
  private final Broadcast<SerializableConfiguration> hadoop;

  PartitionProcessor(Broadcast<JobOptions> options, Broadcast<SerializableConfiguration> hadoop) {
    this.options = options;
    this.hadoop = hadoop;
  }

  @Override
  public Iterator<Row> call(Iterator<InputFile> inputs) {
    JobOptions job = options.value();
    DocStruct docstruct = ExecutorPipelines.get(job);
    Configuration conf = hadoop.value().value();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public Row next() {
        if (!inputs.hasNext()) {
          throw new NoSuchElementException();
        }
        try (TaskFiles files = new TaskFiles(conf)) {
          return process(job, docstruct, files, inputs.next());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot delete a task's temporary files", e);
        }
      }
    };
  }

  /** One input into its result row. */
  static Row process(JobOptions job, DocStruct docstruct, TaskFiles files, InputFile input) {
    if (input.kind() == InputFile.Kind.RESPONSE) {
      DocumentResult result;
      try {
        List<Path> sources = new ArrayList<>();
        for (String source : input.sources()) {
          sources.add(files.local(source));
        }
        result = docstruct.process(DocumentInput.response(files.local(input.file()), sources).named(input.name()));
      } catch (IOException | RuntimeException e) {
        return Tables.row(input, "", failed(input, Problem.of(Stage.READ, Problem.describe(e, input.name()))),
            null, null, null);
      }
      // The response's own bytes, as the pipeline read them: no second read for the hash.
      List<ResponseBytes> bytes = result.responseBytes();
      String id;
      try {
        id = bytes.size() == 1 ? TaskFiles.sha256(bytes.get(0)) : files.sha256(input.file());
      } catch (IOException | RuntimeException e) {
        id = "";
      }
      return withPdf(job, docstruct, files, input, id, result, null);
    }
    String id;
    try {
      id = files.sha256(input.file());
    } catch (IOException | RuntimeException e) {
      return Tables.row(input, "", failed(input, Problem.of(Stage.OCR, Problem.describe(e, input.name()))),
          null, null, null);
    }
    String answer = job.output() + "/answers/" + id + ".json";
    @Nullable String savedAnswer = null;
    DocumentResult result;
    try {
      List<Path> sources = new ArrayList<>();
      for (String source : input.sources()) {
        sources.add(files.local(source));
      }
      if (files.exists(answer)) {
        // An earlier attempt read it: its saved answer, not a second OCR call.
        savedAnswer = answer;
        result = docstruct.process(DocumentInput.response(files.local(answer), sources).named(input.name()));
      } else {
        Path localAnswer = files.scratch().resolve(input.name());
        result = docstruct.process(
            DocumentInput.image(sources.get(0)).savingAnswerAs(localAnswer).named(input.name()));
        if (result.answerFile() != null) {
          files.publish(localAnswer, answer);
          savedAnswer = answer;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Tables.row(input, id, failed(input, Problem.of(Stage.OCR, Problem.describe(e, input.name()))),
          savedAnswer, null, null);
    }
    return withPdf(job, docstruct, files, input, id, result, savedAnswer);
  }

  /** The result row, with the document's PDF written first when the job makes PDFs. */
  private static Row withPdf(JobOptions job, DocStruct docstruct, TaskFiles files, InputFile input, String id,
      DocumentResult processed, @Nullable String savedAnswer) {
    DocumentResult result = processed;
    String pdf = job.output() + "/pdfs/" + id + ".pdf";
    @Nullable String pdfPath = null;
    if (job.pdfs() && !result.failed() && result.document() != null) {
      try {
        if (!input.sources().isEmpty() && files.exists(pdf)) {
          pdfPath = pdf;
        } else {
          Path local = files.scratch().resolve(id + ".pdf");
          result = docstruct.writePdf(result, local);
          if (result.pdf() != null) {
            files.publish(local, pdf);
            pdfPath = pdf;
          }
        }
      } catch (IOException | RuntimeException e) {
        result = new DocumentResult(result.input(), result.name(), Problem.of(Stage.PDF, Problem.describe(e, pdf)),
            result.problems(), result.warnings(), List.of(), result.answerFile(), result.document(), result.text(),
            result.verification(), result.rules(), null);
      }
    }
    // What the document adds to a workbook, recorded now that it is at hand: the workbook step writes these
    // rows and never reads the document again.
    WorkbookRows workbookRows = job.workbooks() != null && !result.failed()
        ? WorkbookSink.record(result, Workbooks.EXCEL)
        : null;
    return Tables.row(input, id, result, savedAnswer, pdfPath, workbookRows);
  }

  /** A result that failed before the pipeline could look at the input. */
  private static DocumentResult failed(InputFile input, Problem problem) {
    DocumentInput placeholder = DocumentInput.response(Path.of(input.name())).named(input.name());
    return new DocumentResult(placeholder, input.name(), problem, List.of(), List.of(), List.of(), null, null,
        null, null, null, null);
  }
}
