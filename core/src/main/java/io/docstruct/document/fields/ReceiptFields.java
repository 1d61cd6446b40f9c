package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key fields of a receipt. Sections absent from the response are {@code null} (real receipts come without
 * store or payment information); amounts keep the printed text and the provider's normalized number.
 *
 * <pre>{@code
 * ReceiptFields r = (ReceiptFields) page.fields();
 * String store = r.storeInfo().name().text();                                     // "emart everyday"
 * String unit = r.subResults().get(0).items().get(0).unitPrice().normalized();   // "800"
 * }</pre>
 *
 * @param language the language the provider estimated ({@code ko}), if given
 * @param storeInfo the store, or {@code null} when the response has no store section
 * @param paymentInfo date, time and card, or {@code null} when the response has no payment section
 * @param subResults item groups in printed order
 * @param subTotals tax and discount lines (newer schemas), in printed order
 * @param totalPrice the total, if read
 */
public record ReceiptFields(
    @Nullable String language,
    @Nullable Store storeInfo,
    @Nullable Payment paymentInfo,
    List<ItemGroup> subResults,
    List<SubTotal> subTotals,
    @Nullable Field totalPrice)
    implements DocumentFields {

  public ReceiptFields {
    subResults = List.copyOf(subResults);
    subTotals = List.copyOf(subTotals);
  }

  /** Every item of every group, in printed order. */
  public List<Item> items() {
    return subResults.stream().flatMap(g -> g.items().stream()).toList();
  }

  @Override
  public List<NamedField> namedFields() {
    NamedFieldList out = new NamedFieldList();
    if (storeInfo != null) {
      out.addNamed(storeInfo.namedFields("storeInfo."));
    }
    if (paymentInfo != null) {
      out.addNamed(paymentInfo.namedFields("paymentInfo."));
    }
    for (int g = 0; g < subResults.size(); g++) {
      List<Item> items = subResults.get(g).items();
      for (int i = 0; i < items.size(); i++) {
        out.addNamed(items.get(i).namedFields("subResults[" + g + "].items[" + i + "]."));
      }
    }
    for (int s = 0; s < subTotals.size(); s++) {
      out.addAll("subTotal[" + s + "].taxPrice", subTotals.get(s).taxPrices());
      out.addAll("subTotal[" + s + "].discountPrice", subTotals.get(s).discountPrices());
    }
    out.add("totalPrice.price", totalPrice);
    return out.toList();
  }

  /** Masks the card number (first 4 / last 4 kept). */
  @Override
  public String toString() {
    return PersonalNumbers.describe(
        "ReceiptFields",
        "language=" + language,
        namedFields(),
        name -> name.equals("paymentInfo.cardInfo.number")
            ? PersonalNumbers.Mask.CARD
            : PersonalNumbers.Mask.NONE);
  }

  /**
   * The store.
   *
   * <pre>{@code
   * String bizNum = r.storeInfo().bizNum().text(); // "212-81-25544"
   * }</pre>
   *
   * @param name store name
   * @param subName branch name
   * @param bizNum business registration number as printed
   * @param movieName movie title (cinema tickets)
   * @param addresses addresses, whichever spelling ({@code address}/{@code addresses}) the response used
   * @param tel telephone numbers
   * @param poi place-of-interest matches the provider grounded the store to
   */
  public record Store(
      @Nullable Field name,
      @Nullable Field subName,
      @Nullable Field bizNum,
      @Nullable Field movieName,
      List<Field> addresses,
      List<Field> tel,
      List<Poi> poi) {

    public Store {
      addresses = List.copyOf(addresses);
      tel = List.copyOf(tel);
      poi = List.copyOf(poi);
    }

    /** The fields under {@code prefix} ({@code "storeInfo."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .add(prefix + "name", name)
          .add(prefix + "subName", subName)
          .add(prefix + "bizNum", bizNum)
          .add(prefix + "movieName", movieName)
          .addAll(prefix + "address", addresses)
          .addAll(prefix + "tel", tel)
          .toList();
    }
  }

  /**
   * A place-of-interest match: the provider's directory entry for the store (plain strings, as sent).
   *
   * <pre>{@code
   * String road = r.storeInfo().poi().get(0).roadAddress();
   * }</pre>
   *
   * @param id the provider's id ({@code gid})
   * @param title store name
   * @param phone telephone number
   * @param address lot-number address
   * @param roadAddress road-name address
   * @param bizNum business number, often absent
   * @param confidence confidence as sent (a string)
   */
  public record Poi(
      @Nullable String id,
      @Nullable String title,
      @Nullable String phone,
      @Nullable String address,
      @Nullable String roadAddress,
      @Nullable String bizNum,
      @Nullable String confidence) {}

  /**
   * Payment details. The card number is usually printed partly masked ({@code 4221**8666}).
   *
   * <pre>{@code
   * String date = r.paymentInfo().date().normalized(); // "2020-04-16"
   * }</pre>
   *
   * @param date transaction date ({@code normalized} is {@code yyyy-MM-dd})
   * @param time transaction time ({@code normalized} is {@code HH:mm:ss})
   * @param cardCompany card company
   * @param cardNumber card number as printed (personal data)
   * @param confirmNum approval number
   */
  public record Payment(
      @Nullable Field date,
      @Nullable Field time,
      @Nullable Field cardCompany,
      @Nullable Field cardNumber,
      @Nullable Field confirmNum) {

    /** The fields under {@code prefix} ({@code "paymentInfo."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .add(prefix + "date", date)
          .add(prefix + "time", time)
          .add(prefix + "cardInfo.company", cardCompany)
          .add(prefix + "cardInfo.number", cardNumber)
          .add(prefix + "confirmNum", confirmNum)
          .toList();
    }

    /** Masks the card number (first 4 / last 4 kept). */
    @Override
    public String toString() {
      return PersonalNumbers.describe(
          "Payment",
          "",
          namedFields(""),
          name -> name.equals("cardInfo.number") ? PersonalNumbers.Mask.CARD : PersonalNumbers.Mask.NONE);
    }
  }

  /**
   * One group of items ({@code subResults[]}).
   *
   * <pre>{@code
   * int n = r.subResults().get(0).items().size();
   * }</pre>
   *
   * @param items the items in printed order
   */
  public record ItemGroup(List<Item> items) {
    public ItemGroup {
      items = List.copyOf(items);
    }
  }

  /**
   * One line item. Any part may be missing: real items have only a name, or a count OCR could not read as a
   * number (then {@code count.normalized()} is {@code null}).
   *
   * <pre>{@code
   * Item item = r.items().get(0); // name "씨그램 레몬350ml", count "2", unitPrice "800", price "1600"
   * }</pre>
   *
   * @param name item name, possibly with one polygon per word and a bullet prefix
   * @param code item code
   * @param count quantity
   * @param price the line's price
   * @param unitPrice the price of one unit
   */
  public record Item(
      @Nullable Field name,
      @Nullable Field code,
      @Nullable Field count,
      @Nullable Field price,
      @Nullable Field unitPrice) {

    /** The fields under {@code prefix} ({@code "subResults[0].items[1]."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .add(prefix + "name", name)
          .add(prefix + "code", code)
          .add(prefix + "count", count)
          .add(prefix + "price.price", price)
          .add(prefix + "price.unitPrice", unitPrice)
          .toList();
    }
  }

  /**
   * Tax and discount lines printed above the total ({@code subTotal[]}, newer schemas); each usually has a
   * {@code label} such as {@code "부가세:"}.
   *
   * <pre>{@code
   * Field vat = r.subTotals().get(0).taxPrices().get(0);
   * }</pre>
   *
   * @param taxPrices VAT lines
   * @param discountPrices discount lines
   */
  public record SubTotal(List<Field> taxPrices, List<Field> discountPrices) {
    public SubTotal {
      taxPrices = List.copyOf(taxPrices);
      discountPrices = List.copyOf(discountPrices);
    }
  }
}
