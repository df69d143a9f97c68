package io.retentionflow.targeting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sums of model outputs are doubles; reports show them to the cent. */
final class Money {

    private Money() {}

    static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
