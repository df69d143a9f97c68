package io.retentionflow.campaigns.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A batch claims its start at the moment it is sent, against the uploads that really started: its slot was
 * planned a minute ahead, but the batches before it may have started late, and what counts for Bronto is
 * when calls arrive.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:upload-start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.seed-demo=false",
        "bronto.pace-per-minute=500"})
@ActiveProfiles("sandbox")
class UploadPaceStartTest {

    private static final int BATCH = 100;

    @Autowired UploadPace pace;
    @Autowired Clock clock;

    @Test
    void aBatchStartsOnlyWhileTheStartsOfTheLastMinuteLeaveRoom() {
        List<UploadPace.Slot> minute = IntStream.range(0, 5).mapToObj(i -> pace.reserve(BATCH)).toList();
        Instant firstStart = clock.instant();
        minute.forEach(slot -> assertThat(pace.start(slot.reservation(), BATCH).later()).isEmpty());

        // a sixth batch, even one that comes early, waits until the first start has left the window
        UploadPace.Slot sixth = pace.reserve(BATCH);
        UploadPace.Start waits = pace.start(sixth.reservation(), BATCH);
        assertThat(waits.reservation()).isEqualTo(sixth.reservation());
        assertThat(waits.later()).hasValueSatisfying(at -> assertThat(at)
                .isAfterOrEqualTo(firstStart.plus(Duration.ofSeconds(61))));

        // a retried batch waits too: its first start may have reached Bronto, so it still counts, under a new row
        UploadPace.Start retried = pace.start(minute.get(0).reservation(), BATCH);
        assertThat(retried.later()).isPresent();
        assertThat(retried.reservation()).isNotEqualTo(minute.get(0).reservation());
        // and a batch without a reservation (one cleared away, or from before reservations had ids) gets one
        assertThat(pace.start(-1, BATCH).reservation()).isPositive();
    }
}
