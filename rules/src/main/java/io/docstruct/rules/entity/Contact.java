package io.docstruct.rules.entity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A name card as a contact. Korean phone numbers are normalised to dashed groups ({@code 010-1234-5678},
 * {@code 02-335-7281}); text that is not a Korean number is kept as printed.
 *
 * <pre>{@code
 * Contact c = result.contacts().get(0);   // 홍길동, 우리은행, 소장, 010-1234-5678
 * }</pre>
 *
 * @param source where it came from
 * @param name the first name read
 * @param company company
 * @param department department
 * @param position job title
 * @param mobiles mobile numbers, normalised
 * @param phones telephone numbers, normalised
 * @param faxes fax numbers, normalised
 * @param emails e-mail addresses, lower-cased
 * @param homepages web sites
 * @param address the first address
 */
public record Contact(
    Source source,
    @Nullable String name,
    @Nullable String company,
    @Nullable String department,
    @Nullable String position,
    List<String> mobiles,
    List<String> phones,
    List<String> faxes,
    List<String> emails,
    List<String> homepages,
    @Nullable String address) {

  public Contact {
    mobiles = List.copyOf(mobiles);
    phones = List.copyOf(phones);
    faxes = List.copyOf(faxes);
    emails = List.copyOf(emails);
    homepages = List.copyOf(homepages);
  }
}
