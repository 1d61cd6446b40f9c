package io.docstruct.cli;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.clova.client.GeneralOptions;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.InferResult;
import io.docstruct.document.ResponseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docstruct ocr} on NAVER CLOVA OCR: the invoke URL and secret come from {@code CLOVA_OCR_URL} and
 * {@code CLOVA_OCR_SECRET}; {@code --type} picks General, Template or a Document OCR model and the client
 * derives that endpoint from the URL.
 *
 * <pre>{@code
 * try (OcrService clova = ClovaService.connect(System.getenv(), RetryPolicy.defaults())) {
 *   OcrAnswer answer = clova.recognise(call);
 * }
 * }</pre>
 */
final class ClovaService implements OcrService {
  /** The invoke URL, as the CLOVA OCR console shows it. */
  static final String URL_VARIABLE = "CLOVA_OCR_URL";

  /** The domain's secret key, sent as {@code X-OCR-SECRET}. */
  static final String SECRET_VARIABLE = "CLOVA_OCR_SECRET";

  /** CLOVA's code for a missing or wrong secret. */
  private static final String SECRET_INVALID = "0002";

  private final ClovaOcrClient client;

  private ClovaService(ClovaOcrClient client) {
    this.client = client;
  }

  /**
   * A client for the domain the environment names.
   *
   * @throws CommandFailedException (exit 2) naming the variable that is missing or not a URL
   */
  static ClovaService connect(Map<String, String> environment, RetryPolicy retryPolicy) {
    String url =
        required(environment, URL_VARIABLE, "the invoke URL as the CLOVA OCR console shows it");
    String secret = required(environment, SECRET_VARIABLE, "the OCR domain's secret key");
    ClovaOcrClient.Builder builder = ClovaOcrClient.builder().secret(secret).retryPolicy(retryPolicy);
    try {
      builder.invokeUrl(url);
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, URL_VARIABLE + " is not an http(s) URL: " + url, e);
    }
    return new ClovaService(builder.build());
  }

  private static String required(Map<String, String> environment, String name, String what) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, name + " is not set: export it with " + what);
    }
    return value.strip();
  }

  @Override
  public OcrAnswer recognise(OcrCall call) {
    ImageSource source = ImageSource.of(call.file());
    Optional<DocumentType> model = call.type().documentType();
    ProviderAnswer<ClovaResponse> answer;
    ResponseKind kind;
    try {
      if (model.isPresent()) {
        answer = client.documentAnswer(model.get(), source);
        kind = model.get().responseKind();
      } else if (call.type() == OcrType.TEMPLATE) {
        answer = client.templateAnswer(source, call.templateIds());
        kind = ResponseKind.CLOVA_TEMPLATE;
      } else {
        GeneralOptions options =
            GeneralOptions.defaults().withLang(call.lang()).withTables(call.tables());
        answer = client.generalAnswer(source, options);
        kind = ClovaAdapter.detectKind(answer.response());
      }
    } catch (OcrApiException e) {
      if (SECRET_INVALID.equals(e.code())) {
        throw new CommandFailedException(
            ExitStatus.REMOTE_ERROR,
            call.file() + ": " + e.getMessage() + " (check " + SECRET_VARIABLE + ")",
            e);
      }
      throw e;
    }
    ClovaResponse response = answer.response();
    return new OcrAnswer(answer, ClovaAdapter.adapt(response, kind), problems(response));
  }

  /** One line per image whose {@code inferResult} is not SUCCESS. */
  private static List<String> problems(ClovaResponse response) {
    List<String> problems = new ArrayList<>();
    List<ClovaImage> images = response.images();
    for (int i = 0; i < images.size(); i++) {
      ClovaImage image = images.get(i);
      if (image.inferResult() != InferResult.SUCCESS) {
        problems.add(
            "image "
                + i
                + (image.name() == null ? "" : " \"" + image.name() + "\"")
                + ": "
                + image.inferResult()
                + (image.message() == null ? "" : ", " + image.message()));
      }
    }
    return problems;
  }

  @Override
  public void close() {
    client.close();
  }
}
