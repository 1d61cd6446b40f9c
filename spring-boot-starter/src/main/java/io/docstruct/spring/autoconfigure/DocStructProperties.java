package io.docstruct.spring.autoconfigure;

import io.docstruct.client.RequestLogging;
import io.docstruct.client.RetryPolicy;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.Stage;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * DocStruct's settings under {@code docstruct.*}. Two are enough for CLOVA receipts:
 *
 * <pre>{@code
 * docstruct.clova.domains.receipt.invoke-url=https://xxxx.apigw.ntruss.com/custom/v1/123/abc/document/receipt
 * docstruct.clova.domains.receipt.secret=${CLOVA_OCR_SECRET_RECEIPT}
 * }</pre>
 *
 * <p>Secrets (CLOVA domain secrets, NHN's token and secret key) never appear in {@link #toString()}, in logs,
 * or unmasked in {@code /actuator/env} and {@code /actuator/configprops}.
 */
@ConfigurationProperties("docstruct")
public class DocStructProperties {
  private final Ocr ocr = new Ocr();
  private final Clova clova = new Clova();
  private final Nhn nhn = new Nhn();
  private final Tesseract tesseract = new Tesseract();
  private final Pipeline pipeline = new Pipeline();
  private final Rules rules = new Rules();

  public Ocr getOcr() {
    return ocr;
  }

  public Clova getClova() {
    return clova;
  }

  public Nhn getNhn() {
    return nhn;
  }

  public Tesseract getTesseract() {
    return tesseract;
  }

  public Pipeline getPipeline() {
    return pipeline;
  }

  public Rules getRules() {
    return rules;
  }

  @Override
  public String toString() {
    return "DocStructProperties{ocr=" + ocr + ", clova=" + clova + ", nhn=" + nhn + ", tesseract=" + tesseract
        + ", pipeline=" + pipeline + ", rules=" + rules + "}";
  }

  /** Which OCR engine images go to, and the settings every client shares. */
  public static class Ocr {
    /**
     * The OCR engine: auto (CLOVA when a domain is configured, else NHN Cloud when an app key is, else the
     * fallback), clova, nhn, local (the local CLOVA-compatible server with recorded answers; needs
     * docstruct-testing), tesseract (offline OCR with the tesseract command; needs docstruct-tesseract), or
     * none (saved responses only). An OcrEngine bean of your own always wins.
     */
    private OcrEngineKind engine = OcrEngineKind.AUTO;

    /**
     * What "auto" uses when neither CLOVA nor NHN Cloud is configured: none, local or tesseract, or several in
     * order of preference (tesseract,local: Tesseract when it is installed, else the local server). Each but
     * the last is passed over when it cannot run here; the last is used regardless, and stops startup, saying
     * what is missing, when it cannot.
     */
    private List<OcrEngineKind> fallback = new ArrayList<>(List.of(OcrEngineKind.NONE));

    /** Connection timeout of every call. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Read and write timeout of one attempt (OCR of a large page takes seconds). */
    private Duration readTimeout = Duration.ofSeconds(60);

    /** At most this many HTTP calls in flight at once, per client (one client per CLOVA domain). */
    private int maxConcurrentCalls = 4;

    /** Request logging through SLF4J: none, basic or headers; credentials are always shown as ██. */
    private RequestLogging requestLogging = RequestLogging.NONE;

    private final Retry retry = new Retry();

    public OcrEngineKind getEngine() {
      return engine;
    }

    public void setEngine(OcrEngineKind engine) {
      this.engine = engine;
    }

    public List<OcrEngineKind> getFallback() {
      return fallback;
    }

    public void setFallback(List<OcrEngineKind> fallback) {
      this.fallback = fallback;
    }

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    public int getMaxConcurrentCalls() {
      return maxConcurrentCalls;
    }

    public void setMaxConcurrentCalls(int maxConcurrentCalls) {
      this.maxConcurrentCalls = maxConcurrentCalls;
    }

    public RequestLogging getRequestLogging() {
      return requestLogging;
    }

    public void setRequestLogging(RequestLogging requestLogging) {
      this.requestLogging = requestLogging;
    }

    public Retry getRetry() {
      return retry;
    }

    @Override
    public String toString() {
      return "{engine=" + engine + ", fallback=" + fallback + ", connectTimeout=" + connectTimeout
          + ", readTimeout=" + readTimeout + ", maxConcurrentCalls=" + maxConcurrentCalls + ", requestLogging="
          + requestLogging + ", retry=" + retry + "}";
    }
  }

  /** How transient failures (network, 5xx, CLOVA 0025/0500/0501, NHN -1) are retried. */
  public static class Retry {
    /** Attempts in all, at least 1 (1 means no retry). */
    private int maxAttempts = 4;

    /** The cap of the first wait; each wait is random up to its cap. */
    private Duration initialDelay = Duration.ofMillis(500);

    /** The cap of any wait. */
    private Duration maxDelay = Duration.ofSeconds(8);

    /** Growth of the cap per retry, at least 1. */
    private double multiplier = 2.0;

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialDelay() {
      return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
    }

    public Duration getMaxDelay() {
      return maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    public double getMultiplier() {
      return multiplier;
    }

    public void setMultiplier(double multiplier) {
      this.multiplier = multiplier;
    }

    /** The policy, checked. */
    public RetryPolicy toPolicy() {
      return new RetryPolicy(maxAttempts, initialDelay, maxDelay, multiplier);
    }

    @Override
    public String toString() {
      return "{maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
          + ", multiplier=" + multiplier + "}";
    }
  }

  /** CLOVA OCR: one entry per domain, each with the invoke URL and secret the NAVER Cloud console shows. */
  public static class Clova {
    /**
     * The domains, by a name of your choosing (receipt, general…); what each serves is read from how its
     * invoke URL ends (/general, /infer, /document/receipt…). Two domains for one endpoint are refused.
     */
    private Map<String, Domain> domains = new LinkedHashMap<>();

    public Map<String, Domain> getDomains() {
      return domains;
    }

    public void setDomains(Map<String, Domain> domains) {
      this.domains = domains;
    }

    @Override
    public String toString() {
      return "{domains=" + domains + "}";
    }
  }

  /** One CLOVA OCR domain. */
  public static class Domain {
    /** The domain's invoke URL, as the console shows it. */
    private @Nullable String invokeUrl;

    /** The domain's X-OCR-SECRET. Never logged or shown. */
    private @Nullable String secret;

    public @Nullable String getInvokeUrl() {
      return invokeUrl;
    }

    public void setInvokeUrl(@Nullable String invokeUrl) {
      this.invokeUrl = invokeUrl;
    }

    public @Nullable String getSecret() {
      return secret;
    }

    public void setSecret(@Nullable String secret) {
      this.secret = secret;
    }

    @Override
    public String toString() {
      return "{invokeUrl=" + invokeUrl + ", secret=" + (secret == null ? "unset" : "****") + "}";
    }
  }

  /** NHN Cloud General OCR. */
  public static class Nhn {
    /** The NHN Cloud app key. */
    private @Nullable String appKey;

    /** API v1.1 credential: the User Access Key token (X-NHN-Authorization: Bearer …). Never logged or shown. */
    private @Nullable String userAccessToken;

    /** API v1.0 credential: the secret key (Authorization). Never logged or shown. */
    private @Nullable String secretKey;

    /** The service root, when not NHN Cloud's own. */
    private @Nullable String baseUrl;

    public @Nullable String getAppKey() {
      return appKey;
    }

    public void setAppKey(@Nullable String appKey) {
      this.appKey = appKey;
    }

    public @Nullable String getUserAccessToken() {
      return userAccessToken;
    }

    public void setUserAccessToken(@Nullable String userAccessToken) {
      this.userAccessToken = userAccessToken;
    }

    public @Nullable String getSecretKey() {
      return secretKey;
    }

    public void setSecretKey(@Nullable String secretKey) {
      this.secretKey = secretKey;
    }

    public @Nullable String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
    }

    @Override
    public String toString() {
      return "{appKey=" + (appKey == null ? "unset" : "set") + ", userAccessToken="
          + (userAccessToken == null ? "unset" : "****") + ", secretKey=" + (secretKey == null ? "unset" : "****")
          + ", baseUrl=" + baseUrl + "}";
    }
  }

  /**
   * Offline OCR with the tesseract command ({@code docstruct.ocr.engine=tesseract}, or a fallback that names
   * it), as TesseractOcrEngine's builder takes it. Install it with {@code sudo apt-get install tesseract-ocr
   * tesseract-ocr-kor tesseract-ocr-eng}.
   */
  public static class Tesseract {
    /** The command to run: tesseract on the PATH, or a path to it. */
    private String command = "tesseract";

    /** The language packs to read with, as Tesseract names them (kor, eng, jpn, chi_tra…). */
    private List<String> languages = new ArrayList<>(List.of("kor", "eng"));

    /** How many tesseract processes run at once across every caller; default one per processor. */
    private @Nullable Integer maxProcesses;

    /** How long one page may take before its process is stopped and the page reported as a failure. */
    private Duration pageTimeout = Duration.ofMinutes(2);

    /** The resolution PDF pages are rendered at, and the one Tesseract is told images have (72 to 600). */
    private int pdfDpi = 300;

    /** Tesseract's page segmentation mode (--psm, 3 to 13); 4, a single column of text, reads receipts best. */
    private int pageSegmentation = 4;

    /**
     * How Korean words Tesseract splits into syllables are joined again: spacing (where its plain text has no
     * blank), geometry (from the gaps between the boxes), or off.
     */
    private String hangulJoining = "spacing";

    private final Preparation preparation = new Preparation();

    public String getCommand() {
      return command;
    }

    public void setCommand(String command) {
      this.command = command;
    }

    public List<String> getLanguages() {
      return languages;
    }

    public void setLanguages(List<String> languages) {
      this.languages = languages;
    }

    public @Nullable Integer getMaxProcesses() {
      return maxProcesses;
    }

    public void setMaxProcesses(@Nullable Integer maxProcesses) {
      this.maxProcesses = maxProcesses;
    }

    public Duration getPageTimeout() {
      return pageTimeout;
    }

    public void setPageTimeout(Duration pageTimeout) {
      this.pageTimeout = pageTimeout;
    }

    public int getPdfDpi() {
      return pdfDpi;
    }

    public void setPdfDpi(int pdfDpi) {
      this.pdfDpi = pdfDpi;
    }

    public int getPageSegmentation() {
      return pageSegmentation;
    }

    public void setPageSegmentation(int pageSegmentation) {
      this.pageSegmentation = pageSegmentation;
    }

    public String getHangulJoining() {
      return hangulJoining;
    }

    public void setHangulJoining(String hangulJoining) {
      this.hangulJoining = hangulJoining;
    }

    public Preparation getPreparation() {
      return preparation;
    }

    @Override
    public String toString() {
      return "{command=" + command + ", languages=" + languages + ", maxProcesses=" + maxProcesses
          + ", pageTimeout=" + pageTimeout + ", pdfDpi=" + pdfDpi + ", pageSegmentation=" + pageSegmentation
          + ", hangulJoining=" + hangulJoining + ", preparation=" + preparation + "}";
    }
  }

  /** What is done to a page before Tesseract reads it (its ImagePreparation). */
  public static class Preparation {
    /** Whether to turn the page level first (the angle within ±8° at which its ink falls into rows). */
    private boolean deskew = true;

    /**
     * The height in pixels lines of text are scaled up to (0 to 200; 0: never scale); 24, as {@code
     * ImagePreparation.defaults()}, which this class cannot name (the Tesseract module is optional).
     */
    private int textHeight = 24;

    /** Whether to binarise with a local (Sauvola) threshold instead of Tesseract's global one. */
    private boolean binarise;

    public boolean isDeskew() {
      return deskew;
    }

    public void setDeskew(boolean deskew) {
      this.deskew = deskew;
    }

    public int getTextHeight() {
      return textHeight;
    }

    public void setTextHeight(int textHeight) {
      this.textHeight = textHeight;
    }

    public boolean isBinarise() {
      return binarise;
    }

    public void setBinarise(boolean binarise) {
      this.binarise = binarise;
    }

    @Override
    public String toString() {
      return "{deskew=" + deskew + ", textHeight=" + textHeight + ", binarise=" + binarise + "}";
    }
  }

  /** The pipeline bean (DocStruct). */
  public static class Pipeline {
    /**
     * What images are read as: general, template, receipt, credit-card, name-card, biz-license, id-card,
     * medical-receipt, passport; or several in order of preference, the first the engine serves (receipt,general:
     * receipts as receipts where the engine reads them, else General OCR, which Tesseract and NHN Cloud read).
     * Unset: the one model the engine serves when it serves one, else general.
     */
    private List<String> model = new ArrayList<>();

    /** How many documents processAll works on at once; default one per processor. */
    private @Nullable Integer jobs;

    /** How many OCR calls processAll makes at once. */
    private @Nullable Integer ocrConcurrency;

    /** The last stage run: read, verify or map. */
    private Stage lastStage = Stage.MAP;

    /** Whether verification also tries the audited OCR repair of MRZ lines (O/0, I/1…). */
    private boolean repairMrz;

    /** Whether entities keep full resident and card numbers besides the masked ones. */
    private boolean revealPersonalNumbers;

    /** What searchable PDFs redact: none, provider-masks, or personal-data. */
    private PdfRedaction redaction = PdfRedaction.NONE;

    /** The time zone of "today" for verification and rules; default the JVM's. */
    private @Nullable ZoneId zone;

    public List<String> getModel() {
      return model;
    }

    public void setModel(List<String> model) {
      this.model = model;
    }

    /** The models asked for, in order of preference; empty when unset. */
    public List<OcrModel> models() {
      return model.stream().filter(m -> !m.isBlank()).map(m -> OcrModel.fromLabel(m.strip())).toList();
    }

    public @Nullable Integer getJobs() {
      return jobs;
    }

    public void setJobs(@Nullable Integer jobs) {
      this.jobs = jobs;
    }

    public @Nullable Integer getOcrConcurrency() {
      return ocrConcurrency;
    }

    public void setOcrConcurrency(@Nullable Integer ocrConcurrency) {
      this.ocrConcurrency = ocrConcurrency;
    }

    public Stage getLastStage() {
      return lastStage;
    }

    public void setLastStage(Stage lastStage) {
      this.lastStage = lastStage;
    }

    public boolean isRepairMrz() {
      return repairMrz;
    }

    public void setRepairMrz(boolean repairMrz) {
      this.repairMrz = repairMrz;
    }

    public boolean isRevealPersonalNumbers() {
      return revealPersonalNumbers;
    }

    public void setRevealPersonalNumbers(boolean revealPersonalNumbers) {
      this.revealPersonalNumbers = revealPersonalNumbers;
    }

    public PdfRedaction getRedaction() {
      return redaction;
    }

    public void setRedaction(PdfRedaction redaction) {
      this.redaction = redaction;
    }

    public @Nullable ZoneId getZone() {
      return zone;
    }

    public void setZone(@Nullable ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public String toString() {
      return "{model=" + model + ", jobs=" + jobs + ", ocrConcurrency=" + ocrConcurrency + ", lastStage="
          + lastStage + ", repairMrz=" + repairMrz + ", revealPersonalNumbers=" + revealPersonalNumbers
          + ", redaction=" + redaction + ", zone=" + zone + "}";
    }
  }

  /** Your rule files. */
  public static class Rules {
    /**
     * DRL files and decision tables added to the built-in rules, as Spring resource locations
     * (classpath:rules/policy.drl, file:/etc/expenses/categories.xlsx, classpath*:rules/*.drl).
     */
    private List<String> locations = new ArrayList<>();

    public List<String> getLocations() {
      return locations;
    }

    public void setLocations(List<String> locations) {
      this.locations = locations;
    }

    @Override
    public String toString() {
      return "{locations=" + locations + "}";
    }
  }
}
