/**
 * A local, CLOVA OCR-compatible HTTP server for demos and integration tests: it answers General, Template and
 * Document OCR requests from recorded responses (or synthesises General answers), speaks the documented error
 * bodies, and injects faults on request. Plain JDK sockets (no HTTP library, no JVM-wide setting); binds to the
 * loopback interface.
 */
@NullMarked
package io.docstruct.testing.server;

import org.jspecify.annotations.NullMarked;
