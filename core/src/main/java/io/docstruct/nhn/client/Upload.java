package io.docstruct.nhn.client;

import io.docstruct.client.ImageFormat;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.nhn.client.internal.ImageUrlRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * An image checked and made ready to send, once per call so that every retry sends the same thing: a
 * multipart part for local images, a JSON body for a URL. Closing it deletes the temporary copy of a stream.
 */
sealed interface Upload extends AutoCloseable permits Upload.Multipart, Upload.Json {

  /** The largest image NHN accepts, in bytes: 5 × 1024 × 1024. */
  long MAX_BYTES = 5L * 1024 * 1024;

  /** The multipart form field NHN reads the image from. */
  String PART_NAME = "image";

  /** Ports NHN fetches an {@code imageUrl} from when the URL names one. */
  String URL_PORTS = "80, 443 or 10000–12000";

  /** Deletes any temporary file; never throws. */
  @Override
  void close();

  /** A local image sent as the multipart part {@code image}, with the temporary file to delete, if any. */
  record Multipart(MultipartBody.Part part, @Nullable Path temporaryFile) implements Upload {
    @Override
    public void close() {
      if (temporaryFile != null) {
        deleteQuietly(temporaryFile);
      }
    }
  }

  /** A URL sent as {@code {"imageUrl": …}}. */
  record Json(ImageUrlRequest body) implements Upload {
    @Override
    public void close() {}
  }

  /**
   * Checks {@code source} and prepares it; a stream is copied to a temporary file first.
   *
   * @throws OcrRequestException naming the source when it is missing, unreadable, empty, larger than {@link
   *     #MAX_BYTES}, not a JPEG or PNG, or a URL on a port NHN does not fetch from
   */
  static Upload prepare(ImageSource source) {
    if (source instanceof ImageSource.FileSource f) {
      Path file = f.file();
      ImageFormat format = inspect(file, file.toString());
      return multipart(f.name(), format, RequestBody.create(file.toFile(), mediaType(format)), null);
    }
    if (source instanceof ImageSource.BytesSource b) {
      byte[] bytes = b.bytes().clone();
      String label = "bytes '" + b.name() + "'";
      ImageFormat format = check(label, bytes.length, ImageFormat.detect(bytes));
      return multipart(b.name(), format, RequestBody.create(bytes, mediaType(format)), null);
    }
    if (source instanceof ImageSource.StreamSource s) {
      return fromStream(s);
    }
    ImageSource.UrlSource u = (ImageSource.UrlSource) source;
    checkPort(u.url());
    return new Json(new ImageUrlRequest(u.url()));
  }

  private static Upload fromStream(ImageSource.StreamSource source) {
    String label = "stream '" + source.name() + "'";
    Path copy;
    try {
      copy = Files.createTempFile("docstruct-nhn-", ".upload");
    } catch (IOException e) {
      throw new OcrRequestException(label + ": cannot create a temporary file to hold it (" + e + ")", e);
    }
    try {
      long copied;
      try {
        copied = source.copyTo(copy, MAX_BYTES + 1);
      } catch (IOException e) {
        throw new OcrRequestException(label + ": cannot be read (" + e + ")", e);
      }
      if (copied > MAX_BYTES) {
        throw new OcrRequestException(
            label + ": more than " + limit() + "; stopped reading after " + copied + " bytes");
      }
      ImageFormat format = inspect(copy, label);
      RequestBody body = RequestBody.create(copy.toFile(), mediaType(format));
      return multipart(source.name(), format, body, copy);
    } catch (RuntimeException e) {
      deleteQuietly(copy);
      throw e;
    }
  }



  /** Checks a file on disk by its size and first bytes, reading nothing else. */
  private static ImageFormat inspect(Path file, String label) {
    if (Files.isDirectory(file)) {
      throw new OcrRequestException(label + ": is a directory, not an image file");
    }
    ImageFormat.Probe probe;
    try {
      probe = ImageFormat.Probe.of(file);
    } catch (NoSuchFileException e) {
      throw new OcrRequestException(label + ": no such file", e);
    } catch (IOException e) {
      throw new OcrRequestException(label + ": cannot be read (" + e + ")", e);
    }
    return check(label, probe.size(), probe.format());
  }

  private static ImageFormat check(String label, long size, ImageFormat format) {
    if (size == 0) {
      throw new OcrRequestException(label + ": is empty (0 bytes)");
    }
    if (size > MAX_BYTES) {
      throw new OcrRequestException(label + ": " + megabytes(size) + "; NHN OCR accepts at most " + limit());
    }
    if (format != ImageFormat.JPG && format != ImageFormat.PNG) {
      String what =
          format == ImageFormat.UNKNOWN ? "not an image format DocStruct recognises" : format.name();
      throw new OcrRequestException(label + ": " + what + "; NHN General OCR reads only JPEG and PNG");
    }
    return format;
  }

  private static void checkPort(String url) {
    int port;
    try {
      port = new URI(url).getPort();
    } catch (URISyntaxException e) {
      throw new OcrRequestException("imageUrl " + shown(url) + ": not a valid URL", e);
    }
    if (port != -1 && port != 80 && port != 443 && (port < 10000 || port > 12000)) {
      throw new OcrRequestException(
          "imageUrl " + shown(url) + ": port " + port + "; NHN fetches images only from ports " + URL_PORTS);
    }
  }

  /** The URL without its query or fragment, which may hold a signature (a pre-signed storage URL). */
  private static String shown(String url) {
    int cut = url.length();
    for (char c : new char[] {'?', '#'}) {
      int i = url.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return cut == url.length() ? url : url.substring(0, cut) + "?…";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LoggerFactory.getLogger(Upload.class)
          .warn("could not delete temporary upload {}: {}", file, e.toString());
    }
  }

  private static Upload multipart(
      String name, ImageFormat format, RequestBody body, @Nullable Path temporaryFile) {
    String filename = name + "." + format.wireName();
    return new Multipart(MultipartBody.Part.createFormData(PART_NAME, filename, body), temporaryFile);
  }

  private static MediaType mediaType(ImageFormat format) {
    return MediaType.get(format.mimeType());
  }

  private static String limit() {
    return "5 MB (" + MAX_BYTES + " bytes)";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / (1024.0 * 1024.0), bytes);
  }
}
