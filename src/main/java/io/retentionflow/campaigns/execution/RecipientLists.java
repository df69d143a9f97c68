package io.retentionflow.campaigns.execution;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.campaigns.ArmAssignment;
import io.retentionflow.system.CopyIn;
import io.retentionflow.system.NotFoundException;
import io.retentionflow.targeting.SqlCondition;
import io.retentionflow.targeting.TargetGroupService;
import io.retentionflow.targeting.TargetGroupSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an execution's target group into recipient rows: the members on the day, less those without an
 * email, each drawn into control, A or B by {@link ArmAssignment}, the mailed ones numbered into upload
 * batches of at most {@link BrontoGateway#MAX_OBJECTS_PER_CALL} per variant.
 *
 * <p>Members are streamed from the database in customer-id order and written back in JDBC batches, so
 * a million members cost a few thousand rows of memory, not a million. The SHA-256 draw lives in Java
 * ({@code ArmAssignment}), which keeps one definition of the arms for the run and for the analysis.
 */
@Service
public class RecipientLists {

    static final int BATCH_SIZE = BrontoGateway.MAX_OBJECTS_PER_CALL;
    private static final int FETCH_SIZE = 2_000;
    private static final int INSERT_CHUNK = 1_000;
    // typed, so the control group's null batch number binds the same way on every driver
    private static final String COLUMNS = "execution_id, customer_id, email, arm, batch_no";
    private static final int[] COLUMN_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER};

    private final CampaignExecutionRepository executions;
    private final TargetGroupService targetGroups;
    private final NamedParameterJdbcTemplate streaming;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    public RecipientLists(CampaignExecutionRepository executions, TargetGroupService targetGroups, DataSource dataSource,
            Clock clock) {
        this.executions = executions;
        this.targetGroups = targetGroups;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        // PostgreSQL streams through a cursor only with a fetch size (and inside a transaction, which build is)
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.jdbc = new JdbcTemplate(dataSource);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Builds the list once. The execution's row is locked, and the rows, the counts and the variants are
     * written in one transaction: a crash leaves nothing, and a second call (after a crash, a retry or on
     * another node) finds the list built and returns its counts without evaluating the group again, so the
     * rows never change under uploads that have started.
     */
    @Transactional
    public RecipientListCounts build(long executionId) {
        CampaignExecution execution = executions.lock(executionId)
                .orElseThrow(() -> new NotFoundException("no campaign execution " + executionId));
        if (execution.recipientsBuilt()) {
            return storedCounts(execution);
        }
        SqlCondition members = targetGroups.memberCondition(execution.targetGroupId());
        Draw draw = new Draw(executionId,
                new ArmAssignment(execution.campaignId(), execution.controlPercent(), execution.splitAPercent()),
                CopyIn.into(dataSource, "execution_recipient", COLUMNS).orElse(null));
        streaming.query("select c.id, c.email from " + TargetGroupSql.MEMBERS + " where " + members.sql()
                + " order by c.id", members.params(), draw::accept);
        draw.flush();

        RecipientListCounts counts = draw.counts();
        counts.recipients().forEach((variant, recipients) -> executions.insertVariant(executionId, variant,
                execution.templateOf(variant), recipients, counts.batches().get(variant), listName(execution, variant)));
        executions.recordCounts(executionId, counts, OffsetDateTime.now(clock));
        return counts;
    }

    /** Deterministic, so a retry finds the list it may have made before by name. */
    static String listName(CampaignExecution execution, Arm variant) {
        return "rf-" + execution.campaignId() + "-" + execution.runDate() + "-" + variant.name().toLowerCase();
    }

    private RecipientListCounts storedCounts(CampaignExecution execution) {
        Map<Arm, Long> recipients = new EnumMap<>(Arm.class);
        Map<Arm, Integer> batches = new EnumMap<>(Arm.class);
        executions.variants(execution.id()).forEach(variant -> {
            recipients.put(variant.variant(), variant.recipients());
            batches.put(variant.variant(), variant.batches());
        });
        return new RecipientListCounts(execution.targetSize(), execution.withoutEmail(), execution.controlSize(),
                recipients, batches);
    }

    /** The draw over the streamed members: counts per arm, batch numbers, and a buffer of rows to insert. */
    private final class Draw {

        private final long executionId;
        private final ArmAssignment arms;
        private final CopyIn copy;
        private final Map<Arm, Long> perArm = new EnumMap<>(Arm.class);
        private final List<Object[]> pending = new ArrayList<>(INSERT_CHUNK);
        private long targetSize;
        private long withoutEmail;

        /** @param copy COPY into the rows' table on PostgreSQL; null elsewhere, for multi-row inserts */
        Draw(long executionId, ArmAssignment arms, CopyIn copy) {
            this.executionId = executionId;
            this.arms = arms;
            this.copy = copy;
        }

        void accept(ResultSet rs) throws SQLException {
            targetSize++;
            String customerId = rs.getString(1);
            String email = rs.getString(2);
            if (email == null || email.isBlank()) {
                withoutEmail++;
                return;
            }
            Arm arm = arms.armOf(customerId);
            long position = perArm.merge(arm, 1L, Long::sum) - 1;
            Integer batchNo = arm == Arm.CONTROL ? null : (int) (position / BATCH_SIZE) + 1;
            pending.add(new Object[] {executionId, customerId, email.strip(), arm.name(), batchNo});
            if (pending.size() == INSERT_CHUNK) {
                flush();
            }
        }

        /**
         * The chunk by COPY on PostgreSQL, else in one multi-row insert: as a JDBC batch of single-row inserts, a
         * million members cost PostgreSQL a million statements.
         */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (copy != null) {
                copy.write(pending);
            } else {
                Object[] values = new Object[pending.size() * COLUMN_TYPES.length];
                int[] types = new int[values.length];
                for (int row = 0; row < pending.size(); row++) {
                    System.arraycopy(pending.get(row), 0, values, row * COLUMN_TYPES.length, COLUMN_TYPES.length);
                    System.arraycopy(COLUMN_TYPES, 0, types, row * COLUMN_TYPES.length, COLUMN_TYPES.length);
                }
                jdbc.update("insert into execution_recipient (" + COLUMNS + ") values "
                        + String.join(", ", Collections.nCopies(pending.size(), "(?, ?, ?, ?, ?)")), values, types);
            }
            pending.clear();
        }

        RecipientListCounts counts() {
            Map<Arm, Long> recipients = new EnumMap<>(Arm.class);
            Map<Arm, Integer> batches = new EnumMap<>(Arm.class);
            for (Arm variant : List.of(Arm.A, Arm.B)) {
                long mailed = perArm.getOrDefault(variant, 0L);
                if (mailed > 0) {
                    recipients.put(variant, mailed);
                    batches.put(variant, (int) ((mailed + BATCH_SIZE - 1) / BATCH_SIZE));
                }
            }
            return new RecipientListCounts(targetSize, withoutEmail, perArm.getOrDefault(Arm.CONTROL, 0L),
                    recipients, batches);
        }
    }
}
