/**
 * A JUnit 5 extension that runs a {@link io.docstruct.testing.server.LocalOcrServer} for a test class, as
 * OkHttp's {@code mockwebserver3.junit5} does for its server. JUnit is not a dependency of {@code
 * docstruct-testing}: bring your own {@code junit-jupiter} (5.x) in test scope.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalOcrServerExtension ocr =
 *     new LocalOcrServerExtension(LocalOcrServer.builder().responsesFromClasspath("recordings").secret("test"));
 * }</pre>
 */
@NullMarked
package io.docstruct.testing.junit5;

import org.jspecify.annotations.NullMarked;
