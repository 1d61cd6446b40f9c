package io.docstruct.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the local CLOVA and NHN Cloud-compatible server ({@code LocalOcrServer}, from docstruct-testing) for
 * a {@code @SpringBootTest} and points DocStruct's auto-configuration at it, so the application's test runs
 * offline through the real clients, with recorded answers and fault plans. The server is a bean: inject it to
 * change its faults or count its requests. It lives as long as the (cached) application context.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureLocalOcrServer(recordings = "recordings")     // classpath folder; the bundled samples too
 * class ReceiptImportTest {
 *   @Autowired DocStruct docstruct;
 *   @Autowired LocalOcrServer server;
 *
 *   @Test
 *   void survivesTheRateLimit() {
 *     server.useFaults(FaultPlan.script(Fault.rateLimit()));
 *     DocumentResult r = docstruct.process(DocumentInput.image(Path.of("receipt.jpg")));
 *   }
 * }
 * }</pre>
 *
 * <p>With {@link Provider#CLOVA} it sets {@code docstruct.ocr.engine=clova} and one {@code
 * docstruct.clova.domains.<label>} per CLOVA endpoint ({@code general}, {@code receipt}, …) at the server; with
 * {@link Provider#NHN}, {@code docstruct.ocr.engine=nhn} and {@code docstruct.nhn.*}. These properties come
 * before the application's own, so a test never calls the paid service by accident.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureLocalOcrServer {

  /** Which provider the server stands in for. */
  Provider provider() default Provider.CLOVA;

  /** Classpath folders of recorded responses (and their images), e.g. {@code "recordings"}. */
  String[] recordings() default {};

  /** Whether the bundled sample recordings ({@code SampleResponse}) are served too. */
  boolean sampleResponses() default true;

  /** The secret the server demands and the clients send. */
  String secret() default "local-ocr-test-secret";

  /** The provider the local server answers as. */
  enum Provider {
    /** CLOVA OCR: every endpoint, each at its own invoke URL. */
    CLOVA,
    /** NHN Cloud General OCR. */
    NHN
  }
}
