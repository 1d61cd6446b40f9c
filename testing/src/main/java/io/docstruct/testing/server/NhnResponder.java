package io.docstruct.testing.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.client.ImageFormat;
import io.docstruct.json.WireJson;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.privacy.Masking;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NHN Cloud General OCR's face of the local server: {@code POST …/{version}/appkeys/{appKey}/general} and
 * {@code …/general/cropping} under any prefix, with an image as the multipart part {@code image} or a JSON
 * {@code {"imageUrl": …}}, answered in NHN's envelope ({@code header.isSuccessful}, {@code resultCode},
 * {@code resultMessage}) and always with HTTP 200, as NHN documents.
 *
 * <p>Checked in order: a credential ({@code X-NHN-Authorization: Bearer <token>}, API v1.1, or {@code
 * Authorization: <secret key>}, v1.0) that the server accepts, else {@code 4000005}; POST, else {@code
 * 4000001}; a readable body with an image part or an {@code imageUrl}, else {@code 4000001}; an image of at
 * most {@link NhnOcrClient#MAX_IMAGE_BYTES}, else {@code 4131000}; not empty, else {@code 4000004}; a JPEG or
 * PNG, else {@code 4000003}. NHN documents no code for a wrong credential; the server answers it as a missing
 * one. Any app key is accepted.
 *
 * <p>A recording must be an NHN envelope (a JSON object with a {@code header} object) and is replayed byte
 * for byte. An image without one is answered {@code 4000002} ("no recorded response for this image; tried
 * …"), the nearest documented code that a client does not retry, unless synthesis was asked for: then a
 * successful envelope with no texts.
 */
final class NhnResponder implements Responder {
  /** The two operations, by how the path ends. */
  enum Operation {
    GENERAL,
    CROPPING
  }

  private static final Logger LOG = LoggerFactory.getLogger(LocalOcrServer.class);
  private static final Pattern API_VERSION = Pattern.compile("v\\d+\\.\\d+");
  private static final ObjectMapper MAPPER = WireJson.mapper();
  /** The multipart part NHN reads the image from. */
  private static final String IMAGE_PART = "image";
  /** Largest JSON body read for {@code {"imageUrl": …}}. */
  private static final int MAX_JSON_BYTES = 64 * 1024;

  private final SharedSecret secret;
  private final RecordedResponses responses;
  private final boolean synthesize;

  NhnResponder(SharedSecret secret, RecordedResponses responses, boolean synthesize) {
    this.secret = secret;
    this.responses = responses;
    this.synthesize = synthesize;
  }

  /**
   * The operation a raw path asks for: {@code …/v1.1/appkeys/KEY/general} or {@code …/general/cropping};
   * empty for any other path.
   */
  static Optional<Operation> operationOf(String rawPath) {
    List<String> s = new ArrayList<>(Arrays.asList(rawPath.split("/", -1)));
    while (!s.isEmpty() && s.get(s.size() - 1).isEmpty()) {
      s.remove(s.size() - 1);
    }
    int n = s.size();
    if (n >= 5 && s.get(n - 1).equals("cropping") && nhnGeneral(s, n - 1)) {
      return Optional.of(Operation.CROPPING);
    }
    if (n >= 4 && nhnGeneral(s, n)) {
      return Optional.of(Operation.GENERAL);
    }
    return Optional.empty();
  }

  /** Whether the first {@code end} segments end in {@code {version}/appkeys/{appKey}/general}. */
  private static boolean nhnGeneral(List<String> s, int end) {
    return end >= 4
        && s.get(end - 1).equals("general")
        && !s.get(end - 2).isEmpty()
        && s.get(end - 3).equals("appkeys")
        && API_VERSION.matcher(s.get(end - 4)).matches();
  }

  @Override
  public Answer fault(Fault.Kind kind, String path, long now) {
    return switch (kind) {
      case SERVER_ERROR, OCR_ERROR -> error(NhnError.UNKNOWN, null);
      case RATE_LIMIT, QUOTA -> error(NhnError.CALL_LIMIT, null);
      default -> throw new IllegalArgumentException("not an error fault: " + kind);
    };
  }

  @Override
  public Answer unexpectedFailure(String path, long now) {
    return error(NhnError.UNKNOWN, null);
  }

  @Override
  public Answer answer(LoopbackHttpServer.Request request, long now) throws IOException {
    String path = request.rawPath();
    Operation operation = operationOf(path).orElseThrow(() -> new IllegalStateException("not an NHN path: " + path));
    String credential = credential(request);
    if (credential == null) {
      return error(
          NhnError.HEADERS_MISSING, "Send X-NHN-Authorization: Bearer <token> (v1.1) or Authorization: <secret key>.");
    }
    if (!secret.accepts(credential)) {
      return error(NhnError.HEADERS_MISSING, "The credential is not the one this server accepts.");
    }
    if (!request.method().equals("POST")) {
      return error(NhnError.INVALID_PARAMETER, "Only POST is answered, not " + request.method() + ".");
    }
    String contentType = request.header("Content-Type");
    boolean multipart = contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/");
    return multipart ? answerUpload(request, contentType, operation, path) : answerUrl(request, operation, path);
  }

  /** The credential sent, from either header; {@code null} when neither is there. */
  private static @Nullable String credential(LoopbackHttpServer.Request request) {
    String bearer = request.header("X-NHN-Authorization");
    if (bearer != null && !bearer.isBlank()) {
      String value = bearer.strip();
      return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : value;
    }
    String secretKey = request.header("Authorization");
    return secretKey == null || secretKey.isBlank() ? null : secretKey.strip();
  }

  private Answer answerUpload(
      LoopbackHttpServer.Request request, String contentType, Operation operation, String path)
      throws IOException {
    Optional<String> boundary = MultipartReader.boundary(contentType);
    if (boundary.isEmpty()) {
      return error(NhnError.INVALID_PARAMETER, "The multipart body has no boundary.");
    }
    MultipartReader reader = new MultipartReader(request.body(), boundary.get());
    Payload image = null;
    String fileName = null;
    try {
      for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
        if (part.name().equals(IMAGE_PART) && image == null) {
          try (Payload.Sink sink = Payload.sink(RequestParser.MEMORY_LIMIT, NhnOcrClient.MAX_IMAGE_BYTES)) {
            OutputStream out = new BufferedOutputStream(sink, 64 * 1024);
            reader.copyBody(out);
            out.flush();
            image = sink.finish();
          }
          fileName = part.filename();
        } else {
          reader.copyBody(OutputStream.nullOutputStream());
        }
      }
      if (image == null) {
        return error(NhnError.INVALID_PARAMETER, "The multipart body has no part named image.");
      }
      if (image.size() == 0) {
        return error(NhnError.FILE_EMPTY, null);
      }
      ImageFormat format = ImageFormat.detect(image.read(0, ImageFormat.SIGNATURE_LENGTH));
      if (format != ImageFormat.JPG && format != ImageFormat.PNG) {
        return error(NhnError.INVALID_FILE_TYPE, "Only JPEG and PNG are read.");
      }
      List<RecordedResponses.Key> keys = new ArrayList<>();
      keys.add(new RecordedResponses.Key(RecordedResponses.By.SHA256, image.sha256()));
      if (fileName != null && !fileName.isBlank()) {
        keys.add(new RecordedResponses.Key(RecordedResponses.By.FILE_NAME, fileName));
      }
      return replay(keys, format.wireName(), operation, path);
    } catch (Payload.TooLargeException e) {
      return error(NhnError.TOO_LARGE, null);
    } catch (MultipartReader.MalformedMultipartException e) {
      return error(NhnError.INVALID_PARAMETER, "The multipart body is malformed: " + e.getMessage());
    } finally {
      if (image != null) {
        image.close();
      }
    }
  }

  private Answer answerUrl(LoopbackHttpServer.Request request, Operation operation, String path) throws IOException {
    byte[] body;
    try (InputStream in = request.body()) {
      body = in.readNBytes(MAX_JSON_BYTES + 1);
    }
    if (body.length > MAX_JSON_BYTES) {
      return error(NhnError.INVALID_PARAMETER, "The JSON body is larger than " + MAX_JSON_BYTES + " bytes.");
    }
    JsonNode json;
    try {
      json = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return error(NhnError.INVALID_PARAMETER, "The body is neither multipart with an image part nor JSON.");
    }
    JsonNode imageUrl = json == null ? null : json.get("imageUrl");
    if (imageUrl == null || !imageUrl.isTextual() || imageUrl.asText().isBlank()) {
      return error(NhnError.INVALID_PARAMETER, "The JSON body needs an imageUrl.");
    }
    String name = RecordedResponses.urlName(imageUrl.asText());
    List<RecordedResponses.Key> keys =
        name == null || name.isBlank() ? List.of() : List.of(new RecordedResponses.Key(RecordedResponses.By.URL, name));
    return replay(keys, "jpg", operation, path);
  }

  /** The recording for {@code keys}, byte for byte, or what an image without one gets. */
  private Answer replay(List<RecordedResponses.Key> keys, String fileType, Operation operation, String path)
      throws IOException {
    RecordedResponses.Lookup lookup = responses.find(keys);
    Optional<RecordedResponses.Match> match = lookup.match();
    if (match.isPresent()) {
      RecordedResponses.Match m = match.get();
      String problem = envelopeProblem(m.json());
      if (problem != null) {
        LOG.warn("{}: recorded response {} {}", path, Masking.numbersIn(m.file()), problem);
        return error(NhnError.UNKNOWN, "Recorded response " + m.file() + " " + problem + ".");
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("{}: answering {} (matched by {})", path, Masking.numbersIn(m.file()), m.key().by().label());
      }
      return new Answer(200, m.json()).withRecording(m.key().by().label() + " " + m.file());
    }
    String tried = lookup.triedText();
    if (synthesize) {
      // Asked for: one line per image would drown a load test's log; the header still says it.
      LOG.debug(
          "{}: no recorded response for this image; tried {} ({}); answering a successful envelope without texts",
          path, lookup.triedTextMasked(), responses.describeSources());
      return new Answer(200, emptyResult(fileType, operation)).withRecording("none (synthesised); tried " + tried);
    }
    LOG.warn(
        "{}: no recorded response for this image; tried {} ({}); answering 4000002",
        path, lookup.triedTextMasked(), responses.describeSources());
    return failure(NhnError.INVALID_FILE, "no recorded response for this image; tried " + tried)
        .withRecording("none; tried " + tried);
  }

  /** Why a recording is not an NHN envelope; {@code null} when it is one. */
  private static @Nullable String envelopeProblem(byte[] json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || !root.isObject()) {
        return "is not a JSON object";
      }
      if (!root.path("header").isObject()) {
        return "is not an NHN Cloud OCR response (no header object; a CLOVA recording?)";
      }
      return null;
    } catch (IOException e) {
      return "is not valid JSON";
    }
  }

  private static byte[] emptyResult(String fileType, Operation operation) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode header = body.putObject("header");
    header.put("isSuccessful", true);
    header.put("resultCode", 0);
    header.put("resultMessage", "SUCCESS");
    ObjectNode result = body.putObject("result");
    result.put("fileType", fileType);
    result.putArray("listOfInferTexts");
    result.putArray("listOfBoundingBoxes");
    if (operation == Operation.CROPPING) {
      result.put("slicesImages", 1);
    }
    return write(body);
  }

  /** An NHN failure: the documented message, followed by {@code detail} when there is one. */
  private static Answer error(NhnError error, @Nullable String detail) {
    return failure(error, detail == null ? error.message() : error.message() + " " + detail);
  }

  /** An NHN failure with {@code error}'s code and a message of the server's own. */
  private static Answer failure(NhnError error, String message) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode header = body.putObject("header");
    header.put("isSuccessful", false);
    header.put("resultCode", error.code());
    header.put("resultMessage", message);
    return new Answer(200, write(body));
  }

  private static byte[] write(ObjectNode body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an in-memory JSON tree", e);
    }
  }
}
