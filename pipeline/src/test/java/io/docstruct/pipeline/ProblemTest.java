package io.docstruct.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.document.ResponseKind;
import io.docstruct.read.ProviderErrorException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Exceptions described in one line, as the pipeline and the command line both say them. */
class ProblemTest {

  @Test
  void eachKindOfFailureIsSaidPlainly() {
    assertThat(Problem.describe(new NoSuchFileException("in/a.json"), "a.json")).isEqualTo("in/a.json: no such file");
    assertThat(Problem.describe(new AccessDeniedException("in/a.json"), null)).isEqualTo("in/a.json: permission denied");
    assertThat(Problem.describe(new ProviderErrorException(ResponseKind.Provider.CLOVA, "0011", "Invalid"), "e.json"))
        .isEqualTo("e.json: is a CLOVA error response, not an OCR result: code 0011, \"Invalid\"");
    assertThat(Problem.describe(new OcrTransportException("call failed", new SocketTimeoutException("read")), "p.png"))
        .isEqualTo("p.png: network error: timed out");
    assertThat(Problem.describe(new OcrRequestException("p: 62.4 MB,\nover the limit"), "p.png"))
        .isEqualTo("p.png: p: 62.4 MB, over the limit");
    assertThat(Problem.describe(new IOException("disk on fire"), "p.png"))
        .isEqualTo("p.png: cannot be read: IOException: disk on fire");
    assertThat(Problem.describe(new NullPointerException(), "p.png")).isEqualTo("p.png: internal error (NullPointerException)");
  }

  @Test
  void internalErrorsAreToldFromProblemsWithTheInput() {
    assertThat(Problem.isInternal(new IllegalStateException("bug"))).isTrue();
    assertThat(Problem.isInternal(new NoSuchFileException("a"))).isFalse();
    assertThat(Problem.isInternal(new OcrRequestException("too big"))).isFalse();
  }

  @Test
  void aProblemsReasonLosesTheNamesTheCallerShowsAnyway() {
    Problem p = Problem.of(Stage.READ, new NoSuchFileException("/in/a.json"), "/in/a.json", "a.json");

    assertThat(p).hasToString("read: no such file");
    assertThat(p.cause()).isInstanceOf(NoSuchFileException.class);
  }
}
