package io.retentionflow.analysis;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the analysis pages write numbers ({@code ${@analysisFormat.percent(x)}}): one place for the units, and an
 * en dash wherever a number is not known yet, never "NaN".
 */
@Component
public class AnalysisFormat {

    private static final String UNKNOWN = "–";

    /** A rate as a percentage: 0.0342 → "3.42 %". */
    public String percent(double fraction) {
        return defined(fraction) ? String.format(Locale.ROOT, "%.2f %%", fraction * 100) : UNKNOWN;
    }

    /** A difference of rates in percentage points, with its sign: 0.0053 → "+0.53 pp". */
    public String points(double difference) {
        return defined(difference) ? String.format(Locale.ROOT, "%+.2f pp", difference * 100) : UNKNOWN;
    }

    public String money(double amount) {
        return defined(amount) ? String.format(Locale.ROOT, "%,.2f", amount) : UNKNOWN;
    }

    public String signedMoney(double amount) {
        return defined(amount) ? String.format(Locale.ROOT, "%+,.2f", amount) : UNKNOWN;
    }

    public String pValue(double p) {
        if (!defined(p)) {
            return UNKNOWN;
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    public String count(Long value) {
        return value == null ? UNKNOWN : String.format(Locale.ROOT, "%,d", value);
    }

    /** An interval: "[+0.12 pp, +0.94 pp]". */
    public String pointsInterval(Comparison c) {
        return "[" + points(c.lower()) + ", " + points(c.upper()) + "]";
    }

    public String moneyInterval(Comparison c) {
        return "[" + signedMoney(c.lower()) + ", " + signedMoney(c.upper()) + "]";
    }

    /** The plain verdict on a comparison: the reader must not take noise for an effect. */
    public String significance(Comparison c) {
        if (c == null || !c.defined()) {
            return "not enough data";
        }
        return c.significant() ? "significant" : "not significant";
    }

    private static boolean defined(double value) {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }
}
