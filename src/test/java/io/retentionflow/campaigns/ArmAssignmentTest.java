package io.retentionflow.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArmAssignmentTest {

    private static final int CUSTOMERS = 100_000;

    private static String customer(int i) {
        return "customer-" + i;
    }

    private static Map<Arm, Integer> count(ArmAssignment arms) {
        Map<Arm, Integer> counts = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            counts.put(arm, 0);
        }
        IntStream.range(0, CUSTOMERS).forEach(i -> counts.merge(arms.armOf(customer(i)), 1, Integer::sum));
        return counts;
    }

    @Test
    void aCustomerStaysInTheSameArmEveryNight() {
        ArmAssignment monday = new ArmAssignment(42, 10, 50);
        ArmAssignment tuesday = new ArmAssignment(42, 10, 50);
        IntStream.range(0, 10_000).forEach(i -> assertThat(tuesday.armOf(customer(i))).isEqualTo(monday.armOf(customer(i))));
    }

    @Test
    void tenPercentControlAndAFiftyFiftySplitComeWithinOnePoint() {
        Map<Arm, Integer> counts = count(new ArmAssignment(7, 10, 50));

        assertThat(counts.get(Arm.CONTROL) / (double) CUSTOMERS).isCloseTo(0.10, within(0.01));
        int mailed = counts.get(Arm.A) + counts.get(Arm.B);
        assertThat(counts.get(Arm.A) / (double) mailed).isCloseTo(0.50, within(0.01));
        assertThat(counts.get(Arm.B) / (double) mailed).isCloseTo(0.50, within(0.01));
    }

    @Test
    void anUnevenPlanComesWithinOnePointToo() {
        Map<Arm, Integer> counts = count(new ArmAssignment(123_456, 25, 30));

        assertThat(counts.get(Arm.CONTROL) / (double) CUSTOMERS).isCloseTo(0.25, within(0.01));
        assertThat(counts.get(Arm.A) / (double) CUSTOMERS).isCloseTo(0.75 * 0.30, within(0.01));
        assertThat(counts.get(Arm.B) / (double) CUSTOMERS).isCloseTo(0.75 * 0.70, within(0.01));
    }

    @Test
    void withoutAnAbTestEveryMailedCustomerGetsTemplateA() {
        Map<Arm, Integer> counts = count(new ArmAssignment(7, 10, null));
        assertThat(counts.get(Arm.B)).isZero();
        assertThat(counts.get(Arm.CONTROL) / (double) CUSTOMERS).isCloseTo(0.10, within(0.01));
    }

    @Test
    void noControlGroupHoldsNobodyOut() {
        assertThat(count(new ArmAssignment(7, 0, 50)).get(Arm.CONTROL)).isZero();
    }

    @Test
    void campaignsDrawIndependentControlGroups() {
        ArmAssignment first = new ArmAssignment(1, 10, null);
        ArmAssignment second = new ArmAssignment(2, 10, null);
        long inBoth = IntStream.range(0, CUSTOMERS)
                .filter(i -> first.armOf(customer(i)) == Arm.CONTROL && second.armOf(customer(i)) == Arm.CONTROL).count();
        // independent draws: 10 % of 10 %, not the same 10 % twice
        assertThat(inBoth / (double) CUSTOMERS).isCloseTo(0.01, within(0.003));
    }

    @Test
    void changingTheSplitMovesNobodyInOrOutOfControl() {
        ArmAssignment even = new ArmAssignment(9, 10, 50);
        ArmAssignment uneven = new ArmAssignment(9, 10, 80);
        IntStream.range(0, 10_000).forEach(i -> assertThat(uneven.armOf(customer(i)) == Arm.CONTROL)
                .isEqualTo(even.armOf(customer(i)) == Arm.CONTROL));
    }
}
