package io.docstruct.client;

/**
 * How much a client logs about each call, through SLF4J (logger {@code io.docstruct.client.http}). Off by
 * default. No level ever logs the secret, the access key, the signature, a bearer token or image bytes: those
 * headers are written as {@code ██}, and bodies are never logged. The format is for people and is not a
 * stable contract.
 *
 * <pre>{@code
 * ClovaOcrClient.builder()...requestLogging(RequestLogging.HEADERS).build();
 * }</pre>
 */
public enum RequestLogging {
  /** Nothing. */
  NONE,
  /**
   * One line per request and per response: {@code --> POST /…/general (multipart, 1204 bytes)} and {@code
   * <-- 200 /…/general (312 ms)}.
   */
  BASIC,
  /** {@link #BASIC} plus request and response headers, with credentials redacted. */
  HEADERS
}
