/**
 * The {@code docstruct} command line: one picocli command class per verb, exit codes as the design's
 * command-line contract states them (0 success, 1 {@code verify} found a FAIL, 2 usage error or unusable input,
 * 3 remote API or network error), and one clear line on stderr for every failure.
 *
 * <pre>{@code
 * int exit = DocStructCommand.newCommandLine().execute("info", "receipt.json");
 * }</pre>
 */
@NullMarked
package io.docstruct.cli;

import org.jspecify.annotations.NullMarked;
