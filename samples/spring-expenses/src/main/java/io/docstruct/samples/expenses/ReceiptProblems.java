package io.docstruct.samples.expenses;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Problem details (RFC 9457) for bad uploads and failed receipts; an upload over the size limit is a 400 too.
 * Ordered before Boot's own problem-details handler, which would answer a too-large upload with 413.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReceiptProblems {
  static final String TOO_LARGE =
      "the upload is larger than this server accepts (spring.servlet.multipart.max-file-size)";

  @ExceptionHandler(ReceiptProblem.class)
  ResponseEntity<ProblemDetail> receipt(ReceiptProblem p) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(p.status(), p.getMessage());
    body.setTitle(p.title());
    p.properties().forEach(body::setProperty);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(p.status());
    if (p.status() == HttpStatus.SERVICE_UNAVAILABLE && !Boolean.FALSE.equals(p.properties().get("retryable"))) {
      response.header("Retry-After", "30");   // not for an engine that is gone: waiting does not bring it back
    }
    return response.body(body);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return badUpload(TOO_LARGE);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    return badUpload("no part '" + e.getRequestPartName() + "': send the receipt as multipart/form-data part 'file'");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
    return badUpload("not a multipart upload: send the receipt as multipart/form-data part 'file'");
  }

  private static ResponseEntity<ProblemDetail> badUpload(String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    body.setTitle("Bad upload");
    return ResponseEntity.badRequest().body(body);
  }
}
