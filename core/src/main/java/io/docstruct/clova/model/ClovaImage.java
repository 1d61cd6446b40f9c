package io.docstruct.clova.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.docstruct.clova.model.document.BizLicenseSection;
import io.docstruct.clova.model.document.CreditCardSection;
import io.docstruct.clova.model.document.IdCardSection;
import io.docstruct.clova.model.document.MedicalReceiptSection;
import io.docstruct.clova.model.document.NameCardSection;
import io.docstruct.clova.model.document.PassportSection;
import io.docstruct.clova.model.document.ReceiptSection;
import io.docstruct.clova.model.general.ClovaField;
import io.docstruct.clova.model.general.ClovaTable;
import io.docstruct.clova.model.general.CombineResult;
import io.docstruct.clova.model.template.MatchedTemplate;
import io.docstruct.clova.model.template.TemplateTitle;
import io.docstruct.json.RawJson;
import io.docstruct.json.WireLists;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code images[]}: one recognised image or PDF/TIFF page. General OCR fills {@code fields} and
 * {@code tables}; Template OCR fills {@code fields} (with names and subfields), {@code title} and {@code
 * matchedTemplate}; Document OCR fills exactly one of the document sections ({@code receipt}, {@code
 * creditCard}, …).
 *
 * <p>{@code combineResult} is documented as one object; it is read as a list so that an array is accepted
 * too (an object becomes a list of one, absence an empty list) and is written as an array. {@code title} is
 * accepted both as the documented string and as the object Template responses send. Keys not modelled here
 * (real answers carry {@code imageType} and {@code originalFileName}) are kept in {@code unknown} and
 * written back, as in {@link ClovaResponse}.
 *
 * <pre>{@code
 * ClovaImage image = response.images().get(0);
 * if (image.inferResult() != InferResult.SUCCESS) System.err.println(image.message());
 * }</pre>
 */
public record ClovaImage(
    @Nullable String uid,
    @Nullable String name,
    InferResult inferResult,
    @Nullable String message,
    @Nullable ValidationResult validationResult,
    @Nullable ConvertedImageInfo convertedImageInfo,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<CombineResult> combineResult,
    @Nullable TemplateTitle title,
    @Nullable MatchedTemplate matchedTemplate,
    List<ClovaField> fields,
    List<ClovaTable> tables,
    @Nullable ReceiptSection receipt,
    @Nullable CreditCardSection creditCard,
    @Nullable NameCardSection nameCard,
    @Nullable BizLicenseSection bizLicense,
    @Nullable IdCardSection idCard,
    @Nullable MedicalReceiptSection medicalReceipt,
    @Nullable PassportSection passport,
    @JsonAnySetter @JsonAnyGetter Map<String, RawJson> unknown) {

  public ClovaImage {
    inferResult = inferResult == null ? InferResult.UNKNOWN : inferResult;
    combineResult = WireLists.copyOf(combineResult);
    fields = WireLists.copyOf(fields);
    tables = WireLists.copyOf(tables);
    unknown = RawJson.keys(unknown);
  }

  /** An image without unknown keys. */
  public ClovaImage(
      @Nullable String uid,
      @Nullable String name,
      InferResult inferResult,
      @Nullable String message,
      @Nullable ValidationResult validationResult,
      @Nullable ConvertedImageInfo convertedImageInfo,
      List<CombineResult> combineResult,
      @Nullable TemplateTitle title,
      @Nullable MatchedTemplate matchedTemplate,
      List<ClovaField> fields,
      List<ClovaTable> tables,
      @Nullable ReceiptSection receipt,
      @Nullable CreditCardSection creditCard,
      @Nullable NameCardSection nameCard,
      @Nullable BizLicenseSection bizLicense,
      @Nullable IdCardSection idCard,
      @Nullable MedicalReceiptSection medicalReceipt,
      @Nullable PassportSection passport) {
    this(uid, name, inferResult, message, validationResult, convertedImageInfo, combineResult, title,
        matchedTemplate, fields, tables, receipt, creditCard, nameCard, bizLicense, idCard, medicalReceipt,
        passport, Map.of());
  }

  /** This image with another {@code convertedImageInfo}, e.g. to renumber pages after merging chunks. */
  public ClovaImage withConvertedImageInfo(@Nullable ConvertedImageInfo info) {
    return new ClovaImage(
        uid, name, inferResult, message, validationResult, info, combineResult, title,
        matchedTemplate, fields, tables, receipt, creditCard, nameCard, bizLicense, idCard,
        medicalReceipt, passport, unknown);
  }
}
