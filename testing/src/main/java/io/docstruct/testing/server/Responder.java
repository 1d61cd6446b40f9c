package io.docstruct.testing.server;

import java.io.IOException;

/** Answers the requests of one provider's API, in that provider's wire format. */
interface Responder {
  /**
   * The answer to {@code request}. Reads as much of the body as it needs; the connection skips the rest.
   *
   * @throws IOException if reading the request fails (the connection is dropped)
   */
  Answer answer(LoopbackHttpServer.Request request, long now) throws IOException;

  /** What the provider answers for an injected fault of {@code kind} (a server error, the rate limit, the quota). */
  Answer fault(Fault.Kind kind, String path, long now);

  /** What the provider answers when the server itself failed unexpectedly. */
  Answer unexpectedFailure(String path, long now);
}
