package io.docstruct.testing.server;

/** The CLOVA error codes the server answers with, with their HTTP status and documented message. */
enum ClovaError {
  URL_INVALID("0001", 404, "URL is invalid."),
  SECRET_INVALID("0002", 401, "Secret key validate failed."),
  BODY_INVALID("0011", 400, "Request body invalid."),
  VERSION_UNSUPPORTED("0021", 400, "Protocol version not support."),
  QUOTA_REACHED("0023", 400, "API request count reach the upper limit."),
  RATE_LIMITED("0025", 400, "Calls to this api have exceeded the rate limit."),
  UNKNOWN_SERVICE_ERROR("0500", 500, "Unknown service error."),
  OCR_SERVICE_ERROR("0501", 500, "OCR service error.");

  private final String code;
  private final int status;
  private final String message;

  ClovaError(String code, int status, String message) {
    this.code = code;
    this.status = status;
    this.message = message;
  }

  String code() {
    return code;
  }

  int status() {
    return status;
  }

  String message() {
    return message;
  }
}
