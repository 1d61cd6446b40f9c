package io.docstruct.clova.model.document.receipt;

import org.jspecify.annotations.Nullable;

/**
 * {@code storeInfo.poiInfo[]}: a place-of-interest match for the store. Every member is a string on the wire,
 * including {@code confidence}.
 *
 * <pre>{@code
 * for (PoiObject poi : storeInfo.poiInfo()) System.out.println(poi.title() + " " + poi.roadAddress());
 * }</pre>
 *
 * @param gid unique id
 * @param title store name
 * @param phone telephone number
 * @param address lot-number address
 * @param roadAddress road-name address
 * @param biznum business number, often null
 * @param confidence confidence as sent (a string)
 */
public record PoiObject(
    @Nullable String gid,
    @Nullable String title,
    @Nullable String phone,
    @Nullable String address,
    @Nullable String roadAddress,
    @Nullable String biznum,
    @Nullable String confidence) {}
