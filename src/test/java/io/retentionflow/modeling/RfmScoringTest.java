package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmScoringTest {

    @Test
    void tenDistinctValuesFillTwoPerQuintile() {
        // score = 1 + floor(5 · (number strictly smaller) / 10)
        int[] scores = RfmScoring.quintiles(new double[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
        assertThat(scores).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void tiesShareAScoreWhateverTheirPosition() {
        // five customers with one purchase and five with 2..6: the ones have 0 smaller → 1;
        // 2 has 5 smaller → 1 + floor(25/10) = 3; 3 → 1 + floor(30/10) = 4; 4 → 1 + floor(35/10) = 4; 5, 6 → 5
        int[] scores = RfmScoring.quintiles(new double[] {1, 4, 1, 2, 1, 6, 1, 3, 1, 5});
        assertThat(scores).containsExactly(1, 4, 1, 3, 1, 5, 1, 4, 1, 5);
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<RfmValues> values = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            values.add(new RfmValues(i % 7 * 10, 1 + i % 4, 10.0 * (i % 9)));
        }
        List<RfmScore> scores = RfmScoring.score(values);
        List<RfmValues> reversed = new ArrayList<>(values);
        Collections.reverse(reversed);
        List<RfmScore> reversedScores = new ArrayList<>(RfmScoring.score(reversed));
        Collections.reverse(reversedScores);

        assertThat(reversedScores).isEqualTo(scores);
    }

    @Test
    void recentCustomersScoreHighOnRecency() {
        List<RfmScore> scores = RfmScoring.score(List.of(
                new RfmValues(5, 1, 10), new RfmValues(400, 9, 90), new RfmValues(60, 3, 50),
                new RfmValues(200, 2, 20), new RfmValues(30, 5, 70)));

        // recency: 5 days beats four customers → 1 + floor(5·4/5) = 5; 400 days beats none → 1
        assertThat(scores).containsExactly(new RfmScore(5, 1, 1), new RfmScore(1, 5, 5), new RfmScore(3, 3, 3),
                new RfmScore(2, 2, 2), new RfmScore(4, 4, 4));
        assertThat(scores.get(1).cell()).isEqualTo("155");
    }

    @Test
    void valuesComeFromTheHistory() {
        CustomerHistory history = new CustomerHistory("c1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), 4,
                200, 20, new CustomerSummary(3, 60 / 7.0, 90 / 7.0), 45);

        assertThat(RfmValues.of(history, LocalDate.of(2024, 3, 31))).isEqualTo(new RfmValues(30, 4, 50));
    }
}
