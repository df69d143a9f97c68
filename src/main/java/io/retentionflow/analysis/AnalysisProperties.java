package io.retentionflow.analysis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How campaign results are judged.
 *
 * @param attributionWindow how long after the send a purchase counts for the campaign; until the window has
 *                          passed the figures grow with each day's imported purchases
 * @param significanceLevel the chance of calling a difference real when it is not; confidence intervals are
 *                          at one minus it (95 % by default)
 * @param power             the chance a test should have of detecting the observed difference, for the
 *                          sample size an A/B test without a winner would have needed
 */
@ConfigurationProperties("analysis")
public record AnalysisProperties(
        @DefaultValue("P7D") Duration attributionWindow,
        @DefaultValue("0.05") double significanceLevel,
        @DefaultValue("0.8") double power) {

    public AnalysisProperties {
        if (attributionWindow.isNegative() || attributionWindow.isZero()) {
            throw new IllegalArgumentException("analysis.attribution-window must be positive, not " + attributionWindow);
        }
        // the tests check the level and the power themselves; failing here names the setting at start-up
        if (!(significanceLevel > 0 && significanceLevel < 0.5)) {
            throw new IllegalArgumentException("analysis.significance-level lies between 0 and 0.5, not "
                    + significanceLevel);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("analysis.power lies between 0 and 1, not " + power);
        }
    }
}
