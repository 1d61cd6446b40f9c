package io.docstruct.samples.expenses;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the app answers with a problem detail (RFC 9457): the status, a title, a detail naming the
 * problem, and properties such as the provider's error code or the id under which the upload was kept.
 */
public final class ReceiptProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;
  private final transient Map<String, Object> properties;

  ReceiptProblem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.title = title;
    this.properties = new LinkedHashMap<>(properties);
  }

  static ReceiptProblem badUpload(String detail) {
    return new ReceiptProblem(HttpStatus.BAD_REQUEST, "Bad upload", detail, Map.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
