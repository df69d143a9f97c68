package io.retentionflow.campaigns.execution;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.sandbox.UploadStore;
import io.retentionflow.campaigns.execution.ExecutionFixture.DemoCustomer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pace against the sandbox's own record, with both sides at 500 contacts a minute so two minutes' work is
 * cheap: batches reserve their instants from two threads at once (two nodes), wait for them as a BPMN timer
 * would, and upload. The sandbox refuses nothing, and no minute of its record holds more than 500. Takes a
 * little over a minute, since the sandbox's window is a real minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:execution-pace-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=500",
        "bronto.pace-per-minute=500"})
@ActiveProfiles("sandbox")
class UploadPaceAgainstSandboxTest {

    private static final int PACE = 500;
    private static final int BATCH = 100;
    private static final int BATCHES = 10;

    private record Slot(Instant at, List<String> emails) {}

    @Autowired UploadPace pace;
    @Autowired BrontoGateway bronto;
    @Autowired UploadStore uploads;
    @Autowired Clock clock;

    @Test
    void batchesSentAtTheirReservedInstantsNeverExceedThePaceTheSandboxCounts() {
        String listId = bronto.addList("pace-" + UUID.randomUUID(), "Pace").id();
        List<String> emails = ExecutionFixture.demoCustomers(BATCH * BATCHES).stream().map(DemoCustomer::email).toList();
        List<CompletableFuture<List<Slot>>> nodes = IntStream.range(0, 2).mapToObj(node -> CompletableFuture.supplyAsync(() -> {
            List<Slot> slots = new ArrayList<>();
            for (int batch = node; batch < BATCHES; batch += 2) {
                slots.add(new Slot(pace.reserve(BATCH).at(), emails.subList(batch * BATCH, (batch + 1) * BATCH)));
            }
            return slots;
        })).toList();
        List<Slot> slots = nodes.stream().flatMap(node -> node.join().stream())
                .sorted(Comparator.comparing(Slot::at)).toList();

        for (Slot slot : slots) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !clock.instant().isBefore(slot.at()));
            assertThat(bronto.addToList(listId, slot.emails()).outcomes()).hasSize(BATCH);
        }

        List<UploadStore.Upload> record = uploads.all().stream().filter(upload -> listId.equals(upload.listId())).toList();
        assertThat(record).hasSize(BATCHES);
        for (UploadStore.Upload upload : record) {
            OffsetDateTime from = upload.uploadedAt().minusMinutes(1);
            int inMinute = record.stream()
                    .filter(other -> other.uploadedAt().isAfter(from) && !other.uploadedAt().isAfter(upload.uploadedAt()))
                    .mapToInt(UploadStore.Upload::submitted).sum();
            assertThat(inMinute).isLessThanOrEqualTo(PACE);
        }
        // the work needed two minutes' budget, so the second half waited for the first to leave the window
        assertThat(Duration.between(record.get(0).uploadedAt(), record.get(BATCHES - 1).uploadedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }
}
