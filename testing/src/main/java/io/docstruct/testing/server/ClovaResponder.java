package io.docstruct.testing.server;

import io.docstruct.DocStructException;
import io.docstruct.client.ImageFormat;
import io.docstruct.client.ImageSource;
import io.docstruct.clova.client.ClovaDomain;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.ClovaLimits;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.Recognition;
import io.docstruct.privacy.Masking;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CLOVA OCR's face of the local server: General ({@code …/general}, V1 and V2), Template ({@code …/infer})
 * and the seven Document OCR endpoints ({@code …/document/receipt}…) under any path prefix, read as the client
 * reads an invoke URL ({@link ClovaDomain}), with the documented error bodies ({@link ClovaError}).
 */
final class ClovaResponder implements Responder {
  private static final Logger LOG = LoggerFactory.getLogger(LocalOcrServer.class);
  private static final String SECRET_HEADER = "X-OCR-SECRET";

  private final String baseUrl;
  private final SharedSecret secret;
  private final RecordedResponses responses;
  private final boolean synthesize;
  private final @Nullable OcrEngine engine;

  ClovaResponder(
      String baseUrl, SharedSecret secret, RecordedResponses responses, boolean synthesize,
      @Nullable OcrEngine engine) {
    this.baseUrl = baseUrl;
    this.secret = secret;
    this.responses = responses;
    this.synthesize = synthesize;
    this.engine = engine;
  }

  @Override
  public Answer fault(Fault.Kind kind, String path, long now) {
    return fail(
        switch (kind) {
          case SERVER_ERROR -> ClovaError.UNKNOWN_SERVICE_ERROR;
          case OCR_ERROR -> ClovaError.OCR_SERVICE_ERROR;
          case RATE_LIMIT -> ClovaError.RATE_LIMITED;
          case QUOTA -> ClovaError.QUOTA_REACHED;
          default -> throw new IllegalArgumentException("not an error fault: " + kind);
        },
        path,
        now);
  }

  @Override
  public Answer unexpectedFailure(String path, long now) {
    return fail(ClovaError.UNKNOWN_SERVICE_ERROR, path, now);
  }

  @Override
  public Answer answer(LoopbackHttpServer.Request request, long now) throws IOException {
    String path = request.rawPath();
    if (!secret.accepts(request.header(SECRET_HEADER))) {
      return fail(ClovaError.SECRET_INVALID, path, now);
    }
    Optional<ClovaEndpoint> endpoint = endpointOf(path);
    if (endpoint.isEmpty() || !request.method().equals("POST")) {
      return fail(ClovaError.URL_INVALID, path, now);
    }
    try (OcrRequest ocr = RequestParser.parse(request.header("Content-Type"), request.body())) {
      return answer(endpoint.get(), ocr, path, now);
    } catch (RequestRejected e) {
      return new Answer(e.error().status(), ClovaBodies.error(e.error(), e.getMessage(), path, now));
    }
  }

  /** What the request path serves, read as a client reads an invoke URL; empty for any other path. */
  Optional<ClovaEndpoint> endpointOf(String rawPath) {
    try {
      return Optional.of(ClovaDomain.of(baseUrl + rawPath.substring(1)).endpoint());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Answer answer(ClovaEndpoint endpoint, OcrRequest request, String path, long now) throws RequestRejected {
    String version = request.version();
    boolean document = endpoint.documentType().isPresent();
    if (!"V2".equals(version) && !("V1".equals(version) && !document)) {
      throw new RequestRejected(
          ClovaError.VERSION_UNSUPPORTED,
          (document ? "Document OCR supports V2 only" : "version must be V1 or V2")
              + ", got " + (version == null ? "none" : "\"" + version + "\"") + ".");
    }
    if (request.imageCount() != 1) {
      throw new RequestRejected(
          ClovaError.BODY_INVALID, "images must hold exactly one image, got " + request.imageCount() + ".");
    }
    Payload payload = request.payload();
    String url = request.url();
    if (payload == null && (url == null || url.isBlank())) {
      throw new RequestRejected(ClovaError.BODY_INVALID, "images[0] needs url, data or a file part.");
    }
    ImageFormat declared = ImageFormat.fromName(Objects.requireNonNullElse(request.format(), ""));
    ImageInspector.Facts facts;
    try {
      facts =
          payload == null
              ? new ImageInspector.Facts(declared, List.of(PageSize.DEFAULT))
              : ImageInspector.inspect(payload, declared);
    } catch (IOException e) {
      return serverFault("cannot read the uploaded image: " + e.getMessage(), path, now);
    }
    if (payload != null && payload.size() > ClovaLimits.maxBytes(endpoint, facts.format())) {
      throw new RequestRejected(ClovaError.BODY_INVALID, sizeLimitMessage(endpoint, facts, payload.size()));
    }
    if (facts.pageCount() > ClovaLimits.maxPagesPerCall(endpoint)) {
      throw new RequestRejected(ClovaError.BODY_INVALID, pageLimitMessage(endpoint, facts));
    }
    RecordedResponses.Lookup lookup;
    try {
      lookup = responses.find(RecordedResponses.keysOf(request));
      Optional<RecordedResponses.Match> match = lookup.match();
      if (match.isPresent()) {
        RecordedResponses.Match m = match.get();
        if (LOG.isDebugEnabled()) {
          LOG.debug("{}: answering {} (matched by {})", path, Masking.numbersIn(m.file()), m.key().by().label());
        }
        byte[] body = ClovaBodies.replay(m.json(), m.file(), request, now);
        return new Answer(200, body).withRecording(m.key().by().label() + " " + m.file());
      }
    } catch (IOException e) {
      return serverFault(e.getMessage(), path, now);
    }
    String tried = lookup.triedText();
    if (engine != null && payload != null && engine.serves(endpoint.model())) {
      try {
        return recognise(engine, endpoint, request, payload, tried, path, now);
      } catch (IOException e) {
        return serverFault("cannot read the uploaded image: " + e.getMessage(), path, now);
      }
    }
    if (endpoint == ClovaEndpoint.GENERAL && synthesize) {
      // Asked for: one line per image would drown a load test's log; the header still says it.
      LOG.debug(
          "{}: no recorded response for this image; tried {} ({}); answering a synthesised empty page",
          path, lookup.triedTextMasked(), responses.describeSources());
      return new Answer(200, ClovaBodies.syntheticGeneral(request, facts.pages(), version, now))
          .withRecording("none (synthesised); tried " + tried);
    }
    LOG.warn(
        "{}: no recorded response for this image; tried {} ({}); answering an image FAILURE",
        path, lookup.triedTextMasked(), responses.describeSources());
    return new Answer(
            200, ClovaBodies.imageFailure(request, version, "no recorded response for this image; tried " + tried, now))
        .withRecording("none; tried " + tried);
  }

  /**
   * An image without a recording, read by the engine: its answer with the request's id, timestamp and image
   * name, as a recording is replayed. An image the engine refuses or cannot read is an image FAILURE that
   * says why.
   */
  private static Answer recognise(
      OcrEngine engine, ClovaEndpoint endpoint, OcrRequest request, Payload payload, String tried, String path,
      long now) throws IOException {
    io.docstruct.ocr.OcrRequest ask = io.docstruct.ocr.OcrRequest.of(endpoint.model());
    if (endpoint.model() == OcrModel.GENERAL) {
      ask = ask.withLanguage(request.lang());
    }
    String name = request.name() != null ? request.name() : "image";
    Recognition recognition;
    try (InputStream in = payload.open()) {
      recognition = engine.recognize(ImageSource.ofBytes(in.readAllBytes(), name), ask);
    } catch (DocStructException e) {
      LOG.warn("{}: no recorded response for this image, and {} could not read it: {}", path, engine,
          Masking.numbersIn(String.valueOf(e.getMessage())));
      return new Answer(200, ClovaBodies.imageFailure(request, Objects.requireNonNullElse(request.version(), "V2"),
              "no recorded response for this image, and the OCR engine could not read it: " + e.getMessage(), now))
          .withRecording("none; tried " + tried + "; the OCR engine refused it");
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("{}: no recorded response for this image; read by {}", path, engine);
    }
    byte[] body = recognition.answer().bodies().get(0).toByteArray();
    return new Answer(200, ClovaBodies.replay(body, "the OCR engine's answer", request, now))
        .withRecording("none; tried " + tried + "; read by the OCR engine");
  }

  private static String pageLimitMessage(ClovaEndpoint endpoint, ImageInspector.Facts facts) {
    int max = ClovaLimits.maxPagesPerCall(endpoint);
    String reads =
        max == 1 ? "reads single-page files only" : "reads at most " + max + " pages of a PDF or TIFF";
    return "The " + what(facts) + " has " + facts.pageCount() + " pages; " + endpoint.title() + " " + reads + ".";
  }

  private static String sizeLimitMessage(ClovaEndpoint endpoint, ImageInspector.Facts facts, long size) {
    return "The " + what(facts) + " has " + size + " bytes; " + endpoint.title() + " accepts at most "
        + ClovaLimits.maxBytes(endpoint, facts.format()) / ClovaLimits.MB + " MB of it.";
  }

  private static String what(ImageInspector.Facts facts) {
    return facts.format() == ImageFormat.UNKNOWN ? "file" : facts.format().wireName().toUpperCase(Locale.ROOT);
  }

  /** A misconfigured recording or an unreadable temporary file: the server's fault, answered as 0500. */
  private static Answer serverFault(@Nullable String detail, String path, long now) {
    LOG.warn("{}: {}", path, detail);
    ClovaError code = ClovaError.UNKNOWN_SERVICE_ERROR;
    return new Answer(code.status(), ClovaBodies.error(code, code.message() + " " + detail, path, now));
  }

  /** An error answer with the documented message; the connection reads what is left of the body. */
  private static Answer fail(ClovaError code, String path, long now) {
    return new Answer(code.status(), ClovaBodies.error(code, code.message(), path, now));
  }
}
