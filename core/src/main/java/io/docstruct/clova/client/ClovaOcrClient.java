package io.docstruct.clova.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.docstruct.client.ImageFormat;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.PdfSplitter;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.RequestLogging;
import io.docstruct.client.ResponseBytes;
import io.docstruct.client.RetryListener;
import io.docstruct.client.RetryPolicy;
import io.docstruct.client.internal.CallRunner;
import io.docstruct.client.internal.DaemonThreads;
import io.docstruct.client.internal.HttpTransport;
import io.docstruct.client.internal.SuccessBody;
import io.docstruct.clova.client.internal.ClovaAuthInterceptor;
import io.docstruct.clova.client.internal.ClovaOcrApi;
import io.docstruct.clova.model.ClovaErrorBody;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.ConvertedImageInfo;
import io.docstruct.clova.model.request.OcrRequest;
import io.docstruct.clova.model.request.RequestImage;
import io.docstruct.document.ResponseKind;
import io.docstruct.json.WireJson;
import io.docstruct.privacy.Masking;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The CLOVA OCR client for one domain: the invoke URL and secret the NAVER Cloud console shows for it (every
 * domain has its own). What the domain serves comes from its URL ({@link #domain()}): a {@code …/general}
 * domain answers General OCR (V1/V2, tables), a {@code …/infer} domain Template OCR, and a {@code
 * …/document/<model>} domain that one Document OCR model. A call the domain does not serve is refused at
 * once with {@link OcrRequestException}, before anything is read or sent; build one client per domain (or
 * hold several in {@link ClovaDomains}). Thread-safe; share it. Close it to release its threads.
 *
 * <pre>{@code
 * try (ClovaOcrClient receipts = ClovaOcrClient.builder()
 *     .invokeUrl(System.getenv("CLOVA_OCR_URL_RECEIPT"))   // as the console shows it: …/document/receipt
 *     .secret(System.getenv("CLOVA_OCR_SECRET_RECEIPT"))
 *     .build()) {
 *   receipts.domain();   // ClovaDomain[endpoint=RECEIPT, invokeUrl=https://…/document/receipt]
 *   ClovaResponse receipt = receipts.document(DocumentType.RECEIPT, ImageSource.of(Path.of("receipt.jpg")));
 *   OcrDocument doc = ClovaAdapter.adapt(receipt);
 *   receipts.general(ImageSource.of(Path.of("page.png")));   // OcrRequestException: needs a …/general domain
 * }
 * }</pre>
 *
 * <p><b>Requests.</b> Local files are sent as {@code multipart/form-data} ({@code message} + {@code file}),
 * streamed from disk; bytes in memory likewise; streams are first copied to a temporary file so a retry can
 * resend them; URLs go as JSON. {@link Transport#JSON} sends local content as base64 {@code data} instead
 * (the whole file is then held in memory). The format is detected from the bytes, and sizes and formats are
 * checked against {@link ClovaLimits} before anything is sent. Every call is posted to the invoke URL itself.
 *
 * <p><b>Long PDFs.</b> General OCR reads 10 pages a call, Template OCR 5, Document OCR one. When a {@link
 * PdfSplitter} is installed (the {@code docstruct-exporters} artifact provides one), longer PDFs are split,
 * the chunks sent concurrently within the concurrency bound, and the answers merged into one response whose
 * {@code convertedImageInfo.pageIndex} counts from 0 over the whole PDF.
 *
 * <p><b>The provider's bytes.</b> Each method has an {@code …Answer} twin returning a {@link ProviderAnswer}:
 * the parsed response together with the exact bytes of the HTTP answer ({@link ResponseBytes}), or of each
 * chunk's answer for a split PDF, for callers that keep the provider's answer as evidence. The body is read
 * into memory once (at most {@link WireJson#MAX_DOCUMENT_LENGTH}) and parsed from those bytes.
 *
 * <pre>{@code
 * ProviderAnswer<ClovaResponse> answer = receipts.documentAnswer(DocumentType.RECEIPT, ImageSource.of(jpg));
 * answer.bodies().get(0).writeTo(out);   // byte for byte what CLOVA sent
 * }</pre>
 *
 * <p><b>Failures</b> are typed ({@link OcrApiException}, {@link OcrTransportException}, {@link
 * OcrRequestException}, {@link OcrResponseException}) and retried per the {@link RetryPolicy} when the
 * provider says they are transient (network, 5xx, {@code 0500}, {@code 0501}, rate limit {@code 0025}). A 200
 * whose image has {@code inferResult} FAILURE or ERROR is returned as is: each image reports its own result.
 */
public final class ClovaOcrClient implements AutoCloseable {

  /** How local content travels. */
  public enum Transport {
    /** {@code multipart/form-data}, the file streamed (the default). */
    MULTIPART,
    /** {@code application/json} with base64 {@code data}. */
    JSON
  }


  private final ClovaDomain domain;
  private final HttpUrl invokeUrl;
  private final ClovaOcrApi api;
  private final HttpTransport http;
  private final CallRunner runner;
  private final Transport transport;
  private final @Nullable PdfSplitter splitter;
  private final ExecutorService fanOut;
  private final LongSupplier clock;

  private ClovaOcrClient(Builder b) {
    this.domain = Objects.requireNonNull(b.domain);
    this.invokeUrl = HttpUrl.get(domain.invokeUrl());
    this.transport = b.transport == null ? Transport.MULTIPART : b.transport;
    this.splitter = b.splitter != null ? b.splitter : PdfSplitter.installed().orElse(null);
    this.clock = b.clock == null ? System::currentTimeMillis : b.clock;
    this.http =
        b.http.build(
            new ClovaAuthInterceptor(Objects.requireNonNull(b.secret), b.credentials, clock),
            "docstruct-clova-");
    this.runner = http.runner();
    this.fanOut = Executors.newCachedThreadPool(DaemonThreads.named("docstruct-clova-chunk-"));
    this.api = http.create(invokeUrl.resolve("/"), ClovaOcrApi.class);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The domain this client serves: its invoke URL and what that URL answers. */
  public ClovaDomain domain() {
    return domain;
  }

  /** General OCR, V2, the domain's language, no tables. */
  public ClovaResponse general(ImageSource source) {
    return general(source, GeneralOptions.defaults());
  }

  /**
   * General OCR.
   *
   * @throws OcrRequestException at once when this client's domain is not a General OCR domain
   * @throws OcrClientException (a subtype) when the call fails after the policy's retries
   */
  public ClovaResponse general(ImageSource source, GeneralOptions options) {
    return generalAnswer(source, options).response();
  }

  /**
   * General OCR, with the exact bytes of the answer.
   *
   * @throws OcrClientException (a subtype) when the call fails after the policy's retries
   */
  public ProviderAnswer<ClovaResponse> generalAnswer(ImageSource source, GeneralOptions options) {
    return execute(served(CallSpec.general(options), source), source);
  }

  /**
   * {@link #general(ImageSource, GeneralOptions)} on the client's executor.
   *
   * @throws OcrRequestException at once when this client's domain is not a General OCR domain
   */
  public CompletableFuture<ClovaResponse> generalAsync(ImageSource source, GeneralOptions options) {
    return generalAnswerAsync(source, options).thenApply(ProviderAnswer::response);
  }

  /**
   * {@link #generalAnswer(ImageSource, GeneralOptions)} on the client's executor.
   *
   * @throws OcrRequestException at once when this client's domain is not a General OCR domain
   */
  public CompletableFuture<ProviderAnswer<ClovaResponse>> generalAnswerAsync(
      ImageSource source, GeneralOptions options) {
    return executeAsync(served(CallSpec.general(options), source), source);
  }

  /**
   * Template OCR with the templates to match, as configured in the domain.
   *
   * @param templateIds template ids; empty to let the service choose among the domain's templates
   * @throws OcrRequestException at once when this client's domain is not a Template OCR domain
   */
  public ClovaResponse template(ImageSource source, List<Integer> templateIds) {
    return templateAnswer(source, templateIds).response();
  }

  /** Template OCR, with the exact bytes of the answer; see {@link #template(ImageSource, List)}. */
  public ProviderAnswer<ClovaResponse> templateAnswer(ImageSource source, List<Integer> templateIds) {
    return execute(served(CallSpec.template(templateIds), source), source);
  }

  /**
   * {@link #template(ImageSource, List)} on the client's executor.
   *
   * @throws OcrRequestException at once when this client's domain is not a Template OCR domain
   */
  public CompletableFuture<ClovaResponse> templateAsync(ImageSource source, List<Integer> templateIds) {
    return templateAnswerAsync(source, templateIds).thenApply(ProviderAnswer::response);
  }

  /**
   * {@link #templateAnswer(ImageSource, List)} on the client's executor.
   *
   * @throws OcrRequestException at once when this client's domain is not a Template OCR domain
   */
  public CompletableFuture<ProviderAnswer<ClovaResponse>> templateAnswerAsync(
      ImageSource source, List<Integer> templateIds) {
    return executeAsync(served(CallSpec.template(templateIds), source), source);
  }

  /**
   * Document OCR with the domain's model. {@code type} says what the caller is sending; it must be the model
   * in the domain's invoke URL (a Document domain serves one model).
   *
   * @throws OcrRequestException at once when this client's domain is not the Document OCR domain of {@code
   *     type}
   * @throws OcrClientException (a subtype) when the call fails after the policy's retries
   */
  public ClovaResponse document(DocumentType type, ImageSource source) {
    return documentAnswer(type, source).response();
  }

  /** Document OCR, with the exact bytes of the answer; see {@link #document(DocumentType, ImageSource)}. */
  public ProviderAnswer<ClovaResponse> documentAnswer(DocumentType type, ImageSource source) {
    return execute(served(CallSpec.document(type), source), source);
  }

  /**
   * {@link #document(DocumentType, ImageSource)} on the client's executor.
   *
   * @throws OcrRequestException at once when this client's domain is not the Document OCR domain of {@code
   *     type}
   */
  public CompletableFuture<ClovaResponse> documentAsync(DocumentType type, ImageSource source) {
    return documentAnswerAsync(type, source).thenApply(ProviderAnswer::response);
  }

  /**
   * {@link #documentAnswer(DocumentType, ImageSource)} on the client's executor.
   *
   * @throws OcrRequestException at once when this client's domain is not the Document OCR domain of {@code
   *     type}
   */
  public CompletableFuture<ProviderAnswer<ClovaResponse>> documentAnswerAsync(
      DocumentType type, ImageSource source) {
    return executeAsync(served(CallSpec.document(type), source), source);
  }

  /** Shuts down the threads and connections the client created; an injected executor or client is left alone. */
  @Override
  public void close() {
    fanOut.shutdownNow();
    http.close();
  }

  @Override
  public String toString() {
    return "ClovaOcrClient{invokeUrl=" + invokeUrl + ", transport=" + transport + ", secret=****}";
  }

  // ---------------------------------------------------------------------------------------------

  /** What one logical call asks for. */
  private record CallSpec(
      ClovaEndpoint endpoint,
      String version,
      @Nullable String lang,
      @Nullable Boolean tables,
      List<Integer> templateIds) {

    static CallSpec general(GeneralOptions o) {
      return new CallSpec(
          ClovaEndpoint.GENERAL, o.version(), o.lang(), o.tables() ? Boolean.TRUE : null, List.of());
    }

    static CallSpec template(List<Integer> ids) {
      return new CallSpec(ClovaEndpoint.TEMPLATE, "V2", null, null, List.copyOf(ids));
    }

    static CallSpec document(DocumentType type) {
      return new CallSpec(ClovaEndpoint.of(type), "V2", null, null, List.of());
    }

    /** The call and its image for messages, e.g. {@code Document OCR document/receipt 'receipt-01'}. */
    String what(ImageSource source) {
      return endpoint.title() + " " + endpoint.path() + " '" + source.name() + "'";
    }
  }

  /** Content ready to send: a file on disk, bytes, or a URL; with what to delete afterwards. */
  private sealed interface Upload permits FileUpload, BytesUpload, UrlUpload {}

  private record FileUpload(Path file, long size, ImageFormat format) implements Upload {}

  private record BytesUpload(byte[] bytes, ImageFormat format) implements Upload {}

  private record UrlUpload(String url, ImageFormat format) implements Upload {}

  /**
   * {@code spec} when this client's domain serves it; otherwise the refusal, before the source is even read,
   * naming what the client serves and what the call needs.
   */
  private CallSpec served(CallSpec spec, ImageSource source) {
    if (!domain.serves(spec.endpoint())) {
      throw new OcrRequestException(
          spec.what(source) + ": this client serves the " + domain.description() + "; "
              + spec.endpoint().callName() + " needs a client for a …/" + spec.endpoint().path() + " domain");
    }
    return spec;
  }

  private CompletableFuture<ProviderAnswer<ClovaResponse>> executeAsync(CallSpec spec, ImageSource source) {
    return CompletableFuture.supplyAsync(() -> execute(spec, source), http.executor());
  }

  private ProviderAnswer<ClovaResponse> execute(CallSpec spec, ImageSource source) {
    String what = spec.what(source);
    List<Path> temporary = new ArrayList<>();
    try {
      Upload upload = prepare(spec, source, what, temporary);
      Optional<List<int[]>> chunks = chunksFor(spec, upload, what, temporary);
      if (chunks.isPresent()) {
        return sendChunks(spec, source.name(), (FileUpload) upload, chunks.get(), what, temporary);
      }
      return runner.run(what, () -> attempt(spec, source.name(), upload, what));
    } finally {
      for (Path p : temporary) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a temporary file that cannot be deleted is left for the OS; nothing the caller can do
        }
      }
    }
  }

  private Upload prepare(CallSpec spec, ImageSource source, String what, List<Path> temporary) {
    try {
      if (source instanceof ImageSource.UrlSource u) {
        return new UrlUpload(u.url(), formatOfUrl(u.url()));
      }
      if (source instanceof ImageSource.BytesSource b) {
        ImageFormat format = ImageFormat.detect(b.bytes());
        check(spec, what, b.bytes().length, format);
        return new BytesUpload(b.bytes(), format);
      }
      if (source instanceof ImageSource.FileSource f) {
        return fileUpload(spec, what, f.file());
      }
      ImageSource.StreamSource s = (ImageSource.StreamSource) source;
      Path copy = Files.createTempFile("docstruct-upload-", ".bin");
      temporary.add(copy);
      // one byte past the largest limit is enough to refuse an oversized stream with the usual message
      s.copyTo(copy, 50 * ClovaLimits.MB + 1);
      return fileUpload(spec, what, copy);
    } catch (NoSuchFileException e) {
      throw new OcrRequestException(what + ": no such file: " + e.getFile(), e);
    } catch (IOException e) {
      throw new OcrRequestException(what + ": cannot read the image: " + e, e);
    }
  }

  private FileUpload fileUpload(CallSpec spec, String what, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      throw new OcrRequestException(what + ": not a regular file: " + file);
    }
    ImageFormat.Probe probe = ImageFormat.Probe.of(file);
    check(spec, what, probe.size(), probe.format());
    return new FileUpload(file, probe.size(), probe.format());
  }

  private static void check(CallSpec spec, String what, long size, ImageFormat format) {
    if (size == 0) {
      throw new OcrRequestException(what + ": the image is empty (0 bytes)");
    }
    if (format == ImageFormat.UNKNOWN) {
      throw new OcrRequestException(
          what + ": not a JPEG, PNG, PDF or TIFF file (detected from its first bytes)");
    }
    long max = ClovaLimits.maxBytes(spec.endpoint(), format);
    if (size > max) {
      throw new OcrRequestException(
          String.format(
              Locale.ROOT,
              "%s: %.1f MB, %s accepts at most %d MB for %s",
              what,
              size / (double) ClovaLimits.MB,
              spec.endpoint().title(),
              max / ClovaLimits.MB,
              format.wireName()));
    }
  }

  private static ImageFormat formatOfUrl(String url) {
    String path = url.replaceFirst("[?#].*$", "");
    int dot = path.lastIndexOf('.');
    ImageFormat format = dot < 0 ? ImageFormat.UNKNOWN : ImageFormat.fromName(path.substring(dot + 1));
    return format == ImageFormat.UNKNOWN ? ImageFormat.JPG : format;
  }

  /** The page ranges to send separately, when the upload is a PDF longer than one call reads. */
  private Optional<List<int[]>> chunksFor(
      CallSpec spec, Upload upload, String what, List<Path> temporary) {
    if (splitter == null || !(upload instanceof FileUpload || upload instanceof BytesUpload)) {
      return Optional.empty();
    }
    if (formatOf(upload) != ImageFormat.PDF) {
      return Optional.empty();
    }
    try {
      Path pdf = upload instanceof FileUpload f ? f.file() : spill((BytesUpload) upload, temporary);
      int pages = splitter.pageCount(pdf);
      int perCall = ClovaLimits.maxPagesPerCall(spec.endpoint());
      if (pages <= perCall) {
        return Optional.empty();
      }
      return Optional.of(PdfSplitter.chunks(pages, perCall));
    } catch (IOException e) {
      throw new OcrRequestException(what + ": cannot read the PDF to count its pages: " + e, e);
    }
  }

  private static Path spill(BytesUpload upload, List<Path> temporary) throws IOException {
    Path file = Files.createTempFile("docstruct-upload-", ".pdf");
    temporary.add(file);
    Files.write(file, upload.bytes());
    return file;
  }

  private ProviderAnswer<ClovaResponse> sendChunks(
      CallSpec spec,
      String name,
      FileUpload whole,
      List<int[]> ranges,
      String what,
      List<Path> temporary) {
    PdfSplitter split = Objects.requireNonNull(splitter);
    List<CompletableFuture<ProviderAnswer<ClovaResponse>>> parts = new ArrayList<>(ranges.size());
    for (int[] range : ranges) {
      Path chunk;
      try {
        chunk = Files.createTempFile("docstruct-chunk-", ".pdf");
        temporary.add(chunk);
        split.extract(whole.file(), range[0], range[1], chunk);
      } catch (IOException e) {
        throw new OcrRequestException(
            what + ": cannot split pages " + (range[0] + 1) + "-" + range[1] + ": " + e, e);
      }
      FileUpload upload;
      try {
        upload = new FileUpload(chunk, Files.size(chunk), ImageFormat.PDF);
      } catch (IOException e) {
        throw new OcrRequestException(what + ": cannot read a split chunk: " + e, e);
      }
      String chunkWhat = what + " pages " + (range[0] + 1) + "-" + range[1];
      parts.add(
          CompletableFuture.supplyAsync(
              () -> runner.run(chunkWhat, () -> attempt(spec, name, upload, chunkWhat)), fanOut));
    }
    List<ClovaResponse> answers = new ArrayList<>(parts.size());
    List<ProviderAnswer.Part> bodies = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      ProviderAnswer<ClovaResponse> answer;
      try {
        answer = parts.get(i).join();
      } catch (CompletionException e) {
        parts.forEach(p -> p.cancel(true));
        throw CallRunner.unwrap(e);
      }
      answers.add(answer.response());
      int[] range = ranges.get(i);
      bodies.add(new ProviderAnswer.Part(range[0] + 1, range[1], Objects.requireNonNull(answer.body())));
    }
    return ProviderAnswer.merged(merge(answers, ranges), bodies);
  }

  /**
   * One response from chunk answers: images in page order, {@code pageIndex} over the whole PDF; version,
   * request id, timestamp and unknown top-level keys from the first chunk's answer.
   */
  static ClovaResponse merge(List<ClovaResponse> answers, List<int[]> ranges) {
    List<ClovaImage> images = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      int first = ranges.get(i)[0];
      List<ClovaImage> part = answers.get(i).images();
      for (int j = 0; j < part.size(); j++) {
        ClovaImage image = part.get(j);
        ConvertedImageInfo info = image.convertedImageInfo();
        int local = info != null && info.pageIndex() != null ? info.pageIndex() : j;
        ConvertedImageInfo renumbered =
            info == null
                ? new ConvertedImageInfo(null, null, first + local, null)
                : new ConvertedImageInfo(info.width(), info.height(), first + local, info.longImage());
        images.add(image.withConvertedImageInfo(renumbered));
      }
    }
    ClovaResponse head = answers.get(0);
    return new ClovaResponse(head.version(), head.requestId(), head.timestamp(), images, head.unknown());
  }

  /**
   * One HTTP exchange: the body read whole as the provider's bytes (a connection that drops mid-body is a
   * transport fault, retried), then parsed from those bytes (bad JSON is not retried).
   */
  private ProviderAnswer<ClovaResponse> attempt(CallSpec spec, String name, Upload upload, String what) {
    String requestId = UUID.randomUUID().toString();
    Call<ResponseBody> call = newCall(spec, name, upload, requestId, what);
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw SuccessBody.transportFailure(what, e);
    }
    if (!response.isSuccessful()) {
      throw apiError(response, requestId);
    }
    ResponseBytes bytes;
    try (ResponseBody body = response.body()) {
      bytes = SuccessBody.read(body, what, response.code());
    }
    ClovaResponse parsed;
    try (InputStream in = bytes.openStream()) {
      parsed = WireJson.responseMapper().readValue(in, ClovaResponse.class);
    } catch (JsonProcessingException e) {
      throw new OcrResponseException(
          what + ": the answer is not a CLOVA OCR result: " + Masking.numbersIn(e.getOriginalMessage()),
          Masking.scrubbed(e));
    } catch (IOException e) {
      throw new AssertionError("reading bytes in memory cannot fail", e);
    }
    if (parsed == null) {
      throw new OcrResponseException(what + ": the answer is not a CLOVA OCR result: JSON null");
    }
    return ProviderAnswer.of(parsed, bytes);
  }

  private Call<ResponseBody> newCall(
      CallSpec spec, String name, Upload upload, String requestId, String what) {
    String format = formatOf(upload).wireName();
    RequestImage image;
    if (upload instanceof UrlUpload u) {
      image = RequestImage.ofUrl(format, name, u.url());
    } else if (transport == Transport.JSON) {
      byte[] bytes =
          upload instanceof BytesUpload b ? b.bytes() : readAll(((FileUpload) upload).file(), what);
      image = RequestImage.ofBytes(format, name, bytes);
    } else {
      image = RequestImage.forUpload(format, name);
    }
    if (!spec.templateIds().isEmpty()) {
      image = image.withTemplateIds(spec.templateIds());
    }
    OcrRequest request =
        new OcrRequest(spec.version(), requestId, clock.getAsLong(), spec.lang(), List.of(image), spec.tables());
    boolean multipart =
        !(upload instanceof UrlUpload) && transport == Transport.MULTIPART;
    if (!multipart) {
      return api.json(invokeUrl, request);
    }
    MultipartBody.Part message = MultipartBody.Part.createFormData("message", json(request.toMultipartMessage()));
    MultipartBody.Part file = MultipartBody.Part.createFormData("file", fileName(name, upload), body(upload));
    return api.multipart(invokeUrl, message, file);
  }

  private static String fileName(String name, Upload upload) {
    return name + "." + formatOf(upload).wireName();
  }

  private static ImageFormat formatOf(Upload upload) {
    if (upload instanceof FileUpload f) {
      return f.format();
    }
    if (upload instanceof BytesUpload b) {
      return b.format();
    }
    return ((UrlUpload) upload).format();
  }

  private static RequestBody body(Upload upload) {
    if (upload instanceof FileUpload f) {
      return RequestBody.create(f.file().toFile(), MediaType.get(f.format().mimeType()));
    }
    if (upload instanceof BytesUpload b) {
      return RequestBody.create(b.bytes(), MediaType.get(b.format().mimeType()));
    }
    throw new IllegalStateException("a URL is never uploaded");
  }

  private static byte[] readAll(Path file, String what) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new OcrRequestException(what + ": cannot read the image: " + e, e);
    }
  }

  private static String json(OcrRequest request) {
    try {
      return WireJson.mapper().writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new AssertionError("request records always serialise", e);
    }
  }

  private static OcrApiException apiError(Response<?> response, String requestId) {
    ClovaErrorBody error = null;
    ResponseBody body = response.errorBody();
    if (body != null) {
      try (InputStream in = body.byteStream()) {
        byte[] bytes = in.readNBytes(64 * 1024);
        error = WireJson.responseMapper().readValue(bytes, ClovaErrorBody.class);
      } catch (IOException | RuntimeException e) {
        error = null; // not CLOVA's error body (a gateway page, say): the status says what there is
      }
    }
    String message = error != null && error.message() != null ? error.message() : response.message();
    return new OcrApiException(
        ResponseKind.Provider.CLOVA,
        response.code(),
        error == null ? null : error.code(),
        message == null || message.isBlank() ? null : message,
        error == null ? null : error.traceId(),
        requestId);
  }



  /**
   * Configures a {@link ClovaOcrClient}. {@code invokeUrl} and {@code secret} are required; each setting may
   * be made once.
   *
   * <pre>{@code
   * ClovaOcrClient client = ClovaOcrClient.builder()
   *     .invokeUrl("https://xxxx.apigw.ntruss.com/custom/v1/123/abc/general")
   *     .secret(secret)
   *     .retryPolicy(RetryPolicy.defaults())
   *     .maxConcurrentCalls(8)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable ClovaDomain domain;
    private @Nullable String secret;
    private @Nullable ApiGatewayCredentials credentials;
    private final HttpTransport.Settings http = new HttpTransport.Settings();
    private @Nullable Transport transport;
    private @Nullable PdfSplitter splitter;
    private @Nullable LongSupplier clock;

    private Builder() {}

    /**
     * The domain's invoke URL as the console shows it, ending in {@code /general}, {@code /infer} or {@code
     * /document/<model>}: what the client serves is read from it (see {@link ClovaDomain#of}), and every call
     * is posted to it.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL or its path ends in none of those
     */
    public Builder invokeUrl(String invokeUrl) {
      Objects.requireNonNull(invokeUrl, "invokeUrl == null");
      requireUnset(domain, "invokeUrl");
      this.domain = ClovaDomain.of(invokeUrl);
      return this;
    }

    /** The domain's {@code X-OCR-SECRET}. Never logged or shown. */
    public Builder secret(String secret) {
      Objects.requireNonNull(secret, "secret == null");
      requireUnset(this.secret, "secret");
      HttpTransport.Settings.checkCredential(secret, "secret");
      this.secret = secret;
      return this;
    }

    /** An access key pair, when the domain's API Gateway demands the signature v2 headers. */
    public Builder apiGatewayCredentials(ApiGatewayCredentials credentials) {
      Objects.requireNonNull(credentials, "credentials == null");
      requireUnset(this.credentials, "apiGatewayCredentials");
      this.credentials = credentials;
      return this;
    }

    /** Connection timeout; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      http.connectTimeout(timeout);
      return this;
    }

    /** Read and write timeout of one attempt; default 60 s (OCR of a large page takes seconds). */
    public Builder readTimeout(Duration timeout) {
      http.readTimeout(timeout);
      return this;
    }

    /** How transient failures are retried; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy policy) {
      http.retryPolicy(policy);
      return this;
    }

    /** Told of every retry (the failed attempt, its failure, the wait); default none. */
    public Builder retryListener(RetryListener listener) {
      http.retryListener(listener);
      return this;
    }

    /** At most this many HTTP calls in flight at once, across every caller; default 4. */
    public Builder maxConcurrentCalls(int max) {
      http.maxConcurrentCalls(max);
      return this;
    }

    /** Where {@code …Async} calls run; default a daemon pool of {@code maxConcurrentCalls} threads. */
    public Builder executor(ExecutorService executor) {
      http.executor(executor);
      return this;
    }

    /** A client to share connection pools and settings with; DocStruct derives its own from it. */
    public Builder okHttpClient(OkHttpClient client) {
      http.okHttpClient(client);
      return this;
    }

    /** Request logging through SLF4J; default {@link RequestLogging#NONE}. */
    public Builder requestLogging(RequestLogging level) {
      http.requestLogging(level);
      return this;
    }

    /** How local content travels; default {@link Transport#MULTIPART}. */
    public Builder transport(Transport transport) {
      Objects.requireNonNull(transport, "transport == null");
      requireUnset(this.transport, "transport");
      this.transport = transport;
      return this;
    }

    /** The PDF splitter for long PDFs; default the one installed on the class path, if any. */
    public Builder pdfSplitter(PdfSplitter splitter) {
      Objects.requireNonNull(splitter, "pdfSplitter == null");
      requireUnset(this.splitter, "pdfSplitter");
      this.splitter = splitter;
      return this;
    }

    /** The clock for request timestamps and signatures, in epoch milliseconds; for tests. */
    public Builder clock(LongSupplier epochMillis) {
      Objects.requireNonNull(epochMillis, "clock == null");
      requireUnset(clock, "clock");
      this.clock = epochMillis;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if the invoke URL or the secret is missing
     */
    public ClovaOcrClient build() {
      if (domain == null) {
        throw new IllegalStateException("invokeUrl required");
      }
      if (secret == null) {
        throw new IllegalStateException("secret required");
      }
      return new ClovaOcrClient(this);
    }

    @Override
    public String toString() {
      return "ClovaOcrClient.Builder{invokeUrl=" + (domain == null ? "unset" : domain.invokeUrl())
          + ", secret=" + (secret == null ? "unset" : "****") + "}";
    }

    private static void requireUnset(@Nullable Object current, String name) {
      HttpTransport.Settings.requireUnset(current, name);
    }
  }
}
