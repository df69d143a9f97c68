package io.retentionflow.targeting;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The targeting SQL on PostgreSQL, production's database, in a database of its own. */
@RequiresPostgres
@ActiveProfiles("postgres")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@AutoConfigureJson
@Import({TargetGroupService.class, TargetGroupRepository.class, TargetGroupPreviewQuery.class, RuleParser.class,
        RuleCompiler.class, DiscoveryService.class})
class TargetingSqlPostgresTest extends TargetingSqlContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "targeting_sql");
    }
}
