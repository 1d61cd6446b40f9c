package io.docstruct.document.fields;

import java.util.List;

/**
 * The typed key fields of one Document OCR result: one record per document kind. Values are {@link
 * io.docstruct.document.Field}s as the provider read them; nothing is verified or repaired here (check
 * digits, sums and dates are checked by the verification stage).
 *
 * <pre>{@code
 * if (fields instanceof ReceiptFields r && r.totalPrice() != null) {
 *   System.out.println(r.totalPrice().value());
 * }
 * fields.namedFields().forEach(f -> System.out.println(f.name() + " = " + f.field().text()));
 * }</pre>
 */
public sealed interface DocumentFields
    permits ReceiptFields,
        CreditCardFields,
        NameCardFields,
        BizLicenseFields,
        IdCardFields,
        MedicalReceiptFields,
        PassportFields {

  /**
   * Every field that is present, flattened with a stable dotted name ({@code storeInfo.name}, {@code
   * subResults[0].items[1].price.unitPrice}) in document order: for generic tools such as {@code docstruct
   * info}. Names follow the provider's documented member names.
   */
  List<NamedField> namedFields();
}
