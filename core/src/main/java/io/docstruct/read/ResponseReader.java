package io.docstruct.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.RecognizedBy;
import io.docstruct.document.ResponseKind;
import io.docstruct.json.JsonPaths;
import io.docstruct.json.RawJson;
import io.docstruct.json.WireJson;
import io.docstruct.nhn.adapt.NhnAdapter;
import io.docstruct.nhn.model.NhnResponse;
import io.docstruct.nhn.model.NhnResult;
import io.docstruct.privacy.Masking;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads any CLOVA (General V1/V2, Template, Document OCR of every kind) or NHN Cloud OCR response and returns
 * the canonical {@link OcrDocument}. The kind is detected from the JSON's shape; the file name does not
 * matter. Thread-safe and cheap to share.
 *
 * <pre>{@code
 * ResponseReader reader = ResponseReader.create();
 * OcrDocument doc = reader.read(Path.of("receipt.json"));
 * System.out.println(doc.kind().label());        // clova-receipt
 * }</pre>
 *
 * <p>Failures are typed: {@link ResponseFormatException} for input that is not a readable response (with the
 * JSON path of the problem), {@link ProviderErrorException} for a provider's error report, {@link IOException}
 * for I/O. Oddities inside a valid response never throw; they become {@link OcrDocument#warnings()}.
 */
public final class ResponseReader {
  private final ObjectReader envelopeReader;
  private final ObjectMapper mapper;

  private ResponseReader(ObjectMapper mapper) {
    this.mapper = mapper;
    // Callers own the streams they pass in: never close them here.
    this.envelopeReader =
        mapper
            .readerFor(WireEnvelope.class)
            .without(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            // checked by readEnvelope itself, which words the error for users
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** A reader with DocStruct's configuration for responses ({@link WireJson#responseMapper()}). */
  public static ResponseReader create() {
    return new ResponseReader(WireJson.responseMapper());
  }

  /**
   * Reads a response file.
   *
   * @throws ResponseFormatException if the file is not a readable OCR response
   * @throws ProviderErrorException if the file holds a provider's error report
   * @throws IOException if the file cannot be read
   */
  public OcrDocument read(Path file) throws IOException {
    checkLength(Files.size(file), file.toString());
    WireEnvelope envelope;
    try (InputStream in = Files.newInputStream(file)) {
      envelope = readEnvelope(in, file.toString());
    }
    return adapt(
        envelope,
        file.toString(),
        () -> {
          try (InputStream again = Files.newInputStream(file)) {
            return mapper.readTree(again);
          }
        });
  }

  /**
   * Reads a response from a stream, which is not closed.
   *
   * @param sourceName a name for messages (a file name, a URL), or {@code null}
   */
  public OcrDocument read(InputStream in, @Nullable String sourceName) throws IOException {
    return adapt(readEnvelope(in, sourceName), sourceName, () -> null);
  }

  /** Reads a response held in memory. */
  public OcrDocument read(byte[] json, @Nullable String sourceName) {
    checkLength(json.length, sourceName);
    try {
      return adapt(
          readEnvelope(new java.io.ByteArrayInputStream(json), sourceName),
          sourceName,
          () -> mapper.readTree(json));
    } catch (IOException e) {
      throw new AssertionError("no I/O reading a byte array", e);
    }
  }

  /** Refuses input longer than the limit before reading any of it (streams are stopped by the parser). */
  private static void checkLength(long length, @Nullable String sourceName) {
    if (length > WireJson.MAX_DOCUMENT_LENGTH) {
      throw new ResponseFormatException(
          ResponseFormatException.Reason.LIMIT_EXCEEDED,
          "$",
          sourceName,
          "document length ("
              + length
              + " bytes) exceeds the maximum allowed ("
              + WireJson.MAX_DOCUMENT_LENGTH
              + " bytes)",
          null);
    }
  }

  private @Nullable WireEnvelope readEnvelope(InputStream in, @Nullable String sourceName)
      throws IOException {
    try (JsonParser parser = mapper.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ResponseFormatException(
            ResponseFormatException.Reason.MALFORMED_JSON, "$", sourceName, "no JSON content", null);
      }
      if (first == JsonToken.VALUE_NULL) {
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ResponseFormatException(
            ResponseFormatException.Reason.UNKNOWN_SHAPE,
            "$",
            sourceName,
            "expected a JSON object, found " + describeToken(first),
            null);
      }
      WireEnvelope envelope = envelopeReader.readValue(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ResponseFormatException(
            ResponseFormatException.Reason.MALFORMED_JSON,
            "$",
            sourceName,
            "content after the end of the document (line "
                + at.getLineNr()
                + ", column "
                + at.getColumnNr()
                + ")",
            null);
      }
      return envelope;
    } catch (JsonProcessingException e) {
      throw translate(e, sourceName);
    } catch (CharConversionException e) {
      // Jackson detected UTF-16/32 from the first bytes, and the rest is not valid in that encoding.
      throw new ResponseFormatException(
          ResponseFormatException.Reason.MALFORMED_JSON,
          "$",
          sourceName,
          "not text in UTF-8, UTF-16 or UTF-32: " + e.getMessage(),
          e);
    }
  }

  private interface TreeSource {
    @Nullable JsonNode tree() throws IOException;
  }

  private OcrDocument adapt(@Nullable WireEnvelope e, @Nullable String source, TreeSource tree) {
    if (e == null) {
      throw new ResponseFormatException(
          ResponseFormatException.Reason.UNKNOWN_SHAPE, "$", source, "empty document (JSON null)", null);
    }
    if (e.images() != null) {
      // Absent reads as JSON null (RawJson's null value): no mark.
      RawJson mark = e.recognizedBy();
      Map<String, RawJson> unknown =
          mark == null || mark.json().equals("null") ? Map.of() : Map.of(RecognizedBy.KEY, mark);
      ClovaResponse response = new ClovaResponse(e.version(), e.requestId(), e.timestamp(), e.images(), unknown);
      return ClovaAdapter.adapt(response);
    }
    if (e.header() != null) {
      if (!e.header().successful()) {
        throw new ProviderErrorException(
            ResponseKind.Provider.NHN,
            e.header().resultCode() == null ? "unknown" : String.valueOf(e.header().resultCode()),
            e.header().resultMessage());
      }
      NhnResult result = e.result();
      ResponseKind kind =
          result != null && result.slicesImages() != null
              ? ResponseKind.NHN_GENERAL_CROPPING
              : ResponseKind.NHN_GENERAL;
      return NhnAdapter.adapt(new NhnResponse(e.header(), result), kind);
    }
    if (e.code() != null && (e.message() != null || e.path() != null)) {
      throw new ProviderErrorException(ResponseKind.Provider.CLOVA, e.code(), e.message());
    }
    throw new ResponseFormatException(
        ResponseFormatException.Reason.UNKNOWN_SHAPE,
        "$",
        source,
        "expected a CLOVA response (top-level \"images\"), an NHN Cloud response (\"header\" and "
            + "\"result\") or a provider error body (\"code\" and \"message\"); found "
            + describeKeys(tree),
        null);
  }

  private static String describeKeys(TreeSource source) {
    // Only on the failure path: the object is read again to name what it holds.
    List<String> keys = new ArrayList<>();
    try {
      JsonNode tree = source.tree();
      if (tree == null || !tree.isObject()) {
        return "no keys";
      }
      for (Iterator<String> it = tree.fieldNames(); it.hasNext() && keys.size() < 10; ) {
        keys.add(it.next());
      }
    } catch (IOException | RuntimeException e) {
      return "an object whose keys could not be listed";
    }
    return keys.isEmpty() ? "an empty object" : "keys " + keys;
  }

  private static ResponseFormatException translate(
      JsonProcessingException e, @Nullable String source) {
    ResponseFormatException.Reason reason;
    String path;
    if (e instanceof StreamConstraintsException) {
      reason = ResponseFormatException.Reason.LIMIT_EXCEEDED;
      path = pathOf(e.getProcessor());
    } else if (e instanceof JsonMappingException m && m.getCause() instanceof JsonParseException) {
      // databind wraps syntax errors met inside a value; the path of the wrapper is the precise one
      reason = ResponseFormatException.Reason.MALFORMED_JSON;
      path = JsonPaths.of(m.getPath());
      e = (JsonParseException) m.getCause();
    } else if (e instanceof JsonMappingException m) {
      reason =
          m.getCause() instanceof StreamConstraintsException
              ? ResponseFormatException.Reason.LIMIT_EXCEEDED
              : ResponseFormatException.Reason.UNEXPECTED_VALUE;
      path = JsonPaths.of(m.getPath());
    } else if (e instanceof JsonParseException) {
      reason = ResponseFormatException.Reason.MALFORMED_JSON;
      path = pathOf(e.getProcessor());
    } else {
      reason = ResponseFormatException.Reason.MALFORMED_JSON;
      path = "$";
    }
    JsonLocation loc = e.getLocation();
    String where =
        loc == null || loc.getLineNr() < 0
            ? ""
            : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    // Jackson quotes the value it could not read, which may be a personal number.
    return new ResponseFormatException(
        reason, path, source, Masking.numbersIn(e.getOriginalMessage()) + where, Masking.scrubbed(e));
  }

  private static String describeToken(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  private static String pathOf(@Nullable Object processor) {
    if (!(processor instanceof JsonParser parser)) {
      return "$";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }


}
