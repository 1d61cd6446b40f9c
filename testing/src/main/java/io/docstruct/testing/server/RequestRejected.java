package io.docstruct.testing.server;

/**
 * Thrown inside the server when a request must be answered with an error body. The message is the
 * documented one, optionally followed by a detail that helps the developer fix the request.
 */
final class RequestRejected extends Exception {
  private static final long serialVersionUID = 1L;

  private final ClovaError error;

  RequestRejected(ClovaError error) {
    super(error.message());
    this.error = error;
  }

  RequestRejected(ClovaError error, String detail) {
    super(error.message() + " " + detail);
    this.error = error;
  }

  RequestRejected(ClovaError error, String detail, Throwable cause) {
    super(error.message() + " " + detail, cause);
    this.error = error;
  }

  ClovaError error() {
    return error;
  }
}
