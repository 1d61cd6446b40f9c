package io.docstruct.clova.model.document.receipt;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.clova.model.document.TelObject;
import io.docstruct.json.WireLists;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code receipt.result.storeInfo}. The documents spell the address list {@code address}, the example and
 * real responses {@code addresses}: both are read and kept apart (so writing gives back what was read); use
 * {@link #allAddresses()} to get them together. A single object where a list is expected is read as a
 * one-element list.
 *
 * <pre>{@code
 * StoreInfo s = result.storeInfo();
 * String bizNum = s.bizNum().text(); // "212-81-25544"
 * }</pre>
 *
 * @param poiInfo place-of-interest grounding results
 * @param name store name
 * @param subName branch name
 * @param bizNum business registration number as printed
 * @param movieName movie title (cinema tickets)
 * @param address addresses under the documented spelling
 * @param addresses addresses under the spelling real responses use
 * @param tel telephone numbers
 */
public record StoreInfo(
    List<PoiObject> poiInfo,
    @Nullable StringObject name,
    @Nullable StringObject subName,
    @Nullable StringObject bizNum,
    @Nullable StringObject movieName,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<StringObject> address,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<StringObject> addresses,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<TelObject> tel) {

  public StoreInfo {
    poiInfo = WireLists.copyOf(poiInfo);
    address = WireLists.copyOf(address);
    addresses = WireLists.copyOf(addresses);
    tel = WireLists.copyOf(tel);
  }

  /** {@code address} followed by {@code addresses}: every address under either spelling, in wire order. */
  public List<StringObject> allAddresses() {
    if (address.isEmpty()) {
      return addresses;
    }
    if (addresses.isEmpty()) {
      return address;
    }
    List<StringObject> all = new ArrayList<>(address);
    all.addAll(addresses);
    return List.copyOf(all);
  }
}
