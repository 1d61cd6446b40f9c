package io.docstruct.clova.model.document.receipt;

import io.docstruct.clova.model.document.BaseObject;
import io.docstruct.clova.model.document.DateObject;
import io.docstruct.clova.model.document.TimeObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code receipt.result.paymentInfo}.
 *
 * <pre>{@code
 * DateObject date = result.paymentInfo().date(); // formatted 2020 / 04 / 16
 * }</pre>
 *
 * @param date transaction date
 * @param time transaction time
 * @param cardInfo card company and number
 * @param confirmNum approval number
 */
public record PaymentInfo(
    @Nullable DateObject date,
    @Nullable TimeObject time,
    @Nullable CardInfo cardInfo,
    @Nullable BaseObject confirmNum) {}
