/**
 * A local CLOVA OCR and NHN Cloud OCR-compatible HTTP server for integration tests and demos, as OkHttp's
 * {@code mockwebserver} is for HTTP: {@link io.docstruct.testing.server.LocalOcrServer} answers from recorded
 * responses, speaks each provider's documented errors, and injects the faults a {@link
 * io.docstruct.testing.server.FaultPlan} scripts. Plain JDK sockets (no HTTP library, no JVM-wide setting);
 * binds to the loopback interface.
 *
 * <pre>{@code
 * try (LocalOcrServer server = LocalOcrServer.builder().responses(Path.of("recordings")).start()) {
 *   String receipts = server.invokeUrl("receipt");   // http://127.0.0.1:PORT/document/receipt
 * }
 * }</pre>
 */
@NullMarked
package io.docstruct.testing.server;

import org.jspecify.annotations.NullMarked;
