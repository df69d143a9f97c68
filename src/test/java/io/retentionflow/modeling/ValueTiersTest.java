package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueTiersTest {

    @Test
    void fixedThresholdsIncludeTheirLowerBound() {
        ValueTiers tiers = new ValueTiers(50, 200);

        assertThat(tiers.tierOf(49.99)).isEqualTo(ValueTier.LOW);
        assertThat(tiers.tierOf(50)).isEqualTo(ValueTier.MEDIUM);
        assertThat(tiers.tierOf(200)).isEqualTo(ValueTier.HIGH);
    }

    @Test
    void tertilesPutAThirdInEachTier() {
        // sorted 1..9: cuts at index 3 (value 4) and 6 (value 7)
        ValueTiers tiers = ValueTiers.tertiles(new double[] {9, 1, 8, 2, 7, 3, 6, 4, 5});

        assertThat(tiers).isEqualTo(new ValueTiers(4, 7));
        assertThat(tiers.tierOf(3)).isEqualTo(ValueTier.LOW);
        assertThat(tiers.tierOf(6)).isEqualTo(ValueTier.MEDIUM);
        assertThat(tiers.tierOf(7)).isEqualTo(ValueTier.HIGH);
    }
}
