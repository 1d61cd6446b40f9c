package io.docstruct.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every finding for one OCR response, in the order the checks ran. The response is {@link #valid()} when no
 * finding is a {@link Status#FAIL}: unverifiable checks (masked numbers, empty provider checksums) do not make
 * it invalid.
 *
 * <pre>{@code
 * VerificationReport report = Verifier.create(Clock.systemDefaultZone()).verify(doc);
 * if (!report.valid()) report.failures().forEach(f -> System.err.println(f.message()));
 * System.out.println(report.toJson()); // the `docstruct verify` format
 * }</pre>
 *
 * @param document what was verified: {@code passport}, {@code idCard}, {@code receipt}, {@code creditCard},
 *     {@code bizLicense}, {@code medicalReceipt}, {@code nameCard}, or the response kind's label for other
 *     responses
 * @param findings in check order
 */
public record VerificationReport(String document, List<Finding> findings) {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public VerificationReport {
    findings = List.copyOf(findings);
  }

  /** {@code true} when no finding failed. */
  public boolean valid() {
    return findings.stream().noneMatch(Finding::failed);
  }

  /** The failed findings, in order. */
  public List<Finding> failures() {
    return findings.stream().filter(Finding::failed).toList();
  }

  /** The findings of one check, in order. */
  public List<Finding> findings(Check check) {
    return findings.stream().filter(f -> f.check() == check).toList();
  }

  /**
   * The report as the {@code docstruct verify} JSON, pretty-printed: {@code {"document": …, "valid": …,
   * "findings": [{"check", "field", "status", "severity", "expected", "actual", "message"}]}}; absent expected
   * or actual values are {@code null}. Polygons are not written.
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("document", document);
    root.put("valid", valid());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("check", f.check().id());
      m.put("field", f.field());
      m.put("status", f.status().name());
      m.put("severity", f.severity().name());
      m.put("expected", f.expected());
      m.put("actual", f.actual());
      m.put("message", f.message());
      list.add(m);
    }
    root.put("findings", list);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // Maps of strings, booleans and lists always serialise.
      throw new AssertionError(e);
    }
  }
}
