package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class SimulatedMetricsTest {

    @Test
    void largestRemainderGivesTheLeftoverUnitsToTheLargestRemaindersSoThePartsAddUp() {
        // 10 by 1:1:1 is 3.33 each: the one unit left goes to the first of the equal remainders
        assertThat(SimulatedMetrics.split(10, List.of(1L, 1L, 1L))).containsExactly(4, 3, 3);
        // 7 by 337:1000 is 1.76 and 5.24: the larger remainder is the first list's
        assertThat(SimulatedMetrics.split(7, List.of(337L, 1000L))).containsExactly(2, 5);
        assertThat(SimulatedMetrics.split(5, List.of(0L, 3L))).containsExactly(0, 5);
        assertThat(SimulatedMetrics.split(5, List.of(0L, 0L))).containsExactly(0, 0);
    }

    @Test
    void everyCounterOfTheApportionedPartsAddsUpToTheWhole() {
        SimulatedMetrics whole = new SimulatedMetricsModel(42).at(1337, Duration.ofHours(30));

        List<SimulatedMetrics> parts = whole.apportion(List.of(337L, 1000L));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).sends() + parts.get(1).sends()).isEqualTo(whole.sends());
        assertThat(parts.get(0).deliveries() + parts.get(1).deliveries()).isEqualTo(whole.deliveries());
        assertThat(parts.get(0).bounces() + parts.get(1).bounces()).isEqualTo(whole.bounces());
        assertThat(parts.get(0).hardBadEmail() + parts.get(1).hardBadEmail()).isEqualTo(whole.hardBadEmail());
        assertThat(parts.get(0).softMessageContent() + parts.get(1).softMessageContent()).isEqualTo(whole.softMessageContent());
        assertThat(parts.get(0).otherBounces() + parts.get(1).otherBounces()).isEqualTo(whole.otherBounces());
        assertThat(parts.get(0).uniqOpens() + parts.get(1).uniqOpens()).isEqualTo(whole.uniqOpens());
        assertThat(parts.get(0).numOpens() + parts.get(1).numOpens()).isEqualTo(whole.numOpens());
        assertThat(parts.get(0).uniqClicks() + parts.get(1).uniqClicks()).isEqualTo(whole.uniqClicks());
        assertThat(parts.get(0).numClicks() + parts.get(1).numClicks()).isEqualTo(whole.numClicks());
    }
}
