package io.docstruct.testing.server;

/**
 * The NHN Cloud OCR result codes the server answers with, with their documented messages. NHN answers every
 * one of them with HTTP 200 and {@code "isSuccessful": false}.
 */
enum NhnError {
  UNKNOWN(-1, "Unknown error."),
  INVALID_PARAMETER(4000001, "Invalid parameter."),
  INVALID_FILE(4000002, "Invalid file."),
  INVALID_FILE_TYPE(4000003, "Invalid file type."),
  FILE_EMPTY(4000004, "Uploaded file is empty."),
  HEADERS_MISSING(4000005, "Required headers is missing."),
  CALL_LIMIT(4000006, "Api call limit exceeded, If you need to adjust the limit, please contact customer service."),
  TOO_LARGE(4131000, "Request size is larger than permissible limit. the permissible limit is 5mb.");

  private final int code;
  private final String message;

  NhnError(int code, String message) {
    this.code = code;
    this.message = message;
  }

  int code() {
    return code;
  }

  String message() {
    return message;
  }
}
