/**
 * The {@code docstruct} command line: one picocli command class per verb, exit codes as the design's
 * command-line contract states them (0 success, 1 {@code verify} found a FAIL, 2 usage error or unusable input,
 * 3 remote API or network error), and one clear line on stderr for every failure. The commands that process
 * documents ({@code batch}, {@code demo}, {@code map}, {@code verify}, {@code export}, {@code ocr}) are shells
 * over {@code docstruct-pipeline} ({@link io.docstruct.pipeline.DocStruct}, the {@link io.docstruct.ocr.OcrEngine}
 * seam): they keep the arguments, the output formats, {@code batch}'s manifest and progress line.
 *
 * <pre>{@code
 * int exit = DocStructCommand.newCommandLine().execute("info", "receipt.json");
 * }</pre>
 */
@NullMarked
package io.docstruct.cli;

import org.jspecify.annotations.NullMarked;
