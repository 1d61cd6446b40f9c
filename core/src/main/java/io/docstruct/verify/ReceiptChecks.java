package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.document.fields.ReceiptFields;
import io.docstruct.geometry.Quad;
import io.docstruct.verify.number.BusinessNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Receipt arithmetic (domain reference §6): {@code count × unitPrice = price} per item, items (and discounts)
 * against the total, VAT against the total, dates and times, the business and card numbers. A mismatch is a
 * finding; the total is never rewritten.
 */
final class ReceiptChecks {
  private ReceiptChecks() {}

  static void verify(FindingList out, ReceiptFields r, LocalDate today) {
    BusinessNumber brn = null;
    if (r.storeInfo() != null) {
      brn = NumberFindings.business(out, "storeInfo.bizNum", r.storeInfo().bizNum());
    }
    ReceiptFields.Payment pay = r.paymentInfo();
    if (pay != null) {
      PrintedDates.check(out, "paymentInfo.date", pay.date(), today);
      PrintedDates.checkTime(out, "paymentInfo.time", pay.time());
      NumberFindings.card(out, "paymentInfo.cardInfo.number", pay.cardNumber());
      Field confirm = pay.confirmNum();
      if (confirm != null) {
        String digits = confirm.text().replace(" ", "");
        boolean ok = digits.matches("\\d{6,12}");
        out.add(Check.RECEIPT_APPROVAL_NUMBER, "paymentInfo.confirmNum", ok ? Status.PASS : Status.FAIL,
            ok ? Severity.INFO : Severity.WARNING, "6-12 digits", confirm.text(),
            ok ? "approval number of " + digits.length() + " digits (no check digit exists)"
                : "approval numbers are usually 6-12 digits (heuristic)", confirm.polygons());
      }
    }
    long itemSum = 0;
    boolean allPriced = true;
    int priced = 0;
    int taxable = 0;
    List<Quad> itemPolygons = new ArrayList<>();
    for (int g = 0; g < r.subResults().size(); g++) {
      List<ReceiptFields.Item> items = r.subResults().get(g).items();
      for (int i = 0; i < items.size(); i++) {
        ReceiptFields.Item item = items.get(i);
        String path = "subResults[" + g + "].items[" + i + "]";
        KoreanAmount count = amount(out, path + ".count", item.count());
        KoreanAmount unit = amount(out, path + ".price.unitPrice", item.unitPrice());
        KoreanAmount price = amount(out, path + ".price.price", item.price());
        List<Quad> polys = FindingList.polygons(item.count(), item.unitPrice(), item.price());
        if (price == null) {
          allPriced = false;
        } else {
          itemSum += price.won();
          priced++;
          if (price.won() > 0) {
            taxable++;
          }
          itemPolygons.addAll(FindingList.polygons(item.price()));
        }
        if (count != null && unit != null && price != null) {
          long product = count.won() * unit.won();
          boolean ok = product == price.won();
          out.add(Check.RECEIPT_ITEM_ARITHMETIC, path, ok ? Status.PASS : Status.FAIL,
              ok ? Severity.INFO : Severity.WARNING, String.valueOf(product), String.valueOf(price.won()),
              count.won() + " × " + unit.won() + " = " + product
                  + (ok ? "" : ", the price reads " + price.won() + " (difference " + (price.won() - product) + " won)"),
              polys);
        } else if (item.count() != null || item.unitPrice() != null) {
          out.add(Check.RECEIPT_ITEM_ARITHMETIC, path, Status.UNVERIFIABLE, Severity.INFO, null, null,
              "count, unit price and price are not all readable numbers", polys);
        }
      }
    }
    long discounts = 0;
    long vat = 0;
    boolean hasVat = false;
    List<Quad> vatPolygons = new ArrayList<>();
    for (int s = 0; s < r.subTotals().size(); s++) {
      ReceiptFields.SubTotal sub = r.subTotals().get(s);
      for (int i = 0; i < sub.discountPrices().size(); i++) {
        KoreanAmount d = amount(out, "subTotal[" + s + "].discountPrice[" + i + "]", sub.discountPrices().get(i));
        if (d != null) {
          discounts += Math.abs(d.won());
          itemPolygons.addAll(sub.discountPrices().get(i).polygons());
        }
      }
      for (int i = 0; i < sub.taxPrices().size(); i++) {
        KoreanAmount t = amount(out, "subTotal[" + s + "].taxPrice[" + i + "]", sub.taxPrices().get(i));
        if (t != null) {
          vat += t.won();
          hasVat = true;
          vatPolygons.addAll(sub.taxPrices().get(i).polygons());
        }
      }
    }
    KoreanAmount total = amount(out, "totalPrice.price", r.totalPrice());
    List<Quad> totalPolygons = FindingList.polygons(r.totalPrice());
    if (total != null && priced > 0) {
      long expected = itemSum - discounts;
      List<Quad> polys = new ArrayList<>(itemPolygons);
      polys.addAll(totalPolygons);
      boolean ok = expected == total.won();
      Status status = ok ? Status.PASS : allPriced ? Status.FAIL : Status.UNVERIFIABLE;
      out.add(Check.RECEIPT_ITEMS_TOTAL, "totalPrice.price", status, ok ? Severity.INFO : Severity.WARNING,
          String.valueOf(expected), String.valueOf(total.won()),
          (discounts != 0 ? "items " + itemSum + " − discounts " + discounts + " = " : "items sum to ") + expected
              + (ok ? ", the total" : ", the total reads " + total.won() + " (difference " + (total.won() - expected)
                  + " won)" + (allPriced ? "" : "; some items have no price")),
          polys);
    } else if (total != null) {
      out.add(Check.RECEIPT_ITEMS_TOTAL, "totalPrice.price", Status.UNVERIFIABLE, Severity.INFO, null,
          String.valueOf(total.won()), "no item has a readable price", totalPolygons);
    }
    if (hasVat && total != null) {
      long plain = Vat.vatOf(total.won());
      long tolerance = Vat.tolerance(taxable);
      String derived = taxable > 1
          ? tolerance + " won: 1 won per priced item (" + taxable + " items), as VAT may be rounded item by item"
          : "1 won of rounding";
      String expected = plain + " ± " + tolerance;
      List<Quad> polys = new ArrayList<>(vatPolygons);
      polys.addAll(totalPolygons);
      if (Vat.plausible(total.won(), vat, tolerance)) {
        out.add(Check.RECEIPT_VAT, "subTotal.taxPrice", Status.PASS, Severity.INFO, expected, String.valueOf(vat),
            "VAT " + vat + " is the total " + total.won() + " / 11 (" + plain + ") within " + derived, polys);
      } else if (11 * vat < total.won()) {
        out.add(Check.RECEIPT_VAT, "subTotal.taxPrice", Status.UNVERIFIABLE, Severity.INFO, expected,
            String.valueOf(vat), "VAT " + vat + " is below total / 11 (" + plain + ", tolerance " + derived
                + "): consistent only if tax-free (면세) goods of about " + (total.won() - 11 * vat)
                + " won are included", polys);
      } else {
        out.add(Check.RECEIPT_VAT, "subTotal.taxPrice", Status.FAIL, Severity.WARNING, expected,
            String.valueOf(vat), "VAT " + vat + " exceeds a tenth of the VAT-inclusive total " + total.won()
                + ": total / 11 is " + plain + ", tolerance " + derived, polys);
      }
    }
    if (brn != null && brn.type().taxExempt() && vat > 0) {
      out.add(Check.RECEIPT_TAX_FREE_VAT, "storeInfo.bizNum", Status.FAIL, Severity.WARNING, "no VAT",
          String.valueOf(vat), "type code " + brn.typeCode() + " is a tax-exempt (면세) business, yet VAT is printed",
          vatPolygons);
    }
  }

  /** Parses an amount; reports unreadable or irregular ones. */
  private static @Nullable KoreanAmount amount(FindingList out, String path, @Nullable Field field) {
    if (field == null) {
      return null;
    }
    KoreanAmount a = KoreanAmount.parse(field.text());
    if (a == null) {
      out.add(Check.RECEIPT_AMOUNT_FORMAT, path, Status.UNVERIFIABLE, Severity.WARNING, "a number", field.text(),
          "not a readable number", field.polygons());
    } else if (a.irregular()) {
      // "-3,00": read as -300 (as the provider does), but a digit may have been lost (-3,000): not a verdict.
      out.add(Check.RECEIPT_AMOUNT_FORMAT, path, Status.UNVERIFIABLE, Severity.WARNING, "digits grouped by three",
          field.text(), "separators do not group by three; read as " + a.won() + " won, a digit may be missing",
          field.polygons());
    }
    return a;
  }
}
