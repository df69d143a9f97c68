package io.retentionflow.modeling;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nightly customer model is computed.
 *
 * @param daysPerTimeUnit     the models' time unit in days: 7 fits in weeks, as the published models did
 * @param clvHorizonMonths    how far ahead customer lifetime value looks
 * @param monthlyDiscountRate what money a month later is worth less, e.g. 0.01
 * @param zone                the zone in which a purchase's time falls on a day
 */
@ConfigurationProperties("model")
public record ModelProperties(
        @DefaultValue("7") double daysPerTimeUnit,
        @DefaultValue("12") int clvHorizonMonths,
        @DefaultValue("0.01") double monthlyDiscountRate,
        @DefaultValue("UTC") ZoneId zone) {

    ClvHorizon clvHorizon() {
        return ClvHorizon.months(clvHorizonMonths, daysPerTimeUnit, monthlyDiscountRate);
    }

    String timeUnitName() {
        return daysPerTimeUnit == 7 ? "weeks" : daysPerTimeUnit == 1 ? "days" : daysPerTimeUnit + " days";
    }
}
